/**
 * The costs of a year as a CSV file that Excel with German settings opens correctly by double
 * click: UTF-8 with BOM, semicolons, CRLF, German decimals (12,50), dates as DD.MM.YYYY.
 * Text cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
import { AppError } from './appError';
import type { ExpenseLine } from './expenses';
import { formatDecimalDe, sumCents } from './money';

export interface YearCostsRow {
  /** YYYY-MM-DD, the meeting's local date. */
  date: string;
  title: string;
  venue: string;
  participants: number | null;
  line: ExpenseLine;
}

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';
export const YEAR_COSTS_HEADER = [
  'Datum',
  'Treffen',
  'Ort',
  'Kategorie',
  'Beschreibung',
  'Betrag (EUR)',
  'Bezahlt von',
  'Beleg',
  'Teilnehmende',
] as const;

/** A leading = + - @ TAB or CR would make Excel treat the cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** Neutralises formula starts in a text cell. */
export function protectCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a cell when it contains a separator, a quote or a line break (quotes are doubled). */
export function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell of free text: protected, then quoted. */
export function textCell(text: string): string {
  return quoteCell(protectCell(text));
}

/** "2026-03-12" → "12.03.2026". */
export function germanDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new AppError('invalid-input', `Ungültiges Datum „${isoDate}“: erwartet wird JJJJ-MM-TT.`);
  return `${match[3]}.${match[2]}.${match[1]}`;
}

function csvRow(cells: readonly string[]): string {
  return cells.join(CSV_SEPARATOR) + CSV_NEWLINE;
}

function dataRow(row: YearCostsRow): string {
  const { line } = row;
  return csvRow([
    germanDate(row.date),
    textCell(row.title),
    textCell(row.venue),
    textCell(line.category),
    textCell(line.description),
    formatDecimalDe(line.amountCents),
    textCell(line.paidBy),
    textCell(line.receiptNumber),
    row.participants === null ? '' : String(row.participants),
  ]);
}

/**
 * The CSV text (with BOM) of a year's expense lines, ordered by meeting date (stable, so lines of
 * one meeting keep their order), ending with a "Summe" row that carries the total amount.
 */
export function yearCostsCsv(rows: readonly YearCostsRow[]): string {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const total = sumCents(sorted.map((row) => row.line.amountCents));
  const totalRow = YEAR_COSTS_HEADER.map((name) => {
    if (name === 'Datum') return 'Summe';
    return name === 'Betrag (EUR)' ? formatDecimalDe(total) : '';
  });
  return CSV_BOM + csvRow(YEAR_COSTS_HEADER) + sorted.map(dataRow).join('') + csvRow(totalRow);
}
