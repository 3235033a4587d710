import { isClockTime } from './berlinTime';
import { isPlainDate, type PlainDate } from './plainDate';

/**
 * Dates and clock times as a German user types them, whatever the browser's locale: "16.03.2027",
 * "16.3.27", "16.3.2027" (and the ISO form a paste may bring); "15:00", "15.00", "1500", "9:30", "15".
 * Two-digit years are this century's. Anything else is not a date or time: the field keeps the text.
 */
export function parseTypedDate(text: string): PlainDate | undefined {
  const typed = text.trim();
  if (isPlainDate(typed)) return typed;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(typed);
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  const fullYear = year.length === 2 ? `20${year}` : year;
  const date = `${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPlainDate(date) ? date : undefined;
}

/** "2027-03-16" → "16.03.2027", the form the date fields show. */
export function typedDateOf(date: PlainDate): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

export function parseTypedTime(text: string): string | undefined {
  const typed = text.trim().replace(/\s*uhr$/i, '');
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(typed);
  if (!match) return undefined;
  const [, hours = '', minutes = '00'] = match;
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  return isClockTime(time) ? time : undefined;
}
