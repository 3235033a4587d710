/**
 * A small German corpus of minute sentences for the privacy guard: topics that must pass
 * silently, and individual cases with the kinds of warning each must raise.
 */
import type { PrivacyWarningKind } from '../../../src/domain/privacyGuard';

/** People who take part in the corpus meeting (their names never warn). */
export const CORPUS_PARTICIPANTS = ['Maria Albers', 'Jens Becker', 'Sabine Krüger'];

export const ACCEPTABLE: readonly string[] = [
  'Die Ausländerbehörde hat die Bearbeitungszeiten für Duldungen verlängert.',
  'In Uslar und Dassel starten im Herbst neue Sprachkurse auf dem Niveau A2.',
  'Mehrere Initiativen berichten, dass Wohnraum für große Familien kaum zu finden ist.',
  'Die Ehrenamtsversicherung des Landes Niedersachsen deckt auch Fahrten zu Terminen ab.',
  'Fahrtkosten der Ehrenamtlichen können über die Koordinierungsstelle erstattet werden.',
  'Termine beim Jobcenter werden oft kurzfristig vergeben; eine Begleitung ist schwer zu organisieren.',
  'Es fehlen Kita-Plätze in Einbeck und Moringen, besonders für Kinder unter drei Jahren.',
  'Die Bearbeitungszeiten der Ausländerbehörde für Aufenthaltserlaubnisse liegen derzeit bei etwa vier Monaten.',
  'Frau Nowak vom Jobcenter Northeim stellte die neuen Öffnungszeiten vor.',
  'Herr Weber, Leiter der Sprachschule, erklärt das Anmeldeverfahren für die Integrationskurse.',
  'Die Migrationsberatung bietet eine Fortbildung zu Trauma und Flucht für Ehrenamtliche an.',
  'Viele Geflüchtete mit Duldung dürfen nur mit Erlaubnis arbeiten; die Initiativen wünschen sich eine Infoveranstaltung.',
  'Anmeldungen zur Fortbildung bitte an integration@landkreis-northeim.de schicken.',
  'Das nächste Treffen findet am 12.06.2026 bei der Initiative Moringen, Lange Straße 12, statt.',
  'Die Zahl der Neuzugewanderten im Landkreis ist im ersten Quartal leicht gesunken.',
  'Für psychisch belastete Geflüchtete gibt es zu wenige Therapieplätze in der Region.',
  'Die Initiativen sammeln Fragen zum Thema Abschiebung, damit die Referentin beim nächsten Treffen darauf eingeht.',
  'Kaffee und Kekse kosteten 24,90 €, die Getränke 12,50 €.',
  'Schwangere Frauen ohne Krankenversicherung finden Beratung beim Gesundheitsamt.',
  'Eine 3-jährige Ausbildung kann zu einer Ausbildungsduldung führen.',
  'Maria Albers berichtet, dass ihre Initiative einen Fahrdienst zu Arztterminen organisiert.',
  'Die Fahrtkostenerstattung für Ehrenamtliche wird ab Juli auf 0,30 € pro Kilometer angehoben.',
  'Einige Ehrenamtliche fühlen sich durch belastende Geschichten überfordert; Supervision wird gewünscht.',
  'Die VHS Northeim bietet ab September einen Alphabetisierungskurs an.',
  'Kinder mit Behinderung warten oft lange auf einen Platz in der Förderschule.',
  'Wer eine Fiktionsbescheinigung hat, bekommt bei manchen Arbeitgebern keinen Vertrag – die Initiativen bitten um ein Infoblatt.',
  'Bad Gandersheim sucht weitere Ehrenamtliche für die Hausaufgabenhilfe.',
  'Die Koordinierungsstelle verschickt die Präsentation zu Einbürgerung und Niederlassungserlaubnis mit dem Protokoll.',
  'Jens Becker übernimmt die Einladung zum Sommerfest am 3. Juli.',
  'Sprachkurse mit Kinderbetreuung sind in Hardegsen ausgebucht. Die Warteliste ist lang.',
  'Die Caritas Northeim berät zu Asylverfahren und zum Familiennachzug.',
  'Die Refugee Law Clinic Göttingen berät kostenlos zu Asylverfahren.',
  'Pro Asyl hat eine neue Broschüre zur Duldung veröffentlicht.',
  'Die Helferin Frau Jansen organisiert die Kleiderkammer.',
  'Herr Dr. Schulz vom Gesundheitsamt informierte über Impfangebote und Tuberkulose-Screenings.',
  'Ukrainische Geflüchtete haben eine Aufenthaltserlaubnis nach § 24 AufenthG.',
  'Nächstes Treffen: Donnerstag, 10.09.2026, 15:00 Uhr, Kreishaus Northeim, Medenheimer Straße 6.',
  'Die Zahl der Abschiebungen aus Niedersachsen ist gestiegen; die Initiativen sind beunruhigt.',
  'Eltern berichten, dass ihre Kinder in der Schule gut ankommen.',
];

