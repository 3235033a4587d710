/**
 * The personal data of a past meeting, removed once the team's storage period is over (Verlauf). What
 * the record is for stays: how many were present, what was replied, what it cost, what was decided.
 * The readable columns of the list are written from the meeting on saving, so they follow.
 *
 * Removed:
 * - attendance: each name becomes "Person 1", "Person 2", … (the ticks and so the count stay), the mail
 *   address goes (the minutes mail's recipients came from here), the id no longer holds the address;
 *   the initiative stays, without any name in it (an organisation, evidence of the network);
 * - the invitation's replies: name and address (each reply's answer stays, so do the counts);
 * - the speaker's name and address (organisation and topic stay);
 * - "who" of an action item, who paid an expense, an agenda item's presenter: the person goes, an
 *   organisation stays (./personText: when in doubt, the text goes);
 * - the sender of a suggested topic in an agenda item's note (./planning/suggestionNote);
 * - in free texts (title, agenda, notes, decisions, action items, expense descriptions, the
 *   cancellation message): the meeting's people by name, "Frau X" / "Herr X", a person's mail address.
 * Kept: the rest of the free texts (other names are not recognised reliably; the privacy guard warns
 * while typing), the venue and its room mailbox (a room, not a person), the minutes mail's count, costs
 * and receipt numbers. Pure and idempotent: a meeting without personal data comes back equal.
 */
import { sameData } from './sameData';
import { addMonths, type PlainDate } from './planning/plainDate';
import type { ExpenseLine } from './expenses';
import type { AgendaItem, AttendanceEntry, Invitation, Meeting, MeetingMinutes } from './planning/meetingTypes';
import { type PersonTextContext, withoutNames, withoutNamesInProse, withoutPerson } from './personText';
import { withoutSuggestionSender } from './planning/suggestionNote';
import { isRetentionMonths, RETENTION_MONTHS } from './settings';

/** The storage period when the team has not set one (two years; the settings' own default). */
export const DEFAULT_RETENTION_MONTHS: number = RETENTION_MONTHS.default;

/** The team's storage period in whole months; the default when it is missing or out of the settings' range. */
export function retentionMonthsOf(settings: { retentionMonths?: unknown }): number {
  const months = settings.retentionMonths;
  return typeof months === 'number' && isRetentionMonths(months) ? months : DEFAULT_RETENTION_MONTHS;
}

/** Meetings before this date are older than the storage period (counted from today). */
export function retentionCutoff(today: PlainDate, months: number): PlainDate {
  return addMonths(today, -months);
}

interface Scrub extends PersonTextContext {
  /** Free text without the people in it. */
  prose: (text: string) => string;
  /** A "person or initiative" field: the organisation, or empty. */
  person: (text: string) => string;
}

function scrubOf(meeting: Meeting): Scrub {
  const attendance = meeting.minutes?.attendance ?? [];
  const knownNames = [
    ...attendance.map((entry) => entry.name),
    ...(meeting.invitation?.replies ?? []).map((reply) => reply.name),
    meeting.speaker.name,
  ];
  const initiatives = attendance.map((entry) => withoutNames(entry.initiative, knownNames)).filter(Boolean);
  const context = { knownNames, initiatives };
  return {
    ...context,
    prose: (text) => withoutNamesInProse(text, knownNames),
    person: (text) => withoutPerson(text, context),
  };
}

function agendaItem(item: AgendaItem, scrub: Scrub): AgendaItem {
  return {
    ...item,
    title: scrub.prose(item.title),
    presenter: scrub.person(item.presenter),
    note: scrub.prose(withoutSuggestionSender(item.note)),
    subItems: item.subItems.map(scrub.prose),
  };
}

function anonymousEntry(entry: AttendanceEntry, index: number, scrub: Scrub): AttendanceEntry {
  return {
    id: `person-${index + 1}`,
    name: `Person ${index + 1}`,
    initiative: withoutNames(entry.initiative, scrub.knownNames),
    present: entry.present,
    source: entry.source,
  };
}

function minutesOf(minutes: MeetingMinutes, scrub: Scrub): MeetingMinutes {
  const notes = Object.fromEntries(Object.entries(minutes.notes).map(([id, text]) => [id, scrub.prose(text)]));
  return {
    ...minutes,
    notes,
    decisions: minutes.decisions.map((decision) => ({ ...decision, text: scrub.prose(decision.text) })),
    actionItems: minutes.actionItems.map((item) => ({
      ...item,
      what: scrub.prose(item.what),
      who: scrub.person(item.who),
    })),
    attendance: minutes.attendance.map((entry, i) => anonymousEntry(entry, i, scrub)),
  };
}

function invitationOf(invitation: Invitation, scrub: Scrub): Invitation {
  return {
    ...invitation,
    ...(invitation.cancelMessage !== undefined ? { cancelMessage: scrub.prose(invitation.cancelMessage) } : {}),
    ...(invitation.replies
      ? { replies: invitation.replies.map((reply) => ({ name: '', address: '', response: reply.response })) }
      : {}),
  };
}

function expenseLine(line: ExpenseLine, scrub: Scrub): ExpenseLine {
  return { ...line, description: scrub.prose(line.description), paidBy: scrub.person(line.paidBy) };
}

/** The meeting without names and mail addresses of people; counts, answers, costs and topics kept. */
export function withoutPersonalData(meeting: Meeting): Meeting {
  const scrub = scrubOf(meeting);
  const { invitation, minutes, expenses, title } = meeting;
  return {
    ...meeting,
    ...(title !== undefined ? { title: scrub.prose(title) } : {}),
    speaker: {
      name: '',
      organisation: withoutNames(meeting.speaker.organisation, scrub.knownNames),
      topic: scrub.prose(meeting.speaker.topic),
    },
    agenda: meeting.agenda.map((item) => agendaItem(item, scrub)),
    ...(invitation ? { invitation: invitationOf(invitation, scrub) } : {}),
    ...(minutes ? { minutes: minutesOf(minutes, scrub) } : {}),
    ...(expenses ? { expenses: expenses.map((line) => expenseLine(line, scrub)) } : {}),
  };
}

/** Whether removing the personal data would change the meeting (nothing to do otherwise). */
export function hasPersonalData(meeting: Meeting): boolean {
  return !sameData(withoutPersonalData(meeting), meeting);
}
