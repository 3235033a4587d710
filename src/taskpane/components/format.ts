import { berlinParts, formatLongDate } from '../../domain/planning';

// Formatting for the views: instants as the pane shows them, always in Europe/Berlin and German form
// (in both languages). Money is formatted by domain/money.

/** "24. November 2026, 10:15 Uhr" for an ISO instant, in Europe/Berlin. */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const { date, time } = berlinParts(at);
  return `${formatLongDate(date)}, ${time} Uhr`;
}

/** "10:15" for an ISO instant, in Europe/Berlin. */
export function formatClock(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : berlinParts(at).time;
}
