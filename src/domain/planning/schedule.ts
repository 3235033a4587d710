import { holidayOn } from './holidays';
import { addDays, addMonths, daysBetween, type PlainDate, weekday } from './plainDate';
import { schoolHolidayOn } from './schoolHolidays';

/** The county invites about three weeks ahead. */
export const INVITE_DAYS_AHEAD = 21;
/** A meeting every three months. */
export const CADENCE_MONTHS = 3;

export function isWeekend(date: PlainDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function isWorkingDay(date: PlainDate): boolean {
  return !isWeekend(date) && !holidayOn(date);
}

export function previousWorkingDay(date: PlainDate): PlainDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** Meeting date − 21 days, moved back to the previous working day. */
export function inviteDueDate(meetingDate: PlainDate): PlainDate {
  return previousWorkingDay(addDays(meetingDate, -INVITE_DAYS_AHEAD));
}

export type DateWarning =
  | { kind: 'weekend'; date: PlainDate; which: 'meeting' | 'due' }
  | { kind: 'holiday'; date: PlainDate; which: 'meeting'; name: string }
  | { kind: 'school-holiday'; date: PlainDate; which: 'meeting' | 'due'; name: string }
  | { kind: 'no-school-data'; date: PlainDate; which: 'meeting' | 'due' }
  | { kind: 'due-passed'; date: PlainDate; which: 'due'; daysLate: number }
  | { kind: 'in-past'; date: PlainDate; which: 'meeting' };

function schoolWarning(date: PlainDate, which: 'meeting' | 'due'): DateWarning[] {
  const school = schoolHolidayOn(date);
  if (school === 'unknown') return [{ kind: 'no-school-data', date, which }];
  return school ? [{ kind: 'school-holiday', date, which, name: school.name }] : [];
}

/** What speaks against a meeting date and its invitation due date; empty when both fall well. */
export function dateWarnings(meetingDate: PlainDate, today: PlainDate): DateWarning[] {
  const warnings: DateWarning[] = [];
  if (meetingDate < today) warnings.push({ kind: 'in-past', date: meetingDate, which: 'meeting' });
  if (isWeekend(meetingDate)) warnings.push({ kind: 'weekend', date: meetingDate, which: 'meeting' });
  const holiday = holidayOn(meetingDate);
  if (holiday) warnings.push({ kind: 'holiday', date: meetingDate, which: 'meeting', name: holiday.name });
  warnings.push(...schoolWarning(meetingDate, 'meeting'));
  const due = inviteDueDate(meetingDate);
  if (due < today && meetingDate >= today) {
    warnings.push({ kind: 'due-passed', date: due, which: 'due', daysLate: daysBetween(due, today) });
  }
  warnings.push(...schoolWarning(due, 'due').filter((w) => w.kind === 'school-holiday'));
  return warnings;
}

/** A date is a good proposal when meeting and due date are school days and working days. */
function fallsWell(date: PlainDate, today: PlainDate): boolean {
  return dateWarnings(date, today).every((w) => w.kind === 'no-school-data');
}

export interface ProposalOptions {
  /** The last meeting's date; the cadence starts there. */
  lastMeetingDate?: PlainDate;
  /** The date fixed at the last meeting wins over the cadence. */
  fixedNextDate?: PlainDate;
  today: PlainDate;
  count?: number;
}

/**
 * Dates on the quarterly cadence: three months after the last meeting, on the same weekday, then the
 * weeks around it, keeping only dates that fall well. The fixed date, when there is one, comes first.
 */
export function proposeDates(options: ProposalOptions): PlainDate[] {
  const count = options.count ?? 3;
  const anchor = options.lastMeetingDate
    ? addMonths(options.lastMeetingDate, CADENCE_MONTHS)
    : addDays(options.today, 42);
  const sameWeekday = addDays(anchor, (((weekday(options.lastMeetingDate ?? anchor) - weekday(anchor)) % 7) + 7) % 7);
  const offsets = [0, -7, 7, -14, 14, -21, 21, 28, 35];
  const candidates = offsets.map((o) => addDays(sameWeekday, o)).filter((d) => d > options.today);
  const good = candidates.filter((d) => fallsWell(d, options.today));
  const fixed = options.fixedNextDate ? [options.fixedNextDate] : [];
  return [...new Set([...fixed, ...good])].slice(0, count);
}
