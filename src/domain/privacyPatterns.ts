/** Patterns and word lists of the privacy guard (German minutes). Data more than logic. */

export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
export const re = (body: string, flags = ''): RegExp => new RegExp(`${B}(?:${body})${E}`, `gu${flags}`);

export const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
export const DATE = `\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|(?:${MONTHS})\\s\\d{4})`;
export const FULL_DATE = `\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?|(?:${MONTHS})\\s)(?:19|20)\\d{2}`;
export const NAME = "[A-ZÄÖÜ][\\p{Ll}'’]+(?:-[A-ZÄÖÜ][\\p{Ll}]+)?";

export const DOB = re(
  `(?:geb\\.|geboren(?:\\s+am)?|Geburtsdatum:?|Geb\\.-Datum:?|\\*)\\s?(?:${DATE}|(?:19|20)\\d{2})|(?:Jahrgang|Jg\\.)\\s?(?:19|20)\\d{2}`,
  'i',
);
export const FILE_NUMBER = re(
  '(?:Aktenzeichen|Az\\.?|Akz\\.?|Geschäftszeichen|Gz\\.?|Kunden-?(?:nummer|nr\\.?)|BG-(?:Nummer|Nr\\.?)|AZR-Nummer)' +
    '\\s?:?\\s?(?=[\\w\\-/.]*\\d)\\w[\\w\\-/.]*\\w|\\d{7,8}-\\d{3}|ABH[\\s\\-]?(?:Nr\\.?\\s?)?\\d[\\d\\-/]*\\d|\\d{5}BG\\d{7}',
  'i',
);
export const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)49[ \-/]?(?:\(0\)[ \-/]?)?[1-9]\d{1,4}|\(?0[1-9]\d{1,4}\)?)(?:[ \u00a0/]?\d{2,}|-\d+){1,4}(?!\p{N})/gu;
export const EMAIL = /(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+/gu;
export const ROLE_MAILBOX =
  /^(?:info|kontakt|post|poststelle|office|buero|büro|service|team|mail|integration|migration|ehrenamt|verwaltung|sekretariat|koordination|anmeldung|hallo|noreply|no-reply|presse|beratung)(?:[._-].*)?$/i;
export const STREET =
  'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|wall|graben';
export const ADDRESS = re(
  `(?:[A-ZÄÖÜ][\\p{L}\\-]*(?:${STREET})|[A-ZÄÖÜ][\\p{L}\\-]*\\s(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Markt)` +
    '|(?:Am|An der|Im|In der|Auf dem|Zum|Zur|Hinter der)\\s[A-ZÄÖÜ][\\p{L}\\-]+)\\s?\\d{1,3}\\s?[a-z]?',
);
export const HEALTH = re(
  '[Kk]rank(?!enkass|enversich)\\p{L}*|[Ee]rkrank\\p{L}*|Diagnose\\p{L}*|[Dd]iagnostiz\\p{L}*|Therapie\\p{L}*|Therapeut\\p{L}*|' +
    'Trauma\\p{L}*|[Tt]raumatisiert\\p{L}*|PTBS|[Ss]chwanger\\p{L}*|HIV|Aids|[Pp]sychisch\\p{L}*|Psychiat\\p{L}*|' +
    'Psycholog\\p{L}*|Psychose|Depression\\p{L}*|[Dd]epressiv\\p{L}*|Behinderung\\p{L}*|[Bb]ehindert\\p{L}*|' +
    '[Ss]chwerbehindert\\p{L}*|Medikament\\p{L}*|Krebs|Tumor\\p{L}*|Tuberkulose|Hepatitis|Suizid\\p{L}*|[Ss]uizidal|' +
    'Sucht|[Ss]üchtig|Epilepsie|Diabetes|Dialyse|Pflegegrad|Klinik\\p{L}*|Operation|[Oo]periert|Attest\\p{L}*|Arztbrief\\p{L}*|Rollstuhl\\p{L}*',
);
export const RESIDENCE = re(
  'Duldung\\p{L}*|[Gg]eduldet\\p{L}*|[Aa]bschieb\\p{L}*|[Aa]bgeschoben|Asyl\\p{L}*|Aufenthaltserlaubnis\\p{L}*|' +
    'Aufenthaltstitel\\p{L}*|Aufenthaltsgestattung\\p{L}*|Niederlassungserlaubnis\\p{L}*|Ausreisepflicht\\p{L}*|' +
    '[Aa]usreisepflichtig\\p{L}*|Fiktionsbescheinigung\\p{L}*|Dublin\\p{L}*|Überstellung\\p{L}*|Kirchenasyl|' +
    '[Ss]ubsidiär\\p{L}*|Einbürgerung\\p{L}*|Ausweisung\\p{L}*|Anhörung\\p{L}*|Passersatz\\p{L}*|[Ii]llegal\\p{L}*',
);
export const RELATIVE =
  'Tochter|Sohn|Sohnes|Kind|Kindes|Baby|Ehemann|Ehefrau|Mann|Frau|Mutter|Vater|Bruder|Schwester|Partner|Partnerin|Oma|Opa|Neffe|Nichte';
export const CASE_WORD =
  'Duldung|Asylantrag|Asylverfahren|Aufenthaltserlaubnis|Abschiebung|Diagnose|Therapie|Krankheit|Erkrankung|Behinderung|Anhörung|Akte';
export const NOT_PERSON_AFTER_AGE =
  'Ausbildung|Aufenthalt|Duldung|Ausbildungsduldung|Frist|Laufzeit|Wartezeit|Studium|Beschäftigung|Förderung|Zeitraum|Projekt|Programm|Kurs|Vertrag|Tätigkeit';
export const PERSONAL_MARKER = re(
  `(?:[Ss]ein|[Ii]hr)(?:e|em|en|er|es)?\\s(?:\\p{Ll}+\\s)?(?:${RELATIVE})|[Ss]ein(?:e|em|en|er|es)?\\s(?:\\p{Ll}+\\s)?(?:${CASE_WORD})|` +
    `\\d{1,2}\\s?-?\\s?[Jj]ährig\\p{L}*(?!\\s+(?:${NOT_PERSON_AFTER_AGE}))|\\d{1,2}\\sJahre\\salt|${NAME}\\s?\\(\\d{1,2}\\)`,
);
export const LIVES_AT = re('wohnt|wohnhaft|lebt');
export const TITLE = new RegExp(
  `${B}(?:Herrn?|Frau|Hr\\.|Fr\\.|Familie|Fam\\.)\\s+(?:(?:Dr|Prof)\\.\\s*)?(${NAME}|[A-ZÄÖÜ]\\.)`,
  'gu',
);
export const ARTICLE = /^(?:ein|eine[mnrs]?|die|der|den|dem|des|jede[mnrs]?|keine[mnrs]?|diese[mnrs]?|welche[mnrs]?)$/i;
export const ROLES =
  'Referent|Leiter|Mitarbeiter|Sachbearbeiter|Koordinator|Bürgermeister|Berater|Dozent|Helfer|Kolleg|Vertreter|Ansprechpartner|Sozialarbeiter|Pastor|Pfarrer|Lehrer';
export const AFFILIATION = new RegExp(
  `^\\s*(?:,\\s*|\\()?(?:vom|von\\s+der|von\\s+den|von\\s+dem|beim|bei\\s+der|aus\\s+dem|aus\\s+der|${ROLES})`,
  'u',
);
export const ROLE_BEFORE = new RegExp(`(?:${ROLES})\\p{L}*\\s*$`, 'u');
export const NOUNISH =
  /^.{3,}(?:ung|ungen|heit|keit|schaft|tion|ionen|ismus|ität|nisse|erlaubnis|chen|ische[rnms]?|liche[rnms]?|ige[rnms]?|ende[rnms]?|ete[rnms]?|ierte[rnms]?|hilfe|stelle|zentrum|werk|amt|ämter|kurs|kurse|platz|plätze|raum|haus|geld|kosten|termin|termine|schule|gruppe|verein|dienst|büro|angebot|angebote|projekt|träger|kreis|recht|bescheid|antrag|verfahren|papiere|zeit|zeiten|tag|tage|woche|monat)$/i;
/** Capitalised words that start sentences or name places and organisations, never a person. */
export const COMMON = new Set(
  (
    'Die Der Das Ein Eine Einen Einem Einer Dem Den Des Viele Einige Mehrere Alle Manche Wenige Neue Neuer Neues ' +
    'Junge Ältere Weitere Andere Diese Dieser Dieses Jede Jeder Jedes Unsere Unser Ihre Ihr Sein Seine Herr Herrn ' +
    'Frau Familie Am Im In An Auf Aus Bei Beim Mit Nach Von Vom Zum Zur Für Über Unter Vor Seit Bis Ab Wegen Trotz ' +
    'Laut Durch Gegen Ohne Um Zwischen Auch Aber Und Oder Doch Noch Nur Schon Jetzt Heute Morgen Gestern Dann ' +
    'Danach Zudem Außerdem Leider Bitte Kein Keine Es Er Sie Wir Man Wer Was Wie Wo Wann Warum Dass Ob Wenn Weil ' +
    'Als Da Hier Dort Nächste Nächstes Letzte Geflüchtete Geflüchteten Betroffene Betroffenen Ehrenamtliche ' +
    'Ehrenamtlichen Menschen Familien Frauen Männer Kinder Jugendliche Jugendlichen Personen Leute Eltern Schüler ' +
    'Teilnehmende Initiative Initiativen Landkreis Landkreises Stadt Gemeinde Samtgemeinde Jobcenter ' +
    'Ausländerbehörde Kreishaus Caritas Diakonie Bad Sankt Deutsch Deutsche Deutschen Thema Themen Anfang Mitte ' +
    'Ende Frage Fragen Problem Probleme Hilfe Rat Kita Schule Uni Arzt Ärztin Ärzte Bund Land Northeim Einbeck ' +
    'Uslar Dassel Moringen Hardegsen Nörten Hardenberg Bodenfelde Kalefeld Katlenburg Lindau Gandersheim ' +
    'Kreiensen Göttingen Hannover Niedersachsen Deutschland Syrien Afghanistan Ukraine Irak Iran Eritrea Türkei ' +
    'Somalia Russland Europa Pro Straße Strasse Weg Platz Allee Ring Markt Gasse ' +
    MONTHS.replace(/\|/g, ' ') +
    ' Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'
  ).split(' '),
);

export const ABBREVIATION =
  /(?:^|[\s(])(?:geb|Hr|Fr|Fam|Nr|Az|Akz|Gz|Str|ca|bzw|z|B|u|a|d|h|Dr|Prof|Tel|vgl|usw|Jg|ggf|evtl|inkl|bspw|\p{Lu}|\d+)\.$/u;
