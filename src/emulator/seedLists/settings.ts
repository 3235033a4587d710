import { SEED } from '../seedFacts';
import type { FieldValue } from '../state';

/** The team's settings item as the county filled it in (fictional people, real kinds of offices). */
export function settingsFields(): Record<string, FieldValue> {
  return {
    Title: 'Einstellungen',
    TpVerteiler: SEED.distributionListMail,
    TpVerteilerEinzeln: false,
    TpWeitereEingeladene: [
      `Flüchtlingssozialarbeit <${SEED.fsaGroupMail}>`,
      `Bildungs- und Sprachkoordination <${SEED.educationGroupMail}>`,
    ].join('\n'),
    TpFotohinweisAn: true,
    // The county adopted Treffpunkt's default notice (src/domain/invitation/notices.ts; a unit test keeps
    // the two equal): the placeholders are filled from the two columns below when the invitation is made.
    TpFotohinweis: [
      'Hinweis zu Fotos beim Treffen',
      'Verantwortlich: Landkreis Northeim, Der Landrat, Koordinierungsstelle für Migration und Teilhabe, ' +
        'Medenheimer Straße 6/8, 37154 Northeim. Datenschutzbeauftragte*r: {Datenschutzkontakt}.',
      'Wir fotografieren zur Dokumentation des Treffens, für die Öffentlichkeitsarbeit des Landkreises ' +
        '(Internetseite www.landkreis-northeim.de und Pressemitteilungen) und als Nachweis gegenüber dem ' +
        'Fördermittelgeber, dem Asyl-, Migrations- und Integrationsfonds der EU (AMIF).',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 NDSG. Erkennbare Porträtaufnahmen ' +
        'veröffentlichen wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); dieser Hinweis ersetzt ' +
        'keine Einwilligung.',
      'Empfänger: als Nachweis das Bundesamt für Migration und Flüchtlinge (AMIF-Verwaltungsbehörde), auf ' +
        'Anforderung die Europäische Kommission und Prüfbehörden; die Presse nur mit Ihrer Einwilligung.',
      'Speicherdauer: {Speicherdauer} nach dem Treffen, danach löschen wir die Fotos.',
      'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), ' +
        'Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21); eine Einwilligung können Sie ' +
        'jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3). Beschweren können Sie sich bei der ' +
        'Landesbeauftragten für den Datenschutz Niedersachsen, Prinzenstraße 5, 30159 Hannover.',
      'Wer nicht fotografiert werden möchte, sagt es bitte zu Beginn des Treffens dem Organisationsteam: Dann ' +
        'fotografieren wir Sie nicht oder machen Sie auf den Bildern unkenntlich.',
    ].join('\n'),
    TpDatenschutzkontakt:
      'Landkreis Northeim, Medenheimer Straße 6/8, 37154 Northeim, datenschutz@landkreis-northeim.de',
    TpSpeicherdauerMonate: 24,
    // The EU's 2021–2027 funding statement ("Europa fördert" was the 2014–2020 period's).
    TpFoerderhinweis:
      'Kofinanziert von der Europäischen Union. Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und ' +
      'Integrationsfonds (AMIF) kofinanziert.',
    TpErinnerungMinuten: 1440,
    TpBudget: 150,
    TpNamenImProtokoll: false,
    TpGastgebende: 2,
  };
}