export interface UnacceptableSentence {
  text: string;
  kinds: PrivacyWarningKind[];
}

export const UNACCEPTABLE: readonly UnacceptableSentence[] = [
  {
    text: 'Herr Haddad, geb. 12.03.1990, wartet seit Monaten auf seinen Termin.',
    kinds: ['personenname', 'geburtsdatum'],
  },
  { text: 'Familie Rahimi hat eine Duldung bis Ende März.', kinds: ['personenname', 'aufenthaltsstatus'] },
  {
    text: 'Ahmad Karimi aus Syrien ist schwer krank und braucht eine Therapie.',
    kinds: ['personenname', 'gesundheit'],
  },
  { text: 'Der Asylantrag von Frau Osman wurde abgelehnt.', kinds: ['personenname', 'aufenthaltsstatus'] },
  { text: 'Aktenzeichen 1234567-423 bitte an die Initiative weitergeben.', kinds: ['aktenzeichen'] },
  { text: 'Az. ABH-2024/1187 liegt der Ausländerbehörde vor.', kinds: ['aktenzeichen'] },
  { text: 'Die 17-jährige Tochter ist schwanger.', kinds: ['gesundheit'] },
  { text: 'Ihr Sohn hat eine Behinderung und bekommt keinen Kita-Platz.', kinds: ['gesundheit'] },
  { text: 'Erreichbar ist er unter 0176 12345678.', kinds: ['telefon'] },
  { text: 'Bei Fragen Frau Yilmaz anrufen: +49 5551 123456.', kinds: ['personenname', 'telefon'] },
  { text: 'Seine Abschiebung ist für nächste Woche angekündigt.', kinds: ['aufenthaltsstatus'] },
  { text: 'Herr Said wohnt in der Bahnhofstraße 14 in Northeim.', kinds: ['personenname', 'adresse'] },
  { text: 'Die Familie lebt jetzt Am Markt 5 in Uslar.', kinds: ['adresse'] },
  { text: 'Herr Nasser (45) ist psychisch stark belastet.', kinds: ['personenname', 'gesundheit'] },
  { text: 'Bitte Kontakt über amina.hassan@gmail.com aufnehmen.', kinds: ['email'] },
  {
    text: 'Frau Ahmadi hat eine Fiktionsbescheinigung und kann deshalb nicht reisen.',
    kinds: ['personenname', 'aufenthaltsstatus'],
  },
  {
    text: 'Mohammed A., 01.02.2001, ist ausreisepflichtig.',
    kinds: ['personenname', 'geburtsdatum', 'aufenthaltsstatus'],
  },
  { text: 'Der 19-Jährige nimmt Medikamente gegen Depressionen.', kinds: ['gesundheit'] },
  {
    text: 'Geburtsdatum: 5. Mai 1987, die Aufenthaltserlaubnis läuft im Juni ab.',
    kinds: ['geburtsdatum', 'aufenthaltsstatus'],
  },
  { text: 'Die BG-Nummer 12345BG0012345 wurde falsch erfasst.', kinds: ['aktenzeichen'] },
  { text: 'Seine Frau ist nach der Operation im Krankenhaus.', kinds: ['gesundheit'] },
  { text: 'Frau Haidari, Tel. 05551 98765, bittet um Rückruf.', kinds: ['personenname', 'telefon'] },
  { text: 'Familie Sultani ist nach Göttingen umgezogen.', kinds: ['personenname'] },
  {
    text: 'Herrn Omar wurde mit Abschiebung gedroht, weil sein Pass fehlt.',
    kinds: ['personenname', 'aufenthaltsstatus'],
  },
  { text: 'Die 8-jährige Leila ist traumatisiert.', kinds: ['gesundheit'] },
  { text: 'Er ist HIV-positiv, sein Sohn ebenfalls.', kinds: ['gesundheit'] },
  { text: 'Jahrgang 1998, kam 2015 über die Balkanroute.', kinds: ['geburtsdatum'] },
  {
    text: 'Frau Mahmoud lebt mit ihren Kindern in der Gartenstraße 3 und hat Diabetes.',
    kinds: ['personenname', 'adresse', 'gesundheit'],
  },
];
