/**
 * The two texts every invitation carries besides the agenda: the photo notice (information under
 * Art. 13 GDPR) and the EU funding statement. Both are the team's to edit; these are the defaults.
 */

/** In the photo notice: replaced by the data-protection officer's contact from the team settings. */
export const PRIVACY_OFFICER_PLACEHOLDER = '{Datenschutzkontakt}';
/** In the photo notice: replaced by the storage period from the team settings, e.g. "24 Monate". */
export const RETENTION_PLACEHOLDER = '{Speicherdauer}';

/**
 * The county is a public body: documentation photos rest on its task (Art. 6(1)(e) GDPR with § 3 NDSG);
 * consent (Art. 6(1)(a)) is asked only for publishing recognisable portraits, and a notice never
 * creates consent. One line per element, so that it reads well in the invitation.
 */
export const DEFAULT_PHOTO_NOTICE = [
  'Hinweis zu Fotos beim Treffen',
  'Verantwortlich: Landkreis Northeim, Der Landrat, Koordinierungsstelle für Migration und Teilhabe, ' +
    `Medenheimer Straße 6/8, 37154 Northeim. Datenschutzbeauftragte*r: ${PRIVACY_OFFICER_PLACEHOLDER}.`,
  'Wir fotografieren zur Dokumentation des Treffens, für die Öffentlichkeitsarbeit des Landkreises ' +
    '(Internetseite www.landkreis-northeim.de und Pressemitteilungen) und als Nachweis gegenüber dem ' +
    'Fördermittelgeber, dem Asyl-, Migrations- und Integrationsfonds der EU (AMIF).',
  'Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 NDSG. Erkennbare Porträtaufnahmen ' +
    'veröffentlichen wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); dieser Hinweis ersetzt ' +
    'keine Einwilligung.',
  'Empfänger: als Nachweis das Bundesamt für Migration und Flüchtlinge (AMIF-Verwaltungsbehörde), auf ' +
    'Anforderung die Europäische Kommission und Prüfbehörden; die Presse nur mit Ihrer Einwilligung.',
  `Speicherdauer: ${RETENTION_PLACEHOLDER} nach dem Treffen, danach löschen wir die Fotos.`,
  'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), ' +
    'Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21); eine Einwilligung können Sie ' +
    'jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3). Beschweren können Sie sich bei der ' +
    'Landesbeauftragten für den Datenschutz Niedersachsen, Prinzenstraße 5, 30159 Hannover.',
  'Wer nicht fotografiert werden möchte, sagt es bitte zu Beginn des Treffens dem Organisationsteam: Dann ' +
    'fotografieren wir Sie nicht oder machen Sie auf den Bildern unkenntlich.',
].join('\n');

/**
 * The funding statement of the EU's 2021–2027 period: the emblem with "Kofinanziert von der Europäischen
 * Union" on every communication for the public or participants (Regulation (EU) 2021/1060, Art. 47 and
 * 50 with Annex IX; for the AMIF, Regulation (EU) 2021/1147, Art. 30). Sources:
 * https://www.efre-bayern.de/foerderung/kommunikationsvorschriften/ (the words "Kofinanziert von der
 * Europäischen Union", Art. 46–50 and Annex IX of 2021/1060),
 * https://www.efre.nrw.de/oeffentlichkeitsarbeit/formulare-fuer-zuwendungsempfaengerinnen-1/kommunikation-/-logos/
 * (Art. 47, 49, 50 and Annex IX), https://lexparency.de/eu/32021R1147/ART_30/ (AMIF: origin of the funds
 * and the emblem). "Europa fördert" was the 2014–2020 wording.
 */
export const DEFAULT_FUNDING_STATEMENT =
  'Kofinanziert von der Europäischen Union. Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und ' +
  'Integrationsfonds (AMIF) kofinanziert.';

/** The defaults before 2021–2027 wording and the right legal basis: a team that kept them gets the new ones. */
const FORMER_DEFAULT_PHOTO_NOTICE =
  'Hinweis zu Fotos: Die Koordinierungsstelle für Migration und Teilhabe des Landkreises Northeim fotografiert ' +
  'beim Treffen für ihre Öffentlichkeitsarbeit und den Nachweis gegenüber dem Fördermittelgeber. Rechtsgrundlage ' +
  'ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Wer nicht fotografiert werden möchte, sagt es bitte zu ' +
  'Beginn des Treffens; die Einwilligung kann jederzeit widerrufen werden. Kontakt: Koordinierungsstelle für ' +
  'Migration und Teilhabe, Kreishaus, Medenheimer Straße 6/8, 37154 Northeim.';
const FORMER_DEFAULT_FUNDING_STATEMENT =
  'Europa fördert: Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds kofinanziert.';

/** A stored photo notice: the former default becomes today's; a team's own text stays as it is. */
export function currentPhotoNotice(stored: string): string {
  return stored.trim() === FORMER_DEFAULT_PHOTO_NOTICE ? DEFAULT_PHOTO_NOTICE : stored;
}

/** A stored funding statement: the former default becomes today's; a team's own text stays as it is. */
export function currentFundingStatement(stored: string): string {
  return stored.trim() === FORMER_DEFAULT_FUNDING_STATEMENT ? DEFAULT_FUNDING_STATEMENT : stored;
}

/** What the photo notice takes from the team settings. */
export interface PhotoNoticeFacts {
  /** The data-protection officer's contact. */
  privacyOfficer: string;
  /** How long photos are kept, in months. */
  retentionMonths: number;
}

/** "24 Monate", "1 Monat". */
export function retentionText(months: number): string {
  return months === 1 ? '1 Monat' : `${months} Monate`;
}

/** The notice as invitees read it: the placeholders filled from the settings (a text without them stays as it is). */
export function fillPhotoNotice(text: string, facts: PhotoNoticeFacts): string {
  return text
    .split(PRIVACY_OFFICER_PLACEHOLDER)
    .join(facts.privacyOfficer.trim())
    .split(RETENTION_PLACEHOLDER)
    .join(retentionText(facts.retentionMonths));
}
