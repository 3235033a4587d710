/**
 * Calendar dates without a time ('YYYY-MM-DD'), as the county plans them. Arithmetic runs in UTC so
 * that no local time zone or daylight-saving change can shift a date.
 */
export type PlainDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPlainDate(value: string): value is PlainDate {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function toUtc(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromUtcDate(date: Date): PlainDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcDate(d);
}

export function addMonths(date: PlainDate, months: number): PlainDate {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return fromUtcDate(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: PlainDate): number {
  return toUtc(date).getUTCDay();
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

/** One formatter per locale, made on first use: making one costs far more than formatting with it. */
const longDateFormats: Record<string, Intl.DateTimeFormat> = {};

/** "Dienstag, 16. März 2027" (or English). */
export function formatLongDate(date: PlainDate, locale = 'de-DE'): string {
  longDateFormats[locale] ??= new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return longDateFormats[locale].format(toUtc(date));
}

/** "16.03.2027" */
export function formatShortDate(date: PlainDate): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
