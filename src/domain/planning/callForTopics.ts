/**
 * The call for topics (Themenaufruf): a mail to the distribution list some weeks before the invitation
 * is due, asking what the initiatives want to raise and what they need, with a deadline for replies.
 * When it is due and the deadline follow from the invitation's due date (`inviteDueDate`).
 */
import { addDays, daysBetween, type PlainDate } from './plainDate';
import { inviteDueDate, previousWorkingDay } from './schedule';

/** How the call's subject begins: a reply to it says nothing about its topic (see suggestionGroups). */
export const CALL_FOR_TOPICS_SUBJECT_PREFIX = 'Themen gesucht:';

/** Weeks before the invitation is due that the call goes out: the team's choice and its bounds. */
export const CALL_FOR_TOPICS_WEEKS = { min: 1, max: 8, default: 3 } as const;

/** Replies are asked for this many days before the invitation is due (time to shape the agenda). */
export const REPLIES_DAYS_BEFORE_INVITATION = 5;

/** The fewest days the initiatives get to reply when the default deadline is already too close. */
const FEWEST_DAYS_TO_REPLY = 3;

export function isCallForTopicsWeeks(value: number): boolean {
  return Number.isInteger(value) && value >= CALL_FOR_TOPICS_WEEKS.min && value <= CALL_FOR_TOPICS_WEEKS.max;
}

/** The invitation's due date − `weeks` weeks, moved back to the previous working day. */
export function callForTopicsDueDate(meetingDate: PlainDate, weeks: number): PlainDate {
  return previousWorkingDay(addDays(inviteDueDate(meetingDate), -7 * weeks));
}

/**
 * The deadline proposed for replies: a few working days before the invitation is due; when that is
 * less than three days from today, three days from today (never on or after the meeting day).
 */
export function defaultRepliesDeadline(meetingDate: PlainDate, today: PlainDate): PlainDate {
  const planned = previousWorkingDay(addDays(inviteDueDate(meetingDate), -REPLIES_DAYS_BEFORE_INVITATION));
  if (daysBetween(today, planned) >= FEWEST_DAYS_TO_REPLY) return planned;
  const soonest = addDays(today, FEWEST_DAYS_TO_REPLY);
  return soonest < meetingDate ? soonest : addDays(meetingDate, -1) < today ? today : addDays(meetingDate, -1);
}

/** What speaks against a deadline: 'past' (before today) or 'after-meeting' (on or after the meeting day). */
export type DeadlineProblem = 'past' | 'after-meeting';

export function deadlineProblem(
  deadline: PlainDate,
  meetingDate: PlainDate,
  today: PlainDate,
): DeadlineProblem | undefined {
  if (deadline < today) return 'past';
  if (deadline >= meetingDate) return 'after-meeting';
  return undefined;
}

/** Where the call stands for the meeting: not yet due (days to go), due today, or overdue (days since). */
export interface CallForTopicsTiming {
  dueDate: PlainDate;
  phase: 'early' | 'due' | 'late';
  days: number;
}

export function callForTopicsTiming(meetingDate: PlainDate, weeks: number, today: PlainDate): CallForTopicsTiming {
  const dueDate = callForTopicsDueDate(meetingDate, weeks);
  const days = daysBetween(today, dueDate);
  if (days > 0) return { dueDate, phase: 'early', days };
  if (days === 0) return { dueDate, phase: 'due', days: 0 };
  return { dueDate, phase: 'late', days: -days };
}
