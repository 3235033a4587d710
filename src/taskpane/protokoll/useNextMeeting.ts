import { useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { invitationReminder, withInvitationReminder } from '../../domain/invitation';
import { nextMeetingDateProblem, nextMeetingFrom } from '../../domain/minutes';
import { isPlainDate, type Meeting, type PlainDate } from '../../domain/planning';
import type { ItemRef } from '../../graph/planningGateway';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import { protokollStrings } from './protokollStrings';
import type { MinutesModel } from './useMinutes';

const strings = protokollStrings.next;

/**
 * Creating the next meeting: the To Do reminder for its invitation first, then its list item, which
 * records that the reminder exists (so holding its date later adds no second one).
 */
export type NextMeetingState =
  | { status: 'idle' }
  | { status: 'creating'; date: PlainDate }
  | {
      status: 'created';
      date: PlainDate;
      due: PlainDate;
      movedFrom?: PlainDate;
      /** Whose answer was lost and which was found by looking (made once, not twice): said once. */
      recovered?: Recovered[];
    }
  | { status: 'exists'; date: PlainDate }
  | { status: 'create-failed'; date: PlainDate; error: AppError }
  | { status: 'reminder-failed'; date: PlainDate; error: AppError };

/** The list item, or the To Do reminder. */
export type Recovered = 'meeting' | 'reminder';

export interface NextMeetingModel {
  state: NextMeetingState;
  /** Why the typed date cannot be taken (German), after a confirm. */
  problem: string | undefined;
  /** Says whether the date was taken (a problem shows otherwise). */
  confirm: (date: string) => boolean;
  /** After a failure: the missing step again (never a second list item, never a second reminder). */
  retry: () => void;
}

/** A next meeting made, moved or attempted in this session: saved in the list, its reminder in To Do. */
interface Attempt {
  next: Meeting;
  saved: boolean;
  reminded: boolean;
  /** Its list item, once known: a later change of date moves it instead of making another. */
  ref?: ItemRef;
  /** The date it was planned for before it was moved here. */
  movedFrom?: PlainDate;
}

/** The date it had before, without the record of that date's reminder: the moved meeting needs its own. */
function movedTo(next: Meeting, date: PlainDate): Meeting {
  const invitation = { ...next.invitation };
  delete invitation.reminderAddedAt;
  return { ...next, date, ...(Object.keys(invitation).length > 0 ? { invitation } : {}) };
}

/**
 * Fixing the next meeting's date at the end of this one: stored in the minutes, and the next meeting
 * created as planned (standard agenda) with a reminder on its invitation due date at 09:00. The pane
 * stays on this meeting.
 */
export function useNextMeeting(model: PlanningModel, minutes: MinutesModel): NextMeetingModel {
  const { gateway, clock } = useServices();
  const { meeting, meetings, newId } = model;
  const [state, setState] = useState<NextMeetingState>({ status: 'idle' });
  const [problem, setProblem] = useState<string>();
  /** The meetings created in this session (or attempted), by date, so a retry never makes a second one. */
  const [attempts, setAttempts] = useState<Record<PlainDate, Attempt>>({});

  const created = (date: PlainDate, movedFrom?: PlainDate, recovered: Recovered[] = []): NextMeetingState => ({
    status: 'created',
    date,
    due: invitationReminder(date).dueDate,
    ...(movedFrom ? { movedFrom } : {}),
    ...(recovered.length > 0 ? { recovered } : {}),
  });

  /** The planned meeting made for an earlier fixed date (in this session, or found in the list). */
  const plannedFor = (date: PlainDate): Attempt | undefined => {
    const made = attempts[date];
    if (made?.saved && made.ref) return made;
    const listed = meetings.find((m) => m.date === date && m.status === 'geplant' && m.meeting);
    if (!listed?.meeting || listed.meeting.invitation?.eventId) return undefined;
    return { next: listed.meeting, saved: true, reminded: true, ref: { itemId: listed.itemId, etag: listed.etag } };
  };

  /** After the list item is in: the reminder that failed before it (not recorded in the item then). */
  const addReminder = async (date: PlainDate) => {
    try {
      const added = await gateway.reminders.addReminder(invitationReminder(date));
      setAttempts((a) => (a[date] ? { ...a, [date]: { ...a[date], reminded: true } } : a));
      setState(created(date, attempts[date]?.movedFrom, added.recovered ? ['reminder'] : []));
    } catch (error) {
      setState({ status: 'reminder-failed', date, error: toAppError(error) });
    }
  };

  const create = async (date: PlainDate, attempt: Attempt, retried: boolean) => {
    setState({ status: 'creating', date });
    let { next, reminded } = attempt;
    let reminderError: AppError | undefined;
    const recovered: Recovered[] = [];
    if (!reminded) {
      try {
        const added = await gateway.reminders.addReminder(invitationReminder(date));
        if (added.recovered) recovered.push('reminder');
        next = withInvitationReminder(next, clock.now().toISOString());
        reminded = true;
      } catch (error) {
        reminderError = toAppError(error);
      }
    }
    const { movedFrom } = attempt;
    let ref = attempt.ref;
    try {
      // A create whose answer was lost may have made the item: look before creating again.
      const found = retried && !ref ? await gateway.planning.findMeeting(next.id) : undefined;
      const saved = found ? undefined : await gateway.planning.saveMeeting(next, ref);
      const item = found ?? saved;
      if (item) ref = { itemId: item.itemId, etag: item.etag };
      if (found || saved?.recovered) recovered.unshift('meeting');
      setAttempts((a) => ({ ...a, [date]: { next, saved: true, reminded, ref, ...(movedFrom ? { movedFrom } : {}) } }));
    } catch (error) {
      setAttempts((a) => ({ ...a, [date]: { ...attempt, next, saved: false, reminded } }));
      setState({ status: 'create-failed', date, error: toAppError(error) });
      return;
    }
    setState(
      reminderError ? { status: 'reminder-failed', date, error: reminderError } : created(date, movedFrom, recovered),
    );
  };

  const confirm = (text: string) => {
    const date = text.trim();
    const why = isPlainDate(date) ? nextMeetingDateProblem(meeting, date) : strings.dateMissing;
    setProblem(why);
    if (why) return false;
    const before = minutes.minutes.nextMeetingDate;
    minutes.write((m) => ({ ...m, nextMeetingDate: date }));
    // A changed date moves the meeting planned for the old one (never a second planned meeting).
    const from = before && before !== date && !attempts[date] ? before : undefined;
    const planned = from ? plannedFor(from) : undefined;
    if (from && planned) {
      setAttempts((a) => {
        const rest = { ...a };
        delete rest[from];
        return rest;
      });
      const moving: Attempt = { next: movedTo(planned.next, date), saved: false, reminded: false, movedFrom: from };
      void create(date, planned.ref ? { ...moving, ref: planned.ref } : moving, false);
      return true;
    }
    const attempt = attempts[date];
    if (attempt?.saved) return true;
    if (!attempt && meetings.some((m) => m.date === date && m.status !== 'abgesagt')) {
      setState({ status: 'exists', date });
      return true;
    }
    if (attempt) {
      void create(date, attempt, true);
      return true;
    }
    const result = nextMeetingFrom(meeting, date, { id: newId(), newId });
    if (!result.ok) {
      setProblem(result.message);
      return false;
    }
    void create(date, { next: result.meeting, saved: false, reminded: false }, false);
    return true;
  };

  const retry = () => {
    if (state.status === 'reminder-failed') void addReminder(state.date);
    const attempt = state.status === 'create-failed' ? attempts[state.date] : undefined;
    if (state.status === 'create-failed' && attempt) void create(state.date, attempt, true);
  };

  return { state, problem, confirm, retry };
}
