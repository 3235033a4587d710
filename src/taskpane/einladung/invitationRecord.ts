import { toAppError } from '../../domain/appError';
import type { Invitation as InvitationRecord, Meeting } from '../../domain/planning';
import type { StoredEvent } from '../../domain/invitation';

/**
 * What the meeting records of its invitation after each step, as changes for the session's `update`:
 * SharePoint gets them with the next save (made at once), and nothing is lost on this device.
 * Times are ISO instants.
 */
export type MeetingChange = (meeting: Meeting) => Meeting;

function withRecord(meeting: Meeting, change: Partial<InvitationRecord>): Meeting {
  return { ...meeting, invitation: { ...meeting.invitation, ...change } };
}

function eventRecord(event: StoredEvent): Partial<InvitationRecord> {
  return { eventId: event.id, iCalUId: event.iCalUId, webLink: event.webLink };
}

/** The date is held in the calendar (an event without attendees). */
export function recordHeld(event: StoredEvent, at: string): MeetingChange {
  return (meeting) => withRecord(meeting, { ...eventRecord(event), heldAt: at });
}

/** The To Do reminder for the due date is there. */
export function recordReminder(at: string): MeetingChange {
  return (meeting) => withRecord(meeting, { reminderAddedAt: at });
}

/** The invitation went out as `fingerprint`; a planned meeting is now invited. */
export function recordSent(event: StoredEvent, at: string, fingerprint: string): MeetingChange {
  return (meeting) => ({
    ...withRecord(meeting, { ...eventRecord(event), sentAt: at, sentFingerprint: fingerprint }),
    status: meeting.status === 'geplant' ? 'eingeladen' : meeting.status,
  });
}

/** An update went to everyone invited; the invitees now have `fingerprint`. */
export function recordUpdated(at: string, fingerprint: string): MeetingChange {
  return (meeting) => withRecord(meeting, { updatedAt: at, sentFingerprint: fingerprint });
}

/** The meeting is cancelled (a held date released), with the message the invitees got. */
export function recordCancelled(at: string, message: string): MeetingChange {
  return (meeting) => ({ ...withRecord(meeting, { cancelledAt: at, cancelMessage: message }), status: 'abgesagt' });
}

/** The event of a held date not yet sent: sending puts the whole invitation onto it. */
export function heldEventId(meeting: Meeting): string | undefined {
  const record = meeting.invitation;
  return record?.heldAt && record.eventId && !record.sentAt ? record.eventId : undefined;
}

/** An event someone already deleted in Outlook is gone as intended (a sent one cancelled with it). */
export function ignoreGone(error: unknown): void {
  if (toAppError(error).code !== 'not-found') throw error;
}
