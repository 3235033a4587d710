import { errors } from '../errors';
import type { AttendeeRecord, AttendeeType, EventRecord, LocationRecord, PhysicalAddress } from './records';
import {
  checkKeys,
  expectObject,
  type Json,
  readArray,
  readBoolean,
  readDateTimeTimeZone,
  readEmailAddress,
  readEnum,
  readItemBody,
  readString,
  readStringArray,
  type ZonedInstant,
} from './values';

const EVENT_TYPE = 'Microsoft.OutlookServices.Event';

/** Event properties the emulator reads from a POST or PATCH body. */
const WRITABLE = [
  'subject',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'attendees',
  'isReminderOn',
  'reminderMinutesBeforeStart',
  'responseRequested',
  'transactionId',
  'importance',
  'sensitivity',
  'showAs',
  'isAllDay',
  'allowNewTimeProposals',
  'hideAttendees',
  'categories',
];
/** Properties real Graph has on an event that the emulator does not take: 501, not 400. */
const NOT_EMULATED = [
  'recurrence',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'onlineMeeting',
  'attachments',
  'extensions',
  'singleValueExtendedProperties',
  'multiValueExtendedProperties',
  'organizer',
  'isDraft',
  'originalStartTimeZone',
  'originalEndTimeZone',
];

export type EventInput = Partial<Omit<EventRecord, 'startUtc' | 'endUtc'>> & {
  start?: ZonedInstant;
  end?: ZonedInstant;
};

function readAddress(value: unknown): PhysicalAddress {
  const a = expectObject(value, 'location.address');
  checkKeys(
    a,
    ['street', 'city', 'state', 'postalCode', 'countryOrRegion'],
    'Microsoft.OutlookServices.PhysicalAddress',
  );
  const out: PhysicalAddress = {};
  for (const [k, v] of Object.entries(a))
    if (!k.startsWith('@') && v !== null) out[k as keyof PhysicalAddress] = readString(v, `address.${k}`);
  return out;
}

const LOCATION_STRINGS = ['displayName', 'locationEmailAddress', 'locationUri', 'uniqueId'] as const;

function readLocation(value: unknown, what: string): LocationRecord {
  const l = expectObject(value, what);
  checkKeys(l, [...LOCATION_STRINGS, 'address', 'locationType', 'uniqueIdType'], 'Microsoft.OutlookServices.Location');
  const out: LocationRecord = { displayName: '' };
  for (const k of LOCATION_STRINGS) if (l[k] !== undefined && l[k] !== null) out[k] = readString(l[k], `${what}.${k}`);
  if (l.address !== undefined && l.address !== null) out.address = readAddress(l.address);
  if (l.locationType !== undefined) {
    const types = [
      'default',
      'conferenceRoom',
      'homeAddress',
      'businessAddress',
      'geoCoordinates',
      'streetAddress',
      'hotel',
      'restaurant',
      'localBusiness',
      'postalAddress',
    ];
    out.locationType = readEnum(l.locationType, types, `${what}.locationType`);
  }
  if (l.uniqueIdType !== undefined)
    out.uniqueIdType = readEnum(
      l.uniqueIdType,
      ['unknown', 'locationStore', 'directory', 'private', 'bing'],
      `${what}.uniqueIdType`,
    );
  return out;
}

function readAttendee(value: unknown, index: number): AttendeeRecord {
  const what = `attendees[${index}]`;
  const a = expectObject(value, what);
  checkKeys(a, ['emailAddress', 'type', 'status', 'proposedNewTime'], 'Microsoft.OutlookServices.Attendee');
  if (a.emailAddress === undefined) throw errors.invalidRecipients(`Attendee ${index} has no emailAddress.`);
  const type: AttendeeType =
    a.type === undefined ? 'required' : readEnum(a.type, ['required', 'optional', 'resource'], `${what}.type`);
  return {
    type,
    status: { response: 'none', time: '0001-01-01T00:00:00Z' },
    emailAddress: readEmailAddress(a.emailAddress, what),
  };
}

function readAttendees(value: unknown): AttendeeRecord[] {
  const list = readArray(value, 'attendees').map(readAttendee);
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = a.emailAddress.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readReminder(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0)
    throw errors.requestBodyRead("'reminderMinutesBeforeStart' must be a whole number of minutes.");
  return value as number;
}

type Reader = (value: unknown, input: EventInput) => void;

const READERS: Record<string, Reader> = {
  subject: (v, i) => (i.subject = v === null ? '' : readString(v, 'subject')),
  body: (v, i) => (i.body = readItemBody(v)),
  start: (v, i) => (i.start = readDateTimeTimeZone(v, 'start')),
  end: (v, i) => (i.end = readDateTimeTimeZone(v, 'end')),
  location: (v, i) => (i.location = v === null ? { displayName: '' } : readLocation(v, 'location')),
  locations: (v, i) => (i.locations = readArray(v, 'locations').map((l, n) => readLocation(l, `locations[${n}]`))),
  attendees: (v, i) => (i.attendees = readAttendees(v)),
  isReminderOn: (v, i) => (i.isReminderOn = readBoolean(v, 'isReminderOn')),
  reminderMinutesBeforeStart: (v, i) => (i.reminderMinutesBeforeStart = readReminder(v)),
  responseRequested: (v, i) => (i.responseRequested = readBoolean(v, 'responseRequested')),
  transactionId: (v, i) => (i.transactionId = v === null ? null : readString(v, 'transactionId')),
  importance: (v, i) => (i.importance = readEnum(v, ['low', 'normal', 'high'], 'importance')),
  sensitivity: (v, i) =>
    (i.sensitivity = readEnum(v, ['normal', 'personal', 'private', 'confidential'], 'sensitivity')),
  showAs: (v, i) =>
    (i.showAs = readEnum(v, ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'], 'showAs')),
  isAllDay: (v, i) => (i.isAllDay = readBoolean(v, 'isAllDay')),
  allowNewTimeProposals: (v, i) => (i.allowNewTimeProposals = readBoolean(v, 'allowNewTimeProposals')),
  hideAttendees: (v, i) => (i.hideAttendees = readBoolean(v, 'hideAttendees')),
  categories: (v, i) => (i.categories = readStringArray(v, 'categories')),
};

/** Reads an event body strictly: unknown names 400, names real Graph knows but the emulator does not 501. */
export function readEventInput(body: unknown): EventInput {
  const raw: Json = expectObject(body, 'event');
  const input: EventInput = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('@')) continue;
    if (NOT_EMULATED.includes(key)) throw errors.notImplemented(`setting '${key}' on an event`);
    if (!WRITABLE.includes(key)) throw errors.unknownExchangeProperty(key, EVENT_TYPE);
    READERS[key]?.(value, input);
  }
  return input;
}

/** Start and end must both be there on create, and in order. */
export function checkTimes(
  start: ZonedInstant | undefined,
  end: ZonedInstant | undefined,
): { start: ZonedInstant; end: ZonedInstant } {
  if (!start || !end) throw errors.requestBodyRead('An event needs both start and end.');
  if (end.utc.getTime() < start.utc.getTime()) throw errors.endBeforeStart();
  return { start, end };
}
