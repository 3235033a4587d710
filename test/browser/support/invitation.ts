import { graphGet, type ListItemFields } from './graphProbe';
import type { Harness } from './harness';

/* What the Einladung journeys read back: the organiser's events and what the list item records. */

export interface EventState {
  id: string;
  subject: string;
  isCancelled: boolean;
  attendees: { emailAddress: { address: string } }[];
  body: { content: string };
}

export async function organiserEvents(harness: Harness): Promise<EventState[]> {
  const answer = await graphGet<{ value: EventState[] }>(
    harness.emulator,
    '/me/events?$select=id,subject,isCancelled,attendees,body&$top=50',
    ['Calendars.ReadWrite'],
  );
  return answer.value.filter((e) => e.subject.startsWith('Vernetzungstreffen der Ehrenamtskoordination am'));
}

export interface StoredInvitation {
  meeting: { invitation: { sentAt: string } };
}

/** What the list item records of the invitation: the columns and the sending time in TpDaten. */
export function invitationRecord(item: ListItemFields) {
  const stored = JSON.parse(String(item.fields.TpDaten)) as StoredInvitation;
  return {
    id: item.id,
    eTag: item.eTag,
    TpTerminId: item.fields.TpTerminId,
    TpEingeladenAm: item.fields.TpEingeladenAm,
    sentAt: stored.meeting.invitation.sentAt,
  };
}

/** The meeting's list item as the pane updates it: PATCH …/lists/{list id or name}/items/{id}/fields. */
export const isPatchOfItem = (id: string) => (e: { method: string; url: string }) =>
  e.method === 'PATCH' && new RegExp(`/lists/[^/]+/items/${id}/fields$`).test(decodeURIComponent(e.url.split('?')[0]!));
