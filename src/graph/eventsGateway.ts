import type { Client } from '@microsoft/microsoft-graph-client';
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import { type Feature } from '../auth/scopes';
import type { Capability } from '../domain/grants';
import type { Reply, ReplyState, StoredEvent } from '../domain/invitation';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';
import { RetrySafe } from './networkFaultHandler';

const TIME_ZONE = 'Europe/Berlin';
const SELECT = ['id', 'iCalUId', 'webLink', 'isCancelled', 'attendees'];

function replyState(response: string | undefined): ReplyState {
  if (response === 'accepted' || response === 'organizer') return 'accepted';
  if (response === 'tentativelyAccepted') return 'tentative';
  if (response === 'declined') return 'declined';
  return 'none';
}

function toReply(attendee: Attendee): Reply {
  const time = attendee.status?.time;
  return {
    name: attendee.emailAddress?.name ?? attendee.emailAddress?.address ?? '',
    address: attendee.emailAddress?.address ?? '',
    type: attendee.type ?? 'required',
    state: replyState(attendee.status?.response ?? undefined),
    ...(time && !time.startsWith('0001-') ? { answeredAt: time } : {}),
  };
}

export function toStoredEvent(event: Event): StoredEvent {
  return {
    id: event.id ?? '',
    iCalUId: event.iCalUId ?? '',
    webLink: event.webLink ?? '',
    isCancelled: event.isCancelled === true,
    replies: (event.attendees ?? []).map(toReply),
  };
}

/**
 * The meeting's event in the organiser's calendar, or in a shared mailbox's when one is configured.
 * Times go out as local Europe/Berlin wall-clock times; Graph answers in the same zone.
 */
export function createEventsGateway(client: Client, sharedMailbox = '') {
  const base = sharedMailbox ? `/users/${encodeURIComponent(sharedMailbox)}` : '/me';
  const feature: Feature & Capability = sharedMailbox ? 'sharedCalendar' : 'calendar';
  const access = { capability: feature };
  const api = (path: string) =>
    client
      .api(`${base}${path}`)
      .header('Prefer', `outlook.timezone="${TIME_ZONE}"`)
      .middlewareOptions([scopesFor(feature)]);

  return {
    timeZone: TIME_ZONE,

    /** POST …/events with a transactionId: sending it again (a retry) never makes a second event. */
    async create(event: Event): Promise<StoredEvent> {
      const created = (await graphCall(
        () =>
          client
            .api(`${base}/events`)
            .header('Prefer', `outlook.timezone="${TIME_ZONE}"`)
            .middlewareOptions([scopesFor(feature), new RetrySafe()])
            .post(event),
        access,
      )) as Event;
      return toStoredEvent(created);
    },

    async get(id: string): Promise<StoredEvent> {
      const event = (await graphCall(
        () =>
          api(`/events/${encodeURIComponent(id)}`)
            .select(SELECT)
            .get(),
        access,
      )) as Event;
      return toStoredEvent(event);
    },

    /** Attendees, body, time or place; invitees get an update from Exchange. */
    async update(id: string, patch: Event): Promise<StoredEvent> {
      const event = (await graphCall(() => api(`/events/${encodeURIComponent(id)}`).patch(patch), access)) as Event;
      return toStoredEvent(event);
    },

    /** A held date (no attendees yet) that is given up: gone from the calendar, nobody gets mail. */
    async remove(id: string): Promise<void> {
      await graphCall(() => api(`/events/${encodeURIComponent(id)}`).delete(), access);
    },

    /** Cancels the meeting; every attendee gets the cancellation with the comment. */
    async cancel(id: string, comment: string): Promise<void> {
      await graphCall(() => api(`/events/${encodeURIComponent(id)}/cancel`).post({ comment }), access);
    },
  };
}

export type EventsGateway = ReturnType<typeof createEventsGateway>;
