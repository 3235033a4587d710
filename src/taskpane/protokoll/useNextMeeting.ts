import { useState } from 'react';
import { nextMeetingDateProblem } from '../../domain/minutes';
import { isPlainDate, type PlainDate } from '../../domain/planning';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import { type Attempt, type Attempts, type NextMeetingState, nextStep } from './nextMeetingAttempts';
import { addMissingReminder, createNextMeeting } from './nextMeetingSteps';
import { useLocalized } from '../i18n/localized';
import { minutesCheckStrings } from './minutesCheckStrings';
import { protokollStrings } from './protokollStrings';
import type { MinutesModel } from './useMinutes';

export interface NextMeetingModel {
  state: NextMeetingState;
  /** Why the typed date cannot be taken (German), after a confirm. */
  problem: string | undefined;
  /** Says whether the date was taken (a problem shows otherwise). */
  confirm: (date: string) => boolean;
  /** After a failure: the missing step again (never a second list item, never a second reminder). */
  retry: () => void;
}

const without = (attempts: Attempts, date: PlainDate): Attempts => {
  const rest = { ...attempts };
  delete rest[date];
  return rest;
};

/**
 * Fixing the next meeting's date at the end of this one: stored in the minutes, and the next meeting
 * created as planned (standard agenda) with a reminder on its invitation due date at 09:00. The pane
 * stays on this meeting.
 */
export function useNextMeeting(model: PlanningModel, minutes: MinutesModel): NextMeetingModel {
  const strings = useLocalized(protokollStrings).next;
  const checks = useLocalized(minutesCheckStrings);
  const services = useServices();
  const { meeting, meetings, newId } = model;
  const [state, setState] = useState<NextMeetingState>({ status: 'idle' });
  const [problem, setProblem] = useState<string>();
  const [attempts, setAttempts] = useState<Attempts>({});

  const create = async (date: PlainDate, attempt: Attempt, retried: boolean) => {
    setState({ status: 'creating', date });
    const result = await createNextMeeting(services, date, attempt, retried);
    setAttempts((a) => ({ ...a, [date]: result.attempt }));
    setState(result.state);
  };

  const addReminder = async (date: PlainDate) => {
    const result = await addMissingReminder(services, date, attempts[date]?.movedFrom);
    if (result.reminded) setAttempts((a) => (a[date] ? { ...a, [date]: { ...a[date], reminded: true } } : a));
    setState(result.state);
  };

  const take = (date: PlainDate): boolean => {
    const before = minutes.minutes.nextMeetingDate;
    minutes.write((m) => ({ ...m, nextMeetingDate: date }));
    const step = nextStep(date, before, { meeting, meetings, attempts, newId });
    if (step.kind === 'move') setAttempts((a) => without(a, step.from));
    if (step.kind === 'move' || step.kind === 'create')
      void create(date, step.attempt, step.kind === 'create' && step.retried);
    if (step.kind === 'exists') setState({ status: 'exists', date });
    if (step.kind === 'refused') setProblem(step.message);
    return step.kind !== 'refused';
  };

  const confirm = (text: string) => {
    const date = text.trim();
    const why = isPlainDate(date) ? nextMeetingDateProblem(meeting, date, checks.problems) : strings.dateMissing;
    setProblem(why);
    return why ? false : take(date);
  };

  const retry = () => {
    if (state.status === 'reminder-failed') void addReminder(state.date);
    const attempt = state.status === 'create-failed' ? attempts[state.date] : undefined;
    if (state.status === 'create-failed' && attempt) void create(state.date, attempt, true);
  };

  return { state, problem, confirm, retry };
}
