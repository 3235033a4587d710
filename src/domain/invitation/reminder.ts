import { formatLongDate, inviteDueDate, type Meeting, type PlainDate } from '../planning';

/** A To Do task that rings at 09:00 (Europe/Berlin) on its due date. */
export interface InvitationReminder {
  title: string;
  /** What to do and where, as plain text. */
  body: string;
  /** Local date 'YYYY-MM-DD'. */
  dueDate: PlainDate;
}

/**
 * The one reminder to send a meeting's invitation, on its due date (about three weeks ahead). Made
 * when the next meeting is fixed in the Protokoll or when its date is held, whichever comes first.
 */
export function invitationReminder(meetingDate: PlainDate): InvitationReminder {
  return {
    title: `Einladung zum Vernetzungstreffen am ${formatLongDate(meetingDate)} verschicken`,
    body:
      'In Outlook Treffpunkt öffnen, unter „Planen“ das Treffen prüfen und unter „Einladung“ die Einladung an ' +
      'den Verteiler senden.',
    dueDate: inviteDueDate(meetingDate),
  };
}

/** Whether the meeting records that its invitation reminder is already in To Do. */
export function hasInvitationReminder(meeting: Pick<Meeting, 'invitation'>): boolean {
  return Boolean(meeting.invitation?.reminderAddedAt);
}

/** The meeting with its invitation reminder recorded as added at the ISO instant `at`. */
export function withInvitationReminder(meeting: Meeting, at: string): Meeting {
  return { ...meeting, invitation: { ...meeting.invitation, reminderAddedAt: at } };
}
