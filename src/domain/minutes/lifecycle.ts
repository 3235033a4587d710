/**
 * The minutes' part of the meeting's life: empty minutes, the next meeting fixed at the end, final
 * (protokolliert, read-only in the pane) and reopened.
 */
import { type Meeting, type MeetingMinutes, type NewId, newMeeting, type PlainDate } from '../planning';
import { nextMeetingDateProblem } from './validation';

export function emptyMinutes(): MeetingMinutes {
  return { notes: {}, decisions: [], actionItems: [], attendance: [] };
}

export interface NextMeetingIds {
  /** The new meeting's id. */
  id: string;
  /** Ids for its agenda items. */
  newId: NewId;
}

export type NextMeetingResult = { ok: true; meeting: Meeting } | { ok: false; message: string };

/**
 * The meeting planned for the date fixed at this one: status geplant, the standard agenda, 15:00.
 * Its invitation reminder follows from its date like any planned meeting's.
 */
export function nextMeetingFrom(meeting: Meeting, date: PlainDate, ids: NextMeetingIds): NextMeetingResult {
  const problem = nextMeetingDateProblem(meeting, date);
  if (problem) return { ok: false, message: problem };
  return { ok: true, meeting: newMeeting({ id: ids.id, date, newId: ids.newId }) };
}

/** Final minutes are read-only in the pane until reopened. */
export function isFinal(meeting: Meeting): boolean {
  return meeting.minutes?.final !== undefined;
}

/** Marks the minutes final (status protokolliert) at the ISO instant `at`. */
export function finalizeMinutes(meeting: Meeting, at: string): Meeting {
  const minutes = meeting.minutes ?? emptyMinutes();
  return { ...meeting, status: 'protokolliert', minutes: { ...minutes, final: { at } } };
}

/** After the user confirmed: editable again, status back to durchgeführt. */
export function reopenMinutes(meeting: Meeting): Meeting {
  if (!meeting.minutes) return meeting;
  const minutes = { ...meeting.minutes };
  delete minutes.final;
  return { ...meeting, status: 'durchgeführt', minutes };
}
