import type { PlainDate } from './plainDate';
import type { Venue } from './meetingTypes';

export interface PastHost {
  date: PlainDate;
  /** The venue's name as the list shows it; used when the meeting carries no venue id. */
  venueName: string;
  /** The venue's id, where the meeting stored one; it wins over the name (names get edited). */
  venueId?: string;
}

export interface HostSuggestion {
  venue: Venue;
  /** The venue's last meeting, or null when it never hosted. */
  lastHosted: PlainDate | null;
}

const nameKey = (name: string) => name.trim().toLowerCase();

function lastHostedOf(venue: Venue, past: PastHost[]): PlainDate | null {
  let last: PlainDate | null = null;
  for (const host of past) {
    const same = host.venueId ? host.venueId === venue.id : nameKey(host.venueName) === nameKey(venue.name);
    if (same && (last === null || host.date > last)) last = host.date;
  }
  return last;
}

/** Every venue with its last meeting: those that never hosted first, then least recently, then by name. */
export function hostRotation(venues: Venue[], past: PastHost[]): HostSuggestion[] {
  return venues
    .map((venue) => ({ venue, lastHosted: lastHostedOf(venue, past) }))
    .sort((a, b) => (a.lastHosted ?? '').localeCompare(b.lastHosted ?? '') || a.venue.name.localeCompare(b.venue.name));
}

/** Who hosts next: the venue that hosted least recently; those that never hosted first. */
export function suggestHost(venues: Venue[], past: PastHost[]): HostSuggestion | undefined {
  return hostRotation(venues, past)[0];
}
