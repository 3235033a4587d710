/**
 * Tagesordnung (A4): the agenda with its clock times, the place with its access notes, the input, the
 * standing note that individual cases are not discussed, the funding line. Says what the invitation's
 * agenda says (planning/render), never who suggested a topic.
 */
import {
  formatLongDate,
  INITIATIVES_NOTE,
  type Meeting,
  meetingDuration,
  speakerLine,
  type TimedItem,
  timePlan,
  venueAccess,
  venueAddress,
} from '../planning';
import { withoutSuggestionSender } from '../planning/suggestionNote';
import type { TeamSettings } from '../settings';
import { documentOf, fundingBlocks, meetingName, timeSpan } from './common';
import type { Block, DocumentModel, TableColumn } from './documentModel';
import { meetingFileName } from './fileNames';

const COLUMNS: TableColumn[] = [
  { header: 'Uhrzeit', width: 2 },
  { header: 'TOP', width: 1, align: 'right' },
  { header: 'Thema', width: 6 },
  { header: 'Wer', width: 4 },
];

/** The item's note for the participants: without a suggestion's sender, and without the standing note (said once below). */
function itemNote(note: string): string {
  const text = withoutSuggestionSender(note).trim();
  return text === INITIATIVES_NOTE ? '' : text;
}

/** Title, note and sub-points, one per line ("– Sprachkurse in den Kommunen"). */
function topicCell(row: TimedItem): string {
  const note = itemNote(row.item.note);
  const subs = row.item.subItems.map((s) => s.trim()).filter(Boolean);
  return [row.item.title.trim(), note, ...subs.map((s) => `– ${s}`)].filter(Boolean).join('\n');
}

/** One row per agenda item: "15:00–15:20", its number, the topic, who presents it. */
export function agendaRows(meeting: Meeting): string[][] {
  const plan = timePlan(meeting.startTime, meeting.agenda, meetingDuration(meeting));
  return plan.rows.map((row, i) => [`${row.start}–${row.end}`, String(i + 1), topicCell(row), row.item.presenter]);
}

function placeBlocks(meeting: Meeting): Block[] {
  const venue = meeting.venue;
  if (!venue) return [{ kind: 'paragraph', text: 'Der Ort wird noch bekannt gegeben.' }];
  return [
    { kind: 'paragraph', text: venueAddress(venue) },
    { kind: 'list', items: venueAccess(venue) },
  ];
}

function inputBlocks(meeting: Meeting): Block[] {
  const line = speakerLine(meeting);
  if (!line) return [];
  return [
    { kind: 'heading', level: 2, text: 'Input von dritter Seite' },
    { kind: 'paragraph', text: line },
  ];
}

/** The agenda of a meeting, to print and to attach to the invitation. */
export function buildAgendaDocument(meeting: Meeting, settings: Pick<TeamSettings, 'fundingStatement'>): DocumentModel {
  const name = meetingName(meeting);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Tagesordnung' },
    { kind: 'paragraph', text: name, size: 'large', strong: true },
    { kind: 'paragraph', text: `Datum: ${formatLongDate(meeting.date)}` },
    { kind: 'paragraph', text: `Uhrzeit: ${timeSpan(meeting)}` },
    { kind: 'heading', level: 2, text: 'Ort' },
    ...placeBlocks(meeting),
    ...inputBlocks(meeting),
    { kind: 'heading', level: 2, text: 'Ablauf' },
    { kind: 'table', caption: `Tagesordnung: ${name}`, columns: COLUMNS, rows: agendaRows(meeting) },
    { kind: 'paragraph', text: `Hinweis: ${INITIATIVES_NOTE}` },
    ...fundingBlocks(settings.fundingStatement),
  ];
  return documentOf({
    kind: 'tagesordnung',
    title: `Tagesordnung: ${name}`,
    fileName: meetingFileName(meeting.date, 'Tagesordnung'),
    pageNumbers: true,
    blocks,
  });
}
