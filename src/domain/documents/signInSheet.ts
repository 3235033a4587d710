/**
 * Teilnehmendenliste: the sheet those present sign, the county's proof of participation for the EU's
 * AMIF funding. A4 landscape, rows tall enough to sign in, "Seite x von y".
 *
 * Names, as a county's data-protection officer would expect:
 * - The sheet lies open at the meeting (everyone who signs reads every row) and is filed in the
 *   site's library, readable by every member of the site. Pre-filling it with the names of those who
 *   replied tells both audiences who said yes, and the unsigned rows later tell who said yes and
 *   stayed away. That is the same question the team answered with "Namen der Anwesenden in die
 *   SharePoint-Liste schreiben" (namesInMinutes): are people's names shown to colleagues on the site.
 *   So the sheet follows that setting: with it, the rows are pre-filled; without it (the default),
 *   every row is empty and each person writes their own entry, having read the note above the table.
 * - Only names, never a mail address (a reply without a name is left to be written in), and only of
 *   those who accepted or tentatively accepted: never the distribution list, a room or someone who
 *   declined or did not answer. A meeting whose personal data was removed has no names to print.
 * - The Art. 13 note stands above the table, so it is read before anyone signs (information "at the
 *   time when personal data are obtained").
 */
import { retentionText } from '../invitation/notices';
import type { AttendeeReply, Meeting } from '../planning';
import type { TeamSettings } from '../settings';
import { documentOf, fundingBlocks, meetingName, whenAndWhere } from './common';
import type { Block, DocumentModel, TableColumn } from './documentModel';
import { meetingFileName } from './fileNames';

export type SignInSheetSettings = Pick<
  TeamSettings,
  'distributionList' | 'namesInMinutes' | 'privacyOfficer' | 'retentionMonths' | 'fundingStatement'
>;

/** At least this many empty rows after the expected people, for those who come without having replied. */
export const WALK_IN_ROWS = 10;
/**
 * Signature rows that fit on a landscape A4 page, as the PDF renderer lays them out: on page 1 below the
 * title, funding line and privacy note; on a following page; and on the last page, above the
 * organiser's line, one row short of what fits, so a page 1 with a longer note or venue pushes one row
 * onward without pushing the organiser's line onto a page of its own.
 */
export const SIGNATURE_ROWS = { firstPage: 5, fullPage: 13, lastPage: 9 } as const;

const COLUMNS: TableColumn[] = [
  { header: 'Nr.', width: 1, align: 'right' },
  { header: 'Name', width: 5 },
  { header: 'Initiative bzw. Dienststelle', width: 5 },
  { header: 'Gemeinde', width: 3 },
  { header: 'Unterschrift', width: 5 },
];

const ORGANISER_CONFIRMATION =
  'Die Richtigkeit der Angaben bestätigt: Datum, Unterschrift der Veranstalterin / des Veranstalters';

const key = (address: string | undefined) => (address ?? '').trim().toLowerCase();
const RANK: Partial<Record<AttendeeReply['response'], number>> = { accepted: 0, tentative: 1 };

/**
 * Those expected at the meeting: accepted, then tentative, by name within each; each address once.
 * Never the distribution list, the venue's room, those who declined or did not answer.
 */
export function expectedInvitees(meeting: Meeting, settings: Pick<TeamSettings, 'distributionList'>): AttendeeReply[] {
  const notPeople = new Set([key(settings.distributionList), key(meeting.venue?.roomMailbox)].filter(Boolean));
  const seen = new Set<string>();
  const once = (reply: AttendeeReply) => {
    const address = key(reply.address);
    if (!address) return true;
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  };
  return (meeting.invitation?.replies ?? [])
    .filter((reply) => RANK[reply.response] !== undefined && !notPeople.has(key(reply.address)))
    .filter(once)
    .sort((a, b) => (RANK[a.response] ?? 0) - (RANK[b.response] ?? 0) || a.name.localeCompare(b.name, 'de'));
}

/** A name fit to print: not empty, not a mail address, not a placeholder left by removing personal data. */
function printableName(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed || trimmed.includes('@') || /^Person \d+$/.test(trimmed)) return undefined;
  return trimmed;
}

/** The pre-filled rows (names as the settings allow), with the initiative where the attendance list has it. */
function filledRows(meeting: Meeting, expected: AttendeeReply[], names: boolean): string[][] {
  if (!names) return [];
  const initiatives = new Map(
    (meeting.minutes?.attendance ?? []).filter((e) => e.address).map((e) => [key(e.address), e.initiative.trim()]),
  );
  const printable = expected.flatMap((reply) => {
    const name = printableName(reply.name);
    return name ? [{ name, initiative: initiatives.get(key(reply.address)) ?? '' }] : [];
  });
  return printable.map((p, i) => [String(i + 1), p.name, p.initiative, '', '']);
}

