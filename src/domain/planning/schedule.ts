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
  const meetingUnknown = warnings.some((w) => w.kind === 'no-school-data');
  warnings.push(...schoolWarning(due, 'due').filter((w) => w.kind === 'school-holiday' || !meetingUnknown));
  return warnings;
}

export interface ProposalOptions {
  /** The last meeting's date; the cadence starts there. */
  lastMeetingDate?: PlainDate;
  /** The date fixed at the last meeting wins over the cadence. */
  fixedNextDate?: PlainDate;
  today: PlainDate;
  count?: number;
}

export interface DateProposal {
  date: PlainDate;
  dueDate: PlainDate;
  /** Weeks from the cadence date (−1 = a week earlier); null for the date fixed at the last meeting. */
  weeksFromCadence: number | null;
  /** Empty, or only 'no-school-data', for cadence dates; the fixed date keeps whatever speaks against it. */
  warnings: DateWarning[];
}

/** The cadence date first, then a week earlier, a week later, and further out. */
const WEEK_OFFSETS = [0, -1, 1, -2, 2, -3, 3, 4, 5];

/** Three months after the last meeting, on its weekday; six weeks from today when there is none. */
export function cadenceDate(options: Pick<ProposalOptions, 'lastMeetingDate' | 'today'>): PlainDate {
  const anchor = options.lastMeetingDate
    ? addMonths(options.lastMeetingDate, CADENCE_MONTHS)
    : addDays(options.today, 42);
  const shift = (((weekday(options.lastMeetingDate ?? anchor) - weekday(anchor)) % 7) + 7) % 7;
  return addDays(anchor, shift > 3 ? shift - 7 : shift);
}

function proposal(date: PlainDate, weeksFromCadence: number | null, today: PlainDate): DateProposal {
  return { date, dueDate: inviteDueDate(date), weeksFromCadence, warnings: dateWarnings(date, today) };
}

/**
 * Dates on the quarterly cadence, each with its invitation due date and warnings: the date fixed at the
 * last meeting first (when there is one), then the cadence date and the weeks around it, keeping only
 * dates where neither the meeting nor the invitation falls on a weekend, holiday or school holiday.
 */
export function dateProposals(options: ProposalOptions): DateProposal[] {
  const { today } = options;
  const cadence = cadenceDate(options);
  const fixed = options.fixedNextDate ? [proposal(options.fixedNextDate, null, today)] : [];
  const good = WEEK_OFFSETS.map((weeks) => ({ date: addDays(cadence, weeks * 7), weeks }))
    .filter(({ date }) => date > today && date !== options.fixedNextDate)
    .map(({ date, weeks }) => proposal(date, weeks, today))
    .filter((p) => p.warnings.every((w) => w.kind === 'no-school-data'));
  return [...fixed, ...good].slice(0, options.count ?? 3);
}

/** Just the dates of `dateProposals`. */
export function proposeDates(options: ProposalOptions): PlainDate[] {
  return dateProposals(options).map((p) => p.date);
}
