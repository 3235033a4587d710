import type { FiledCosts } from '../../domain/expenseYear';
import { isFinal, presentCount } from '../../domain/minutes';
import type { Meeting } from '../../domain/planning';
import type { ListedMeeting } from '../../domain/lists';

/** Final minutes (status protokolliert) make the expenses read-only until the minutes are reopened. */
export function expensesReadOnly(meeting: Meeting): boolean {
  return meeting.status === 'protokolliert' || isFinal(meeting);
}

/** Those ticked present in the minutes; null while nobody is ticked yet. */
export function participantCount(meeting: Meeting): number | null {
  const count = presentCount(meeting.minutes?.attendance ?? []);
  return count > 0 ? count : null;
}

/** A row of the meetings list as the year's total needs it. */
export function filedCostsOf(listed: ListedMeeting): FiledCosts {
  return {
    itemId: listed.itemId,
    date: listed.date,
    ...(listed.costCents !== undefined ? { costCents: listed.costCents } : {}),
    ...(listed.meeting ? { meetingId: listed.meeting.id, lines: listed.meeting.expenses ?? [] } : {}),
  };
}
