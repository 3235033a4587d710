import type { Event } from '@microsoft/microsoft-graph-types';
import type { Invitation } from '../domain/invitation';

/** The invitation as Graph's event: local times with their zone, replies requested, a reminder. */
export function invitationToEvent(invitation: Invitation, options: { withAttendees: boolean }): Event {
  const location = invitation.location && {
    displayName: invitation.location.displayName,
    address: {
      street: invitation.location.street,
      postalCode: invitation.location.postalCode,
      city: invitation.location.city,
      countryOrRegion: 'Deutschland',
    },
  };
  return {
    subject: invitation.subject,
    start: { dateTime: invitation.start, timeZone: invitation.timeZone },
    end: { dateTime: invitation.end, timeZone: invitation.timeZone },
    ...(location ? { location } : {}),
    body: { contentType: 'html', content: invitation.bodyHtml },
    attendees: options.withAttendees
      ? invitation.attendees.map((a) => ({ type: a.type, emailAddress: { address: a.address, name: a.name } }))
      : [],
    isReminderOn: true,
    reminderMinutesBeforeStart: invitation.reminderMinutes,
    responseRequested: true,
    allowNewTimeProposals: false,
    transactionId: invitation.transactionId,
  };
}
