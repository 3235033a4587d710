import { useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { nextMeetingDateProblem, nextMeetingFrom } from '../../domain/minutes';
import { inviteDueDate, isPlainDate, type Meeting, type PlainDate } from '../../domain/planning';
import type { PlanningModel } from '../planen/planningModel';
import { useServices } from '../services';
import { protokollStrings } from './protokollStrings';
import type { MinutesModel } from './useMinutes';

const strings = protokollStrings.next;

/** Creating the next meeting: its list item first, then the To Do reminder for its invitation. */
export type NextMeetingState =
  | { status: 'idle' }
  | { status: 'creating'; date: PlainDate }
  | { status: 'created'; date: PlainDate; due: PlainDate }
  | { status: 'exists'; date: PlainDate }
  | { status: 'create-failed'; date: PlainDate; error: AppError }
  | { status: 'reminder-failed'; date: PlainDate; error: AppError };

export interface NextMeetingModel {
  state: NextMeetingState;
  /** Why the typed date cannot be taken (German), after a confirm. */
  problem: string | undefined;
  /** Says whether the date was taken (a problem shows otherwise). */
  confirm: (date: string) => boolean;
  /** After a failure: the missing step again (never a second list item). */
  retry: () => void;
}

/**
 * Fixing the next meeting's date at the end of this one: stored in the minutes, and the next meeting
 * created as planned (standard agenda) with a reminder on its invitation due date at 09:00. The pane
 * stays on this meeting.
 */
export function useNextMeeting(model: PlanningModel, minutes: MinutesModel): NextMeetingModel {
  const { gateway } = useServices();
  const { meeting, meetings, newId } = model;
  const [state, setState] = useState<NextMeetingState>({ status: 'idle' });
  const [problem, setProblem] = useState<string>();
  /** The meetings created in this session (or attempted), by date, so a retry never makes a second one. */
  const [attempts, setAttempts] = useState<Record<PlainDate, { next: Meeting; saved: boolean }>>({});

  const addReminder = async (date: PlainDate) => {
    const due = inviteDueDate(date);
    try {
      await gateway.reminders.addReminder({
        title: strings.reminderTitle(date),
        body: strings.reminderBody,
        dueDate: due,
      });
      setState({ status: 'created', date, due });
    } catch (error) {
      setState({ status: 'reminder-failed', date, error: toAppError(error) });
    }
  };

  const create = async (date: PlainDate, next: Meeting) => {
    setState({ status: 'creating', date });
    try {
      // A create whose answer was lost may have made the item: look before creating again.
      const found = attempts[date] ? await gateway.planning.findMeeting(next.id) : undefined;
      if (!found) await gateway.planning.saveMeeting(next, undefined);
      setAttempts((a) => ({ ...a, [date]: { next, saved: true } }));
    } catch (error) {
      setAttempts((a) => ({ ...a, [date]: { next, saved: false } }));
      setState({ status: 'create-failed', date, error: toAppError(error) });
      return;
    }
    await addReminder(date);
  };

  const confirm = (text: string) => {
    const date = text.trim();
    const why = isPlainDate(date) ? nextMeetingDateProblem(meeting, date) : strings.dateMissing;
    setProblem(why);
    if (why) return false;
    minutes.write((m) => ({ ...m, nextMeetingDate: date }));
    const attempt = attempts[date];
    if (attempt?.saved) return true;
    if (!attempt && meetings.some((m) => m.date === date && m.status !== 'abgesagt')) {
      setState({ status: 'exists', date });
      return true;
    }
    const result = attempt
      ? { ok: true as const, meeting: attempt.next }
      : nextMeetingFrom(meeting, date, { id: newId(), newId });
    if (!result.ok) {
      setProblem(result.message);
      return false;
    }
    void create(date, result.meeting);
    return true;
  };

  const retry = () => {
    if (state.status === 'reminder-failed') void addReminder(state.date);
    const attempt = state.status === 'create-failed' ? attempts[state.date] : undefined;
    if (state.status === 'create-failed' && attempt) void create(state.date, attempt.next);
  };

  return { state, problem, confirm, retry };
}
