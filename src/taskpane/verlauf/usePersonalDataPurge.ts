import { useState } from 'react';
import type { ListedMeeting } from '../../domain/lists';
import { retentionMonthsOf } from '../../domain/personalData';
import type { PlainDate } from '../../domain/planning';
import { useMeeting } from '../meeting/MeetingContext';
import { useServices } from '../services';
import { type PurgeContext, purgeMeeting, type PurgeResult, type PurgeScope, purgeScope } from './purgeMeetings';

/** Whether the pane can say which meetings are old: the session is still opening, the settings are unread, or ready. */
export type PurgeAvailability =
  { status: 'waiting' } | { status: 'settingsUnread' } | { status: 'ready'; scope: PurgeScope };

/** One meeting after the other: idle, working (with progress) or finished (with what became of each). */
export type PurgeState =
  | { status: 'idle' }
  | { status: 'working'; done: number; total: number; current: PlainDate }
  | { status: 'finished'; results: PurgeResult[] };

export interface PersonalDataPurge {
  availability: PurgeAvailability;
  state: PurgeState;
  /** Starts removing (after the user confirmed); nothing while it runs. */
  start: () => void;
}

const settled = (result: PurgeResult) => result.outcome.kind === 'purged' || result.outcome.kind === 'clean';

/**
 * Verlauf: removes the names and addresses of the meetings older than the team's storage period, one
 * at a time, each saved with If-Match; a conflict or failure on one is noted and the next one follows.
 * `onFinished` runs once all were tried (the overview reads the list again).
 */
export function usePersonalDataPurge(onFinished: () => void): PersonalDataPurge {
  const { gateway } = useServices();
  const { state: session } = useMeeting();
  const [state, setState] = useState<PurgeState>({ status: 'idle' });
  const [cleaned, setCleaned] = useState<ReadonlySet<string>>(new Set());
  if (session.status !== 'ready') return { availability: { status: 'waiting' }, state, start: () => undefined };
  const model = session.value;
  if (model.settingsUnread) return { availability: { status: 'settingsUnread' }, state, start: () => undefined };

  const scope = purgeScope(model.meetings, retentionMonthsOf(model.settings), model.today, cleaned);
  const context: PurgeContext = {
    planning: gateway.planning,
    filing: {
      budgetPerMeetingCents: model.settings.budgetPerMeetingCents,
      namesInMinutes: model.settings.namesInMinutes,
    },
    openMeetingId: model.meeting.id,
  };

  const run = async (candidates: ListedMeeting[]) => {
    const results: PurgeResult[] = [];
    for (const [done, listed] of candidates.entries()) {
      setState({ status: 'working', done, total: candidates.length, current: listed.date });
      results.push({ itemId: listed.itemId, date: listed.date, outcome: await purgeMeeting(listed, context) });
    }
    setCleaned((before) => new Set([...before, ...results.filter(settled).map((result) => result.itemId)]));
    setState({ status: 'finished', results });
    onFinished();
  };

  return {
    availability: { status: 'ready', scope },
    state,
    start: () => {
      if (state.status !== 'working' && scope.candidates.length > 0) void run(scope.candidates);
    },
  };
}
