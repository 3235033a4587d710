/**
 * What several documents say the same way: the meeting's name, date, time and place, the funding
 * block, and free text split into paragraphs. Dates, times and places come from the planning domain's
 * own formatters, so a document says them as the invitation does.
 *
 * Line breaks: a table cell may hold "\n" (an agenda item's title, note and sub-points, one per line);
 * the renderers show it as a line break within the cell. Paragraphs hold none: text typed on several
 * lines becomes a paragraph per line.
 */
import {
  addMinutesToTime,
  formatLongDate,
  type Meeting,
  meetingDuration,
  meetingTitle,
  venueAddress,
} from '../planning';
import type { Block, DocumentModel } from './documentModel';

/** The meeting's title as the team set it, else "Vernetzungstreffen der Ehrenamtskoordination – <date>". */
export function meetingName(meeting: Pick<Meeting, 'title' | 'date'>): string {
  return meeting.title?.trim() || meetingTitle(meeting.date, formatLongDate);
}

/** "15:00–18:00 Uhr": from the start time through the booked slot. */
export function timeSpan(meeting: Pick<Meeting, 'startTime' | 'durationMinutes'>): string {
  return `${meeting.startTime}–${addMinutesToTime(meeting.startTime, meetingDuration(meeting))} Uhr`;
}

/** "Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim", or that no place is set yet. */
export function placeText(meeting: Pick<Meeting, 'venue'>): string {
  return meeting.venue ? venueAddress(meeting.venue) : 'wird noch bekannt gegeben';
}

/** Date, time and place, one paragraph each ("Datum: Donnerstag, 10. Dezember 2026"). */
export function whenAndWhere(meeting: Meeting): Block[] {
  return [
    { kind: 'paragraph', text: `Datum: ${formatLongDate(meeting.date)}` },
    { kind: 'paragraph', text: `Uhrzeit: ${timeSpan(meeting)}` },
    { kind: 'paragraph', text: `Ort: ${placeText(meeting)}` },
  ];
}

/**
 * The EU emblem with the team's funding statement; none when the team cleared the statement (then the
 * meeting is not presented as funded).
 */
export function fundingBlocks(statement: string, size: 'normal' | 'large' = 'normal'): Block[] {
  const text = statement.trim();
  return text ? [{ kind: 'funding', statement: text, size }] : [];
}

/** A paragraph per line of a text typed on several lines (blank lines dropped); nothing for an empty text. */
export function textParagraphs(text: string): Block[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/** The fixed parts of a model: German, A4 portrait unless told otherwise. */
export function documentOf(
  fields: Pick<DocumentModel, 'kind' | 'title' | 'fileName' | 'pageNumbers' | 'blocks'> &
    Partial<Pick<DocumentModel, 'page'>>,
): DocumentModel {
  return { lang: 'de-DE', page: { size: 'A4', orientation: 'portrait' }, ...fields };
}
