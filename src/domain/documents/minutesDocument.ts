/**
 * Protokoll as a document (an editable DOCX and a PDF for the record): a heading per agenda item with
 * its notes, the decisions, the action items (what, who, by when), attendance, costs, the funding line.
 * Says what the minutes mail says (minutes/render): the count of those present always, their names only
 * as the team's setting allows. Costs without who paid them: that is for the accounts (the list's cost
 * notes), not for everyone who reads the minutes.
 */
import { expenseTotals } from '../expenses';
import { attendeeLabel, decisionLines, presentCount } from '../minutes';
import { formatEuro } from '../money';
import { formatLongDate, formatShortDate, type Meeting, speakerLine } from '../planning';
import type { TeamSettings } from '../settings';
import { documentOf, fundingBlocks, meetingName, textParagraphs, whenAndWhere } from './common';
import type { Block, DocumentModel, TableColumn } from './documentModel';
import { meetingFileName } from './fileNames';

export type MinutesDocumentSettings = Pick<TeamSettings, 'namesInMinutes' | 'fundingStatement'>;

const ACTION_COLUMNS: TableColumn[] = [
  { header: 'Was', width: 6 },
  { header: 'Wer', width: 3 },
  { header: 'Bis wann', width: 2 },
];

const COST_COLUMNS: TableColumn[] = [
  { header: 'Kategorie', width: 2 },
  { header: 'Beschreibung', width: 5 },
  { header: 'Beleg', width: 2 },
  { header: 'Betrag', width: 2, align: 'right' },
];

const heading = (text: string): Block => ({ kind: 'heading', level: 2, text });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** A heading per agenda item ("TOP 2: Aktuelles aus dem Landkreis") with its notes; an empty break left out. */
function itemBlocks(meeting: Meeting): Block[] {
  const notes = meeting.minutes?.notes ?? {};
  return meeting.agenda.flatMap((item, index) => {
    const body = textParagraphs(notes[item.id] ?? '');
    if (body.length === 0 && item.role === 'pause') return [];
    return [heading(`TOP ${index + 1}: ${item.title.trim()}`), ...(body.length ? body : [paragraph('Keine Notizen.')])];
  });
}

function decisionBlocks(meeting: Meeting): Block[] {
  const lines = decisionLines(meeting);
  return [heading('Beschlüsse'), lines.length ? { kind: 'list', items: lines } : paragraph('Keine Beschlüsse.')];
}

function actionBlocks(meeting: Meeting): Block[] {
  const rows = (meeting.minutes?.actionItems ?? [])
    .filter((a) => a.what.trim())
    .map((a) => [a.what.trim(), a.who.trim(), a.due ? formatShortDate(a.due) : '']);
  if (rows.length === 0) return [heading('Aufgaben'), paragraph('Keine Aufgaben.')];
  return [heading('Aufgaben'), { kind: 'table', caption: 'Aufgaben', columns: ACTION_COLUMNS, rows }];
}

/** "Person 3" is what is left of a name once personal data was removed: no name to list. */
const isPlaceholder = (name: string) => /^Person \d+$/.test(name.trim());

function attendanceBlocks(meeting: Meeting, names: boolean): Block[] {
  const present = (meeting.minutes?.attendance ?? []).filter((e) => e.present);
  const blocks: Block[] = [heading('Teilnehmende'), paragraph(`${presentCount(present)} anwesend.`)];
  const named = names ? present.filter((e) => e.name.trim() && !isPlaceholder(e.name)).map(attendeeLabel) : [];
  if (named.length) blocks.push({ kind: 'list', items: named });
  const speaker = speakerLine(meeting);
  if (speaker) blocks.push(paragraph(`Input von dritter Seite: ${speaker}`));
  return blocks;
}

function costBlocks(meeting: Meeting): Block[] {
  const lines = meeting.expenses ?? [];
  if (lines.length === 0) return [heading('Kosten'), paragraph('Keine Kosten erfasst.')];
  const participants = presentCount(meeting.minutes?.attendance ?? []);
  const totals = expenseTotals(lines, participants);
  const rows = lines.map((l) => [l.category, l.description, l.receiptNumber, formatEuro(l.amountCents)]);
  const blocks: Block[] = [
    heading('Kosten'),
    {
      kind: 'table',
      caption: 'Kosten',
      columns: COST_COLUMNS,
      rows,
      totals: ['Summe', '', '', formatEuro(totals.totalCents)],
    },
  ];
  if (totals.perParticipantCents !== null) {
    const share = formatEuro(totals.perParticipantCents);
    blocks.push(paragraph(`Je anwesende Person: ${share} (${participants} Teilnehmende)`));
  }
  return blocks;
}

function nextMeetingBlocks(meeting: Meeting): Block[] {
  const next = meeting.minutes?.nextMeetingDate;
  return next ? [heading('Nächstes Treffen'), paragraph(formatLongDate(next))] : [];
}

/** The minutes of a meeting as a document. */
export function buildMinutesDocument(meeting: Meeting, settings: MinutesDocumentSettings): DocumentModel {
  const name = meetingName(meeting);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Protokoll' },
    { kind: 'paragraph', text: name, size: 'large', strong: true },
    ...whenAndWhere(meeting),
    ...itemBlocks(meeting),
    ...decisionBlocks(meeting),
    ...actionBlocks(meeting),
    ...attendanceBlocks(meeting, settings.namesInMinutes),
    ...costBlocks(meeting),
    ...nextMeetingBlocks(meeting),
    ...fundingBlocks(settings.fundingStatement),
  ];
  return documentOf({
    kind: 'protokoll',
    title: `Protokoll: ${name}`,
    fileName: meetingFileName(meeting.date, 'Protokoll'),
    pageNumbers: true,
    blocks,
  });
}