/** All rows of a sheet of `pages` pages (the first and last pages hold fewer). */
export function signatureRowsOn(pages: number): number {
  const { firstPage, fullPage, lastPage } = SIGNATURE_ROWS;
  return pages <= 1 ? firstPage - (fullPage - lastPage) : firstPage + fullPage * (pages - 2) + lastPage;
}

/** Empty rows: the expected people not pre-filled plus the walk-ins, made up to fill the last page. */
export function blankRowCount(expected: number, filled: number): number {
  const needed = Math.max(expected, filled) + WALK_IN_ROWS;
  let pages = 1;
  while (signatureRowsOn(pages) < needed) pages++;
  return signatureRowsOn(pages) - filled;
}

/**
 * The short Art. 13 note: controller, purpose, legal basis, recipients, storage, that signing is
 * voluntary, rights, the data-protection officer. With a funding statement the list is the funder's
 * proof and is kept as the EU's rules for supporting documents require (Regulation (EU) 2021/1060,
 * Art. 82: five years from 31 December of the year of the last payment to the beneficiary), which
 * outlasts the team's own storage period; without one it is the county's record, kept that period.
 */
export function signInPrivacyNote(
  settings: Pick<TeamSettings, 'privacyOfficer' | 'retentionMonths' | 'fundingStatement'>,
): string {
  const funded = settings.fundingStatement.trim() !== '';
  const purpose = funded
    ? 'als Nachweis der Teilnahme gegenüber dem Fördermittelgeber: Das Treffen wird aus dem Asyl-, Migrations- ' +
      'und Integrationsfonds (AMIF) der Europäischen Union kofinanziert.'
    : 'zur Dokumentation des Treffens.';
  const recipients = funded
    ? 'die Koordinierungsstelle und als Nachweis die Stellen der Förderung (Bundesamt für Migration und ' +
      'Flüchtlinge als AMIF-Verwaltungsbehörde; auf Anforderung die Europäische Kommission und Prüfbehörden).'
    : 'nur die Koordinierungsstelle; die Liste wird nicht weitergegeben.';
  const storage = funded
    ? 'so lange, wie die Förderregeln Belege verlangen: fünf Jahre ab dem 31. Dezember des Jahres, in dem der ' +
      'Landkreis die letzte Zahlung aus der Förderung erhält (Art. 82 Verordnung (EU) 2021/1060).'
    : `${retentionText(settings.retentionMonths)} nach dem Treffen.`;
  return [
    'Datenschutzhinweis (Art. 13 DSGVO): Der Landkreis Northeim, Koordinierungsstelle für Migration und Teilhabe, ' +
      `erhebt Name, Initiative bzw. Dienststelle, Gemeinde und Unterschrift ${purpose}`,
    'Rechtsgrundlage: Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 NDSG.',
    `Empfänger: ${recipients}`,
    `Aufbewahrung der unterschriebenen Liste: ${storage} Danach wird sie vernichtet.`,
    'Die Eintragung ist freiwillig; wer sich nicht einträgt, kann trotzdem teilnehmen.',
    'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch ' +
      '(Art. 15 bis 18 und 21 DSGVO) und können sich bei der Landesbeauftragten für den Datenschutz ' +
      'Niedersachsen beschweren.',
    `Datenschutzbeauftragte*r: ${settings.privacyOfficer.trim()}`,
  ].join(' ');
}

/** The sign-in sheet of a meeting (from Einladung or Protokoll). */
export function buildSignInSheet(meeting: Meeting, settings: SignInSheetSettings): DocumentModel {
  const expected = expectedInvitees(meeting, settings);
  const rows = filledRows(meeting, expected, settings.namesInMinutes);
  const name = meetingName(meeting);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Teilnehmendenliste' },
    { kind: 'paragraph', text: name, size: 'large', strong: true },
    ...whenAndWhere(meeting),
    ...fundingBlocks(settings.fundingStatement),
    { kind: 'paragraph', text: signInPrivacyNote(settings), size: 'small' },
    {
      kind: 'table',
      caption: `Teilnehmendenliste: ${name}`,
      columns: COLUMNS,
      rows,
      blankRows: blankRowCount(expected.length, rows.length),
      rowHeight: 'signature',
    },
    { kind: 'signatureLine', label: ORGANISER_CONFIRMATION },
  ];
  return documentOf({
    kind: 'teilnehmendenliste',
    title: `Teilnehmendenliste: ${name}`,
    fileName: meetingFileName(meeting.date, 'Teilnehmendenliste'),
    page: { size: 'A4', orientation: 'landscape' },
    pageNumbers: true,
    blocks,
  });
}
