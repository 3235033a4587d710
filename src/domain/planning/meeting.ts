import { type NewId, standardAgenda } from './agenda';
import type { Meeting, Speaker, Venue } from './meetingTypes';
import type { PlainDate } from './plainDate';

export const SLOT_MINUTES = 180;

export function meetingTitle(date: PlainDate, formatDate: (d: PlainDate) => string): string {
  return `Vernetzungstreffen der Ehrenamtskoordination – ${formatDate(date)}`;
}

/** The slot the meeting is booked for; three hours unless set. */
export function meetingDuration(meeting: Pick<Meeting, 'durationMinutes'>): number {
  return meeting.durationMinutes ?? SLOT_MINUTES;
}

export interface NewMeetingOptions {
  id: string;
  date: PlainDate;
  /** Ids for the agenda items. */
  newId: NewId;
  startTime?: string;
  venue?: Venue;
  speaker?: Speaker;
}

/** A planned meeting with the standard agenda; 15:00 to 18:00 unless told otherwise. */
export function newMeeting(options: NewMeetingOptions): Meeting {
  return {
    id: options.id,
    date: options.date,
    startTime: options.startTime ?? '15:00',
    status: 'geplant',
    ...(options.venue ? { venue: options.venue } : {}),
    speaker: options.speaker ?? { name: '', organisation: '', topic: '' },
    agenda: standardAgenda(options.newId),
    adoptedSuggestions: [],
  };
}

/**
 * A random (version 4) UUID from an injected source of numbers in [0, 1), so the domain needs no
 * crypto import and tests can be repeatable. Pass `Math.random` only where guessable ids do no harm;
 * the pane passes a source backed by `crypto.getRandomValues`.
 */
export function uuidFromRandom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16) & 15);
  hex[12] = 4;
  hex[16] = ((hex[16] ?? 0) & 3) | 8;
  const s = hex.map((n) => n.toString(16)).join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function plannedMinutes(meeting: Pick<Meeting, 'agenda'>): number {
  return meeting.agenda.reduce((sum, item) => sum + item.minutes, 0);
}
