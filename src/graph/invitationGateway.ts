import type { Invitation } from '../domain/invitation';
import { formatLongDate, inviteDueDate, type Meeting } from '../domain/planning';
import type { EventsGateway, StoredEvent } from './eventsGateway';
import { invitationToEvent } from './invitationMapping';
import type { TodoGateway } from './todoGateway';

/**
 * Sending the invitation (or holding the date before it is due). Both creates carry the meeting's
 * transactionId, so a retry after a lost answer finds the same event instead of making a second one.
 */
export function createInvitationGateway(events: EventsGateway, todo: TodoGateway) {
  return {
    /** The event with the distribution list and everyone else: every attendee gets the invitation. */
    send: (invitation: Invitation): Promise<StoredEvent> =>
      events.create(invitationToEvent(invitation, { withAttendees: true })),

    /** Before the due date: the event without attendees (nobody gets mail) and a To Do reminder at 09:00. */
    async holdTheDate(meeting: Meeting, invitation: Invitation): Promise<StoredEvent> {
      const event = await events.create(invitationToEvent(invitation, { withAttendees: false }));
      const due = inviteDueDate(meeting.date);
      await todo.addReminder({
        title: `Einladung zum Vernetzungstreffen am ${formatLongDate(meeting.date)} verschicken`,
        body:
          'In Outlook den Termin „Vernetzungstreffen der Ehrenamtskoordination“ öffnen, Treffpunkt starten und ' +
          'unter „Einladung“ die Einladung an den Verteiler senden.',
        dueDate: due,
      });
      return event;
    },

    /**
     * After a change to time, place or agenda: the whole invitation again; Exchange sends the
     * attendees an update (and new attendees the invitation).
     */
    update: (eventId: string, invitation: Invitation): Promise<StoredEvent> => {
      const { subject, start, end, location, body, attendees, reminderMinutesBeforeStart } = invitationToEvent(
        invitation,
        { withAttendees: true },
      );
      return events.update(eventId, {
        subject,
        start,
        end,
        location: location ?? { displayName: '' },
        body,
        attendees,
        reminderMinutesBeforeStart,
      });
    },

    /** A held date becomes the invitation: adding attendees and the final body sends it to them only. */
    promote: (eventId: string, invitation: Invitation): Promise<StoredEvent> => {
      const { attendees, body } = invitationToEvent(invitation, { withAttendees: true });
      return events.update(eventId, { attendees, body });
    },
  };
}

export type InvitationGateway = ReturnType<typeof createInvitationGateway>;
