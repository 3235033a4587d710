import type { Event } from '@microsoft/microsoft-graph-types';
import type { Invitation } from '../domain/invitation';
import type { StoredEvent } from '../domain/invitation/event';
import type { MadeFile } from '../domain/documents/documentModel';
import type { EventAttachmentsGateway } from './eventAttachmentsGateway';
import type { EventsGateway } from './eventsGateway';
import { invitationToEvent } from './invitationMapping';

/** The whole invitation as a PATCH: everything the create sends but the transactionId (fixed at creation). */
function invitationPatch(invitation: Invitation): Event {
  const patch = invitationToEvent(invitation, { withAttendees: true });
  delete patch.transactionId;
  // No venue any more: an empty location clears the old one.
  return { ...patch, location: patch.location ?? { displayName: '' } };
}

/**
 * Sending the invitation (or holding the date before it is due). Both creates carry the meeting's
 * transactionId, so a retry after a lost answer finds the same event instead of making a second one.
 * The To Do reminder for the due date is a step of its own (`reminders` in the gateway).
 */
export function createInvitationGateway(events: EventsGateway, attachments?: EventAttachmentsGateway) {
  /**
   * After a change to time, place, agenda or invitees (or to send a held date): the whole invitation
   * again; Exchange sends the attendees an update and new attendees the invitation.
   */
  const update = (eventId: string, invitation: Invitation): Promise<StoredEvent> =>
    events.update(eventId, invitationPatch(invitation));

  return {
    /**
     * The event with the distribution list and everyone else: every attendee gets the invitation.
     * Should the transactionId find an event made without attendees (a held date whose record was
     * lost), the invitation is patched onto it, so nobody is left without mail (two round trips).
     */
    async send(invitation: Invitation): Promise<StoredEvent> {
      const stored = await events.create(invitationToEvent(invitation, { withAttendees: true }));
      if (invitation.attendees.length > 0 && stored.replies.length === 0) return update(stored.id, invitation);
      return stored;
    },

    /**
     * The invitation with a file attached (the agenda as PDF). Graph attaches files only to an existing
     * event, and adding one sends the attendees nothing: so the event is made without attendees first
     * (or the held date found by the transactionId), the file attached (once, also on a retry), then the
     * attendees added, and Exchange sends them the invitation with the file (four round trips: create,
     * look for the file, attach it, add the attendees). A held date (`heldId`) gets the file, then the whole
     * invitation.
     */
    async sendWithFile(invitation: Invitation, file: MadeFile, heldId?: string): Promise<StoredEvent> {
      if (!attachments) throw new Error('sendWithFile needs the event attachments gateway');
      const eventId = heldId ?? (await events.create(invitationToEvent(invitation, { withAttendees: false }))).id;
      await attachments.ensureAttached(eventId, file);
      return update(eventId, invitation);
    },

    /** Before the due date: the event without attendees, so nobody gets mail. */
    holdTheDate: (invitation: Invitation): Promise<StoredEvent> =>
      events.create(invitationToEvent(invitation, { withAttendees: false })),

    update,
  };
}

export type InvitationGateway = ReturnType<typeof createInvitationGateway>;
