import type { ActionItem, AgendaItem, AttendanceEntry, MeetingMinutes } from '../../domain/planning';

/** One change to the minutes, applied to the meeting's latest minutes. */
export type MinutesChange = (minutes: MeetingMinutes) => MeetingMinutes;

export type ActionPatch = Partial<Omit<ActionItem, 'id'>>;

function withoutKey<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The notes on an agenda item; empty notes are dropped. */
export const noteSet =
  (itemId: string, text: string): MinutesChange =>
  (m) => ({ ...m, notes: text ? { ...m.notes, [itemId]: text } : withoutKey(m.notes, itemId) });

export const decisionAdded =
  (id: string): MinutesChange =>
  (m) => ({ ...m, decisions: [...m.decisions, { id, text: '' }] });

export const decisionChanged =
  (id: string, text: string): MinutesChange =>
  (m) => ({ ...m, decisions: m.decisions.map((d) => (d.id === id ? { ...d, text } : d)) });

export const decisionRemoved =
  (id: string): MinutesChange =>
  (m) => ({ ...m, decisions: m.decisions.filter((d) => d.id !== id) });

export const actionAdded =
  (id: string): MinutesChange =>
  (m) => ({ ...m, actionItems: [...m.actionItems, { id, what: '', who: '' }] });

/** A changed action item; an emptied due date is dropped. */
export const actionChanged =
  (id: string, patch: ActionPatch): MinutesChange =>
  (m) => ({
    ...m,
    actionItems: m.actionItems.map((a) => {
      if (a.id !== id) return a;
      const next = { ...a, ...patch };
      return next.due ? next : withoutKey(next, 'due');
    }),
  });

export const actionRemoved =
  (id: string): MinutesChange =>
  (m) => ({ ...m, actionItems: m.actionItems.filter((a) => a.id !== id) });

/** Names that never trigger the privacy guard: those on the attendance list, the speaker, presenters. */
export function participantNamesOf(
  attendance: readonly AttendanceEntry[],
  speaker: string,
  agenda: readonly AgendaItem[],
): string[] {
  return [...attendance.map((entry) => entry.name), speaker, ...agenda.map((item) => item.presenter)].filter(Boolean);
}
