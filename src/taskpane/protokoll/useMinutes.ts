import { useCallback, useMemo } from 'react';
import {
  emptyMinutes,
  finalizeMinutes,
  isFinal,
  withActionTodo,
  type MinutesField,
  type MinutesProblem,
  minutesProblems,
  reopenMinutes,
} from '../../domain/minutes';
import type { MeetingMinutes, PlainDate } from '../../domain/planning';
import { useLocalized } from '../i18n/localized';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import {
  type ActionPatch,
  actionAdded,
  actionChanged,
  actionRemoved,
  decisionAdded,
  decisionChanged,
  decisionRemoved,
  type MinutesChange,
  noteSet,
  participantNamesOf,
} from './minutesChanges';
import { minutesCheckStrings } from './minutesCheckStrings';
import { writeMinutes } from './minutesEditing';
import { useFreshLines } from './useFreshLines';

export interface MinutesModel {
  minutes: MeetingMinutes;
  final: boolean;
  /** Names that never trigger the privacy guard: those on the attendance list, the speaker, presenters. */
  participantNames: string[];
  problems: MinutesProblem[];
  /** The message for a line's field (in the pane's language), once the user has left a line added in this session. */
  problemFor: (field: MinutesField, id: string) => string | undefined;
  /** The user left a line's field: its problems may show now. */
  leave: (id: string) => void;
  setNote: (itemId: string, text: string) => void;
  addDecision: () => string;
  changeDecision: (id: string, text: string) => void;
  removeDecision: (id: string) => void;
  addAction: () => string;
  changeAction: (id: string, patch: ActionPatch) => void;
  removeAction: (id: string) => void;
  /** The meeting's day (named in an action's task in Microsoft To Do). */
  date: PlainDate;
  /** Records that an action was made in Microsoft To Do (on record at once, so it is never offered again). */
  recordTodo: (id: string, taskId?: string) => void;
  /** Any change to the minutes (marks the meeting held). */
  write: (change: MinutesChange) => void;
  finalize: () => void;
  reopen: () => void;
}

/**
 * The minutes' use case for the written part: notes per agenda item, decisions and action items, and
 * final / reopened. Every change goes through the meeting's `update` (kept on this device at once,
 * saved to SharePoint shortly after). Nothing is written while the minutes are final.
 */
export function useMinutes(model: PlanningModel): MinutesModel {
  const { meeting, update, newId } = model;
  const { clock } = useServices();
  const final = isFinal(meeting);
  const fresh = useFreshLines();
  const messages = useLocalized(minutesCheckStrings).problems;
  const problems = useMemo(() => minutesProblems(meeting, messages), [meeting, messages]);
  const attendance = meeting.minutes?.attendance;
  const { speaker, agenda } = meeting;
  const participantNames = useMemo(
    () => participantNamesOf(attendance ?? [], speaker.name, agenda),
    [attendance, speaker.name, agenda],
  );
  const write = useCallback(
    (change: MinutesChange) => {
      if (!final) update((m) => writeMinutes(m, change));
    },
    [final, update],
  );
  const addLine = (change: (id: string) => MinutesChange) => {
    const id = newId();
    fresh.added(id);
    write(change(id));
    return id;
  };
  return {
    minutes: meeting.minutes ?? emptyMinutes(),
    final,
    participantNames,
    problems,
    problemFor: (field, id) =>
      fresh.isFresh(id) ? undefined : problems.find((p) => p.field === field && p.id === id)?.message,
    leave: fresh.leave,
    write,
    setNote: (itemId, text) => write(noteSet(itemId, text)),
    addDecision: () => addLine(decisionAdded),
    changeDecision: (id, text) => write(decisionChanged(id, text)),
    removeDecision: (id) => write(decisionRemoved(id)),
    addAction: () => addLine(actionAdded),
    changeAction: (id, patch) => write(actionChanged(id, patch)),
    removeAction: (id) => write(actionRemoved(id)),
    date: meeting.date,
    recordTodo: (id, taskId) =>
      update((m) => writeMinutes(m, (mins) => withActionTodo(mins, id, clock.now().toISOString(), taskId)), {
        now: true,
      }),
    finalize: () => update((m) => finalizeMinutes(m, clock.now().toISOString()), { now: true }),
    reopen: () => update(reopenMinutes, { now: true }),
  };
}
