/**
 * Jahresbericht for the funder: every meeting of a year with date, venue, input, participants and
 * costs, and the totals. Made from the rows Verlauf reads (HistoryEntry: the list's visible columns),
 * so it says what the list says, also for rows a colleague wrote by hand. Cancelled meetings are named
 * below the table, not counted. A figure the list does not have is said to be missing, never taken as 0.
 */
import type { HistoryEntry } from '../history';
import { formatEuro, sumCents } from '../money';
import { formatShortDate, yearOf } from '../planning';
import type { TeamSettings } from '../settings';
import { documentOf, fundingBlocks } from './common';
import type { Block, DocumentModel, TableColumn } from './documentModel';
import { yearReportFileName } from './fileNames';

/** What the report needs of a row of the meetings list. */
export type YearReportEntry = Pick<
  HistoryEntry,
  'date' | 'status' | 'venueName' | 'speaker' | 'participants' | 'costCents'
>;

export const YEAR_REPORT_SUBJECT = 'Vernetzungstreffen der Ehrenamtskoordination';

const COLUMNS: TableColumn[] = [
  { header: 'Datum', width: 2 },
  { header: 'Ort', width: 4 },
  { header: 'Input von dritter Seite', width: 6 },
  { header: 'Teilnehmende', width: 2, align: 'right' },
  { header: 'Kosten', width: 2, align: 'right' },
];

const NOT_FILED = 'nicht erfasst';

const byDate = (a: YearReportEntry, b: YearReportEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function row(entry: YearReportEntry): string[] {
  return [
    formatShortDate(entry.date),
    entry.venueName.trim() || 'ohne Ort',
    entry.speaker.trim() || 'kein Input',
    entry.participants === undefined ? NOT_FILED : String(entry.participants),
    entry.costCents === undefined ? NOT_FILED : formatEuro(entry.costCents),
  ];
}

export interface YearTotals {
  meetings: number;
  participants: number;
  costCents: number;
  /** Meetings without a filed participant count / without filed costs. */
  withoutParticipants: number;
  withoutCosts: number;
}

/** The totals over the held (not cancelled) meetings; missing figures counted apart, not as 0. */
export function yearTotals(held: readonly YearReportEntry[]): YearTotals {
  return {
    meetings: held.length,
    participants: held.reduce((sum, e) => sum + (e.participants ?? 0), 0),
    costCents: sumCents(held.map((e) => e.costCents ?? 0)),
    withoutParticipants: held.filter((e) => e.participants === undefined).length,
    withoutCosts: held.filter((e) => e.costCents === undefined).length,
  };
}

function totalsRow(totals: YearTotals): string[] {
  const meetings = totals.meetings === 1 ? '1 Treffen' : `${totals.meetings} Treffen`;
  return ['Summe', meetings, '', String(totals.participants), formatEuro(totals.costCents)];
}

/** What the totals leave out, and which meetings were cancelled. */
function notes(totals: YearTotals, cancelled: readonly YearReportEntry[]): Block[] {
  const lines: string[] = [];
  if (totals.withoutParticipants > 0) {
    lines.push(`Teilnehmende: bei ${totals.withoutParticipants} Treffen nicht erfasst; die Summe zählt die erfassten.`);
  }
  if (totals.withoutCosts > 0) {
    lines.push(`Kosten: bei ${totals.withoutCosts} Treffen nicht erfasst; die Summe zählt die erfassten.`);
  }
  if (cancelled.length > 0) {
    lines.push(`Abgesagt (nicht mitgezählt): ${cancelled.map((e) => formatShortDate(e.date)).join(', ')}.`);
  }
  return lines.map((text): Block => ({ kind: 'paragraph', text, size: 'small' }));
}

/** The year report over `entries` (those of other years are left out). */
export function buildYearReport(
  year: number,
  entries: readonly YearReportEntry[],
  settings: Pick<TeamSettings, 'fundingStatement'>,
): DocumentModel {
  const ofYear = entries.filter((e) => yearOf(e.date) === year).sort(byDate);
  const held = ofYear.filter((e) => e.status !== 'abgesagt');
  const cancelled = ofYear.filter((e) => e.status === 'abgesagt');
  const totals = yearTotals(held);
  const title = `Jahresbericht ${year} – ${YEAR_REPORT_SUBJECT}`;
  const table: Block = held.length
    ? { kind: 'table', caption: title, columns: COLUMNS, rows: held.map(row), totals: totalsRow(totals) }
    : { kind: 'paragraph', text: `Für ${year} steht kein Treffen in der Liste.` };
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    table,
    ...notes(totals, cancelled),
    ...fundingBlocks(settings.fundingStatement),
  ];
  return documentOf({
    kind: 'jahresbericht',
    title,
    fileName: yearReportFileName(year),
    page: { size: 'A4', orientation: 'landscape' },
    pageNumbers: true,
    blocks,
  });
}
