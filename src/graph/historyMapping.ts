/**
 * Rows of the meetings list as Verlauf shows them: the visible columns for the overview, the filed
 * record for reading one meeting, and the expense lines of a year for the CSV. Rows a colleague wrote
 * by hand (without TpDaten) are read from their columns.
 */
import type { YearCostsRow } from '../domain/csv';
import type { ExpenseLine } from '../domain/expenses';
import type { HistoryEntry, PastMeeting } from '../domain/history';
import type { ListedMeeting } from '../domain/lists';
import { presentCount, textFromHtml } from '../domain/minutes';
import { formatLongDate, meetingTitle, yearOf } from '../domain/planning';
import type { Fields, StoredItem } from './listsGateway';
import { listedMeetingOf } from './meetingMapping';

/** The columns of the overview: no minutes, no TpDaten. */
export const HISTORY_COLUMNS = [
  'Title',
  'TpBeginn',
  'TpJahr',
  'TpStatus',
  'TpOrt',
  'TpReferent',
  'TpTeilnehmende',
  'TpKosten',
];
export const HISTORY_PROPERTIES = ['id', 'webUrl'];
/** What the year's CSV needs: the overview's columns and the lines in TpDaten. */
export const YEAR_COST_COLUMNS = [...HISTORY_COLUMNS, 'TpDaten'];

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const lines = (value: unknown) =>
  text(value)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function entryOf(listed: ListedMeeting, f: Fields): HistoryEntry {
  const { itemId, webUrl, date, status, venueName, costCents, participants } = listed;
  return {
    itemId,
    webUrl,
    date,
    status,
    venueName,
    ...(costCents !== undefined ? { costCents } : {}),
    ...(participants !== undefined ? { participants } : {}),
    title: text(f.Title) || meetingTitle(date, formatLongDate),
    year: typeof f.TpJahr === 'number' ? f.TpJahr : yearOf(date),
    speaker: text(f.TpReferent),
  };
}

export function historyEntryOf(item: StoredItem): HistoryEntry | undefined {
  const listed = listedMeetingOf(item);
  return listed ? entryOf(listed, item.fields) : undefined;
}

export function pastMeetingOf(item: StoredItem): PastMeeting | undefined {
  const listed = listedMeetingOf(item);
  if (!listed) return undefined;
  const f = item.fields;
  return {
    ...entryOf(listed, f),
    etag: listed.etag,
    ...(listed.nextMeetingDate ? { nextMeetingDate: listed.nextMeetingDate } : {}),
    ...(listed.meeting ? { meeting: listed.meeting } : {}),
    ...(listed.dataProblem ? { dataProblem: listed.dataProblem } : {}),
    minutesText: textFromHtml(text(f.TpProtokoll)),
    decisions: lines(f.TpBeschluesse),
    actions: lines(f.TpAufgaben),
    costNotes: lines(f.TpKostenNotizen),
  };
}

/** A row without lines in TpDaten still counts with its filed total, marked as such. */
function totalOnly(itemId: string, amountCents: number): ExpenseLine {
  const description = 'Gesamtbetrag laut Liste (keine Einzelposten erfasst)';
  return { id: `liste-${itemId}`, category: 'Sonstiges', description, amountCents, paidBy: '', receiptNumber: '' };
}

/** The expense lines of the meetings held in `year`, for `yearCostsCsv`. */
export function yearCostRowsOf(items: readonly StoredItem[], year: number): YearCostsRow[] {
  return items.flatMap((item) => {
    const entry = historyEntryOf(item);
    if (!entry || yearOf(entry.date) !== year) return [];
    const meeting = listedMeetingOf(item)?.meeting;
    const stored = meeting?.expenses;
    const participants = entry.participants ?? (meeting?.minutes ? presentCount(meeting.minutes.attendance) : null);
    const base = { date: entry.date, title: entry.title, venue: entry.venueName, participants };
    if (stored) return stored.map((line) => ({ ...base, line }));
    return entry.costCents ? [{ ...base, line: totalOnly(entry.itemId, entry.costCents) }] : [];
  });
}
