/**
 * The year's costs across meetings, for the funder: what is filed in the meetings list for the other
 * meetings of the year plus the open meeting's own lines as they are now (never its filed row as well).
 */
import type { ExpenseLine } from './expenses';
import { sumCents } from './money';
import { type PlainDate, yearOf } from './planning';

/** A row of the meetings list, as far as its costs go. */
export interface FiledCosts {
  itemId: string;
  date: PlainDate;
  /** The list's currency column, in cents, where filed. */
  costCents?: number;
  /** The meeting's id and lines, where the add-in wrote the row. */
  meetingId?: string;
  lines?: readonly ExpenseLine[];
}

export interface OpenMeetingCosts {
  meetingId: string;
  /** The open meeting's own list item, once saved. */
  itemId?: string;
  date: PlainDate;
  lines: readonly ExpenseLine[];
}

export interface YearCosts {
  year: number;
  totalCents: number;
  /** Meetings of the year with costs, the open one included when it has lines. */
  meetingsWithCosts: number;
}

const linesTotal = (lines: readonly ExpenseLine[]) => sumCents(lines.map((line) => line.amountCents));

/** The filed column when there is one, else the lines the add-in stored. */
function filedTotal(row: FiledCosts): number {
  return row.costCents ?? linesTotal(row.lines ?? []);
}

function isOpenMeeting(row: FiledCosts, open: OpenMeetingCosts): boolean {
  return row.meetingId === open.meetingId || (open.itemId !== undefined && row.itemId === open.itemId);
}

/** The total of the open meeting's year: its lines plus the other rows of that year. */
export function yearCosts(open: OpenMeetingCosts, rows: readonly FiledCosts[]): YearCosts {
  const year = yearOf(open.date);
  const others = rows
    .filter((row) => yearOf(row.date) === year && !isOpenMeeting(row, open))
    .map(filedTotal)
    .filter((cents) => cents > 0);
  const own = linesTotal(open.lines);
  return {
    year,
    totalCents: own + sumCents(others),
    meetingsWithCosts: others.length + (own > 0 ? 1 : 0),
  };
}
