import type { Reply } from '../../domain/invitation';
import type { ListedMeeting } from '../../domain/lists';
import { emptyMinutes, prefillAttendance } from '../../domain/minutes';
import type { AttendeeReply, Meeting, MeetingMinutes, PlainDate } from '../../domain/planning';

/** Meetings the add-in keeps minutes for: invited, held or filed. */
const HELD = new Set(['eingeladen', 'durchgeführt', 'protokolliert']);

/** Minutes are written on the meeting day or after it; a cancelled meeting has none. */
export function minutesPossible(meeting: Meeting, today: PlainDate): boolean {
  return meeting.status !== 'abgesagt' && meeting.date <= today;
}

/** The most recent meeting of the list that took place (up to today) and carries the add-in's data. */
export function lastHeldMeeting(meetings: readonly ListedMeeting[], today: PlainDate): ListedMeeting | undefined {
  return meetings
    .filter((m) => m.meeting && HELD.has(m.status) && m.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/**
 * A change to the minutes; the first one marks the meeting as held (durchgeführt) when it was only
 * planned or invited.
 */
export function writeMinutes(meeting: Meeting, change: (minutes: MeetingMinutes) => MeetingMinutes): Meeting {
  const held = meeting.status === 'geplant' || meeting.status === 'eingeladen';
  return {
    ...meeting,
    status: held ? 'durchgeführt' : meeting.status,
    minutes: change(meeting.minutes ?? emptyMinutes()),
  };
}

export interface RepliesRead {
  /** As the meeting's event gives them. */
  replies: readonly Reply[];
  /** ISO instant. */
  at: string;
  /** Addresses that are not people: the distribution list, the room. */
  skip: readonly string[];
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The meeting with the replies read from its event and the attendance list pre-filled from them (ticks
 * and walk-ins kept), or the same meeting when nothing changed, so that no needless save follows.
 */
export function withReplies(meeting: Meeting, read: RepliesRead): Meeting {
  const rooms = read.replies.filter((r) => r.type === 'resource').map((r) => r.address);
  const replies: AttendeeReply[] = read.replies.map(({ name, address, state }) => ({ name, address, response: state }));
  const invitation = { ...meeting.invitation, replies, repliesReadAt: read.at };
  const attendance = prefillAttendance({ ...meeting, invitation }, { skip: [...read.skip, ...rooms] });
  const minutes = meeting.minutes ?? emptyMinutes();
  if (sameJson(replies, meeting.invitation?.replies ?? []) && sameJson(attendance, minutes.attendance)) return meeting;
  return { ...meeting, invitation, minutes: { ...minutes, attendance } };
}
