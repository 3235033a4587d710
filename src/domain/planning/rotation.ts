import type { PlainDate } from './plainDate';
import type { Venue } from './meeting';

export interface PastHost {
  date: PlainDate;
  /** The venue's name as the list shows it. */
  venueName: string;
}

export interface HostSuggestion {
  venue: Venue;
  /** The venue's last meeting, or null when it never hosted. */
  lastHosted: PlainDate | null;
}

/** Who hosts next: the venue that hosted least recently; those that never hosted first. */
export function suggestHost(venues: Venue[], past: PastHost[]): HostSuggestion | undefined {
  const last = new Map<string, PlainDate>();
  for (const { date, venueName } of past) {
    const key = venueName.trim().toLowerCase();
    if ((last.get(key) ?? '') < date) last.set(key, date);
  }
  const ranked = venues
    .map((venue) => ({ venue, lastHosted: last.get(venue.name.trim().toLowerCase()) ?? null }))
    .sort((a, b) => (a.lastHosted ?? '').localeCompare(b.lastHosted ?? '') || a.venue.name.localeCompare(b.venue.name));
  return ranked[0];
}
