import { GRAPH_CONTEXT } from '../context';
import { resolveTimeZone, utcToZoned } from '../timezones';
import { htmlToText } from './html';
import type { EventRecord, LocationRecord } from './records';

/** Everything an event answer can carry, in Graph's order; `$select` picks from these. */
export const EVENT_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'transactionId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'isDraft',
  'hideAttendees',
  'responseStatus',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'onlineMeeting',
];

/** The zone asked for with `Prefer: outlook.timezone="..."`, when the emulator knows it. */
export function preferredTimeZone(prefer: string | undefined): { name: string; iana: string } | undefined {
  const match = /outlook\.timezone\s*=\s*"([^"]*)"/i.exec(prefer ?? '');
  const name = match?.[1];
  const iana = name ? resolveTimeZone(name) : undefined;
  return name && iana ? { name, iana } : undefined;
}

export function preferenceApplied(zone: { name: string } | undefined): Record<string, string> {
  return zone ? { 'Preference-Applied': `outlook.timezone="${zone.name}"` } : {};
}

function bodyPreview(event: EventRecord): string {
  const text = event.body.contentType === 'html' ? htmlToText(event.body.content) : event.body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

function location(l: LocationRecord): Record<string, unknown> {
  return {
    locationType: 'default',
    uniqueIdType: l.displayName ? 'private' : 'unknown',
    ...(l.displayName ? { uniqueId: l.displayName } : {}),
    ...l,
  };
}

function when(iso: string, zone: { name: string; iana: string } | undefined) {
  const instant = new Date(iso);
  return zone
    ? { dateTime: utcToZoned(instant, zone.iana), timeZone: zone.name }
    : { dateTime: utcToZoned(instant, 'UTC'), timeZone: 'UTC' };
}

export function webLink(id: string): string {
  return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`;
}

/** An event as Graph returns it (the organiser's copy). */
export function eventView(event: EventRecord, zone?: { name: string; iana: string }): Record<string, unknown> {
  // The attachments are their own collection (GET …/attachments, or $expand): never inline in the event.
  const { startUtc, endUtc, sequence, organizer, attachments, ...rest } = event;
  void sequence;
  return {
    '@odata.etag': `W/"${event.changeKey}"`,
    ...rest,
    hasAttachments: (attachments ?? []).length > 0,
    bodyPreview: bodyPreview(event),
    isOrganizer: true,
    isDraft: false,
    seriesMasterId: null,
    type: 'singleInstance',
    webLink: webLink(event.id),
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    onlineMeeting: null,
    recurrence: null,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    start: when(startUtc, zone),
    end: when(endUtc, zone),
    location: location(event.location),
    locations: event.locations.map(location),
    organizer: { emailAddress: organizer },
  };
}

/** `$select` keeps the chosen properties plus id and the annotations, as Graph does. */
export function selectEvent(
  view: Record<string, unknown>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (!select) return view;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view))
    if (key.startsWith('@') || key === 'id' || select.includes(key)) out[key] = value;
  return out;
}

export function eventsContext(ownerId: string, select?: readonly string[]): string {
  return `${GRAPH_CONTEXT}users('${ownerId}')/events${select ? `(${select.join(',')})` : ''}`;
}
