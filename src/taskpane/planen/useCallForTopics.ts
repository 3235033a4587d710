import { useState } from 'react';
import { toAppError } from '../../domain/appError';
import { type CallForTopicsMail, callForTopicsMail } from '../../domain/invitation/callForTopicsMail';
import { type CallForTopicsRecord, inviteDueDate, type Meeting, type PlainDate } from '../../domain/planning';
import {
  type CallForTopicsTiming,
  callForTopicsTiming,
  type DeadlineProblem,
  deadlineProblem,
  defaultRepliesDeadline,
} from '../../domain/planning/callForTopics';
import type { TeamSettings } from '../../domain/settings';
import type { Failed, Idle, Step } from '../hooks/asyncState';
import type { MeetingSession } from '../meeting/sessionModel';
import { useServices } from '../services';

/**
 * This session's call for topics: `review` (the mail shown before sending, its deadline editable),
 * `sending`, `sent` (`found`: the answer was lost and the mail is in Sent Items, so it was not sent
 * again), `failed` (not sent, or `unknown-outcome`: lost, and looking could not tell).
 */
export type CallForTopicsState =
  | Idle
  | Step<'review', { deadline: PlainDate | '' }>
  | Step<'sending', { deadline: PlainDate }>
  | Step<'sent', { at: string; found: boolean }>
  | Failed<'failed', { deadline: PlainDate }>;

export interface CallForTopicsModel {
  timing: CallForTopicsTiming;
  inviteDue: PlainDate;
  distributionList: string;
  /** That it went out (this pane, a colleague, an earlier session), or was tried with an unknown outcome. */
  record: CallForTopicsRecord | undefined;
  state: CallForTopicsState;
  /** The mail as it would go out now (in review: with the deadline chosen). */
  mail: CallForTopicsMail;
  problem: DeadlineProblem | 'missing' | undefined;
  prepare: () => void;
  setDeadline: (deadline: PlainDate | '') => void;
  cancel: () => void;
  send: () => void;
}

export interface CallForTopicsInput {
  meeting: Meeting;
  update: MeetingSession['update'];
  settings: Pick<TeamSettings, 'distributionList' | 'surveyLink' | 'callForTopicsWeeks'>;
  today: PlainDate;
}

/** The call for topics to the distribution list: reviewed, then sent once and recorded in the meeting. */
export function useCallForTopics({ meeting, update, settings, today }: CallForTopicsInput): CallForTopicsModel {
  const { gateway, clock } = useServices();
  const [state, setState] = useState<CallForTopicsState>({ status: 'idle' });
  const record = meeting.callForTopics;
  const chosen = 'deadline' in state && state.deadline ? state.deadline : defaultRepliesDeadline(meeting.date, today);
  const mail = callForTopicsMail({
    meeting,
    distributionList: settings.distributionList,
    deadline: chosen,
    surveyLink: settings.surveyLink,
  });
  const problem =
    state.status === 'review' && !state.deadline ? 'missing' : deadlineProblem(chosen, meeting.date, today);

  /** Recorded in the meeting at once (saved now), so no pane offers to send it again unasked. */
  const recordIt = (entry: CallForTopicsRecord) => update((m) => ({ ...m, callForTopics: entry }), { now: true });

  const deliver = async (deadline: PlainDate) => {
    const triedAt = record?.unconfirmed ? Date.parse(record.sentAt) : undefined;
    try {
      const result = await gateway.mail.sendCallForTopics(mail, triedAt);
      const at = result.outcome === 'found-in-sent-items' ? result.sentAt : clock.now().toISOString();
      recordIt({ sentAt: at, deadline });
      setState({ status: 'sent', at, found: result.outcome !== 'sent' });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'unknown-outcome')
        recordIt({ sentAt: clock.now().toISOString(), deadline, unconfirmed: true });
      setState({ status: 'failed', error: appError, deadline });
    }
  };

  return {
    timing: callForTopicsTiming(meeting.date, settings.callForTopicsWeeks, today),
    inviteDue: inviteDueDate(meeting.date),
    distributionList: settings.distributionList,
    record,
    state,
    mail,
    problem,
    prepare: () => setState({ status: 'review', deadline: defaultRepliesDeadline(meeting.date, today) }),
    setDeadline: (deadline) => setState({ status: 'review', deadline }),
    cancel: () => setState({ status: 'idle' }),
    send: () => {
      if (problem || state.status === 'sending') return;
      setState({ status: 'sending', deadline: chosen });
      void deliver(chosen);
    },
  };
}
