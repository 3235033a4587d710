import { useCallback, useMemo, useState } from 'react';
import {
  emptyMinutes,
  finalizeMinutes,
  isFinal,
  type MinutesField,
  type MinutesProblem,
  minutesProblems,
  reopenMinutes,
} from '../../domain/minutes';
import type { ActionItem, MeetingMinutes } from '../../domain/planning';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import { writeMinutes } from './minutesEditing';

export type ActionPatch = Partial<Omit<ActionItem, 'id'>>;

export interface MinutesModel {
  minutes: MeetingMinutes;
  final: boolean;
  /** Names that never trigger the privacy guard: those on the attendance list, the speaker, presenters. */
  participantNames: string[];
  problems: MinutesProblem[];
  /** The German message for a line's field, once the user has left a line added in this session. */
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
  /** Any change to the minutes (marks the meeting held). */
  write: (change: (minutes: MeetingMinutes) => MeetingMinutes) => void;
  finalize: () => void;
  reopen: () => void;
}

function withoutKey<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Protokoll's use case for the written part: notes per agenda item, decisions and action items, and
 * final / reopened. Every change goes through the meeting's `update` (kept on this device at once,
 * saved to SharePoint shortly after). Nothing is written while the minutes are final.
 */
export function useMinutes(model: PlanningModel): MinutesModel {
  const { meeting, update, newId } = model;
  const { clock } = useServices();
  const final = isFinal(meeting);
  const minutes = meeting.minutes ?? emptyMinutes();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const problems = useMemo(() => minutesProblems(meeting), [meeting]);

  const participantNames = useMemo(
    () =>
      [
        ...(meeting.minutes?.attendance ?? []).map((entry) => entry.name),
        meeting.speaker.name,
        ...meeting.agenda.map((item) => item.presenter),
      ].filter(Boolean),
    [meeting.minutes?.attendance, meeting.speaker.name, meeting.agenda],
  );

  const write = useCallback(
    (change: (current: MeetingMinutes) => MeetingMinutes) => {
      if (final) return;
      update((m) => writeMinutes(m, change));
    },
    [final, update],
  );

  const added = (id: string) => setFresh((set) => new Set(set).add(id));
  const leave = useCallback(
    (id: string) =>
      setFresh((set) => {
        if (!set.has(id)) return set;
        const next = new Set(set);
        next.delete(id);
        return next;
      }),
    [],
  );

  const problemFor = (field: MinutesField, id: string) =>
    fresh.has(id) ? undefined : problems.find((p) => p.field === field && p.id === id)?.message;

  return {
    minutes,
    final,
    participantNames,
    problems,
    problemFor,
    leave,
    write,
    setNote: (itemId, text) =>
      write((m) => ({ ...m, notes: text ? { ...m.notes, [itemId]: text } : withoutKey(m.notes, itemId) })),
    addDecision: () => {
      const id = newId();
      added(id);
      write((m) => ({ ...m, decisions: [...m.decisions, { id, text: '' }] }));
      return id;
    },
    changeDecision: (id, text) =>
      write((m) => ({ ...m, decisions: m.decisions.map((d) => (d.id === id ? { ...d, text } : d)) })),
    removeDecision: (id) => write((m) => ({ ...m, decisions: m.decisions.filter((d) => d.id !== id) })),
    addAction: () => {
      const id = newId();
      added(id);
      write((m) => ({ ...m, actionItems: [...m.actionItems, { id, what: '', who: '' }] }));
      return id;
    },
    changeAction: (id, patch) =>
      write((m) => ({
        ...m,
        actionItems: m.actionItems.map((a) => {
          if (a.id !== id) return a;
          const next = { ...a, ...patch };
          return next.due ? next : withoutKey(next, 'due');
        }),
      })),
    removeAction: (id) => write((m) => ({ ...m, actionItems: m.actionItems.filter((a) => a.id !== id) })),
    finalize: () => update((m) => finalizeMinutes(m, clock.now().toISOString()), { now: true }),
    reopen: () => update(reopenMinutes, { now: true }),
  };
}
