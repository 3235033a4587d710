import { invitationReminder } from '../../domain/invitation';
import { type ItemRef, itemRefOf, type ListedMeeting } from '../../domain/lists';
import { nextMeetingFrom } from '../../domain/minutes';
import type { Meeting, PlainDate } from '../../domain/planning';
import type { Failed, Idle, Step } from '../hooks/asyncState';

/** The list item, or the To Do reminder. */
export type Recovered = 'meeting' | 'reminder';

/**
 * Creating the next meeting: the To Do reminder for its invitation first, then its list item, which
 * records that the reminder exists (so holding its date later adds no second one).
 */
export type NextMeetingState =
  | Idle
  | Step<'creating' | 'exists', { date: PlainDate }>
  | Step<
      'created',
      {
        date: PlainDate;
        due: PlainDate;
        movedFrom?: PlainDate;
        /** Whose answer was lost and which was found by looking (made once, not twice): said once. */
        recovered?: Recovered[];
      }
    >
  | Failed<'create-failed' | 'reminder-failed', { date: PlainDate }>;

/** A next meeting made, moved or attempted in this session: saved in the list, its reminder in To Do. */
export interface Attempt {
  next: Meeting;
  saved: boolean;
  reminded: boolean;
  /** Its list item, once known: a later change of date moves it instead of making another. */
  ref?: ItemRef;
  /** The date it was planned for before it was moved here. */
  movedFrom?: PlainDate;
}

/** The meetings created in this session (or attempted), by date, so a retry never makes a second one. */
export type Attempts = Readonly<Record<PlainDate, Attempt>>;

/** The outcome said once the meeting is in the list (and its reminder in To Do). */
export function createdState(date: PlainDate, movedFrom?: PlainDate, recovered: Recovered[] = []): NextMeetingState {
  return {
    status: 'created',
    date,
    due: invitationReminder(date).dueDate,
    ...(movedFrom ? { movedFrom } : {}),
    ...(recovered.length > 0 ? { recovered } : {}),
  };
}

/** The date it had before, without the record of that date's reminder: the moved meeting needs its own. */
function movedTo(next: Meeting, date: PlainDate): Meeting {
  const invitation = { ...next.invitation };
  delete invitation.reminderAddedAt;
  return { ...next, date, ...(Object.keys(invitation).length > 0 ? { invitation } : {}) };
}

/** The planned meeting made for an earlier fixed date (in this session, or found in the list). */
function plannedFor(date: PlainDate, attempts: Attempts, meetings: readonly ListedMeeting[]): Attempt | undefined {
  const made = attempts[date];
  if (made?.saved && made.ref) return made;
  const listed = meetings.find((m) => m.date === date && m.status === 'geplant' && m.meeting);
  if (!listed?.meeting || listed.meeting.invitation?.eventId) return undefined;
  return { next: listed.meeting, saved: true, reminded: true, ref: itemRefOf(listed) };
}

/** What fixing a date asks for. */
export type NextStep =
  /** The meeting planned for the date fixed before moves to this one (never a second planned meeting). */
  | { kind: 'move'; from: PlainDate; attempt: Attempt }
  /** Made in this session already. */
  | { kind: 'done' }
  /** The list has a meeting on that day that this session did not make: none is added. */
  | { kind: 'exists' }
  | { kind: 'create'; attempt: Attempt; retried: boolean }
  /** The next meeting cannot be made for that date (German, from the domain). */
  | { kind: 'refused'; message: string };

export interface StepContext {
  meeting: Meeting;
  meetings: readonly ListedMeeting[];
  attempts: Attempts;
  newId: () => string;
}

/** The step for a valid date, given the date fixed before it (if any) and what this session made. */
export function nextStep(date: PlainDate, before: PlainDate | undefined, context: StepContext): NextStep {
  const { attempts, meetings, newId } = context;
  const from = before && before !== date && !attempts[date] ? before : undefined;
  const planned = from ? plannedFor(from, attempts, meetings) : undefined;
  if (from && planned) {
    const moving: Attempt = { next: movedTo(planned.next, date), saved: false, reminded: false, movedFrom: from };
    return { kind: 'move', from, attempt: planned.ref ? { ...moving, ref: planned.ref } : moving };
  }
  const attempt = attempts[date];
  if (attempt?.saved) return { kind: 'done' };
  if (attempt) return { kind: 'create', attempt, retried: true };
  if (meetings.some((m) => m.date === date && m.status !== 'abgesagt')) return { kind: 'exists' };
  const result = nextMeetingFrom(context.meeting, date, { id: newId(), newId });
  if (!result.ok) return { kind: 'refused', message: result.message };
  return { kind: 'create', attempt: { next: result.meeting, saved: false, reminded: false }, retried: false };
}
