import { errors } from '../errors';
import { newChangeKey, newICalUId, newItemId } from '../ids';
import type { EmulatorState, UserRecord } from '../state';
import { deliver, recipientsOf } from './delivery';
import { checkTimes, type EventInput } from './eventBody';
import type { AttendeeRecord, EventRecord } from './records';

/** Calendar logic on a state draft: create (with transactionId), change, cancel, delete, and the mail they send. */

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const graphTime = (d: Date): string => d.toISOString().replace(/Z$/, '0000Z');

export function calendarOf(state: EmulatorState, ownerId: string): EventRecord[] {
  return (state.events[ownerId] ??= []);
}

/** Still in the calendar: not moved to Deleted Items by a cancel. */
export function inCalendar(event: EventRecord): boolean {
  return event.parentFolder !== 'deleteditems';
}

/** The events of a calendar as Graph lists them (cancelled ones are in Deleted Items). */
export function calendarEvents(state: EmulatorState, ownerId: string): EventRecord[] {
  return (state.events[ownerId] ?? []).filter(inCalendar);
}

export function findEvent(state: EmulatorState, ownerId: string, id: string): EventRecord {
  const event = calendarEvents(state, ownerId).find((e) => e.id === id);
  if (!event) throw errors.exchangeItemNotFound();
  return event;
}

function send(
  state: EmulatorState,
  owner: UserRecord,
  event: EventRecord,
  method: 'REQUEST' | 'CANCEL',
  attendees: AttendeeRecord[],
  now: Date,
  comment?: string,
): void {
  if (attendees.length === 0) return;
  const recipients = recipientsOf(
    state,
    attendees.map((a) => a.emailAddress),
    event.organizer.address,
  );
  const delivery = { method, calendarOwnerId: owner.id, event, now: iso(now) };
  deliver(state, recipients, comment === undefined ? delivery : { ...delivery, comment });
}

/** A new event record from a checked body; the mailbox owner is its organiser. */
function buildEvent(owner: UserRecord, input: EventInput, now: Date): EventRecord {
  const { start, end } = checkTimes(input.start, input.end);
  return {
    id: newItemId(),
    iCalUId: newICalUId(now),
    changeKey: newChangeKey(),
    createdDateTime: graphTime(now),
    lastModifiedDateTime: graphTime(now),
    subject: input.subject ?? '',
    body: input.body ?? { contentType: 'text', content: '' },
    startUtc: start.utc.toISOString(),
    endUtc: end.utc.toISOString(),
    originalStartTimeZone: start.timeZone,
    originalEndTimeZone: end.timeZone,
    location: input.location ?? input.locations?.[0] ?? { displayName: '' },
    locations: input.locations ?? (input.location?.displayName ? [input.location] : []),
    attendees: input.attendees ?? [],
    organizer: { name: owner.displayName, address: owner.mail ?? owner.userPrincipalName },
    isReminderOn: input.isReminderOn ?? true,
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
    responseRequested: input.responseRequested ?? true,
    isCancelled: false,
    isAllDay: input.isAllDay ?? false,
    allowNewTimeProposals: input.allowNewTimeProposals ?? true,
    hideAttendees: input.hideAttendees ?? false,
    importance: input.importance ?? 'normal',
    sensitivity: input.sensitivity ?? 'normal',
    showAs: input.showAs ?? 'busy',
    categories: input.categories ?? [],
    transactionId: input.transactionId ?? null,
    sequence: 0,
  };
}

export interface CreateOptions {
  now: Date;
  /** how long a transactionId is remembered (Exchange: limited, undocumented) */
  transactionIdWindowSeconds: number;
}

/** The event made with this transactionId within the window, if it is still in the calendar. */
function rememberedEvent(
  calendar: EventRecord[],
  transactionId: string | null | undefined,
  options: CreateOptions,
): EventRecord | undefined {
  if (!transactionId) return undefined;
  const since = options.now.getTime() - options.transactionIdWindowSeconds * 1000;
  return calendar.find(
    (e) => inCalendar(e) && e.transactionId === transactionId && Date.parse(e.createdDateTime) >= since,
  );
}

/** POST .../events: a new event, or the one made with the same transactionId shortly before (nothing sent twice). */
export function createEvent(
  state: EmulatorState,
  owner: UserRecord,
  input: EventInput,
  options: CreateOptions,
): { event: EventRecord; created: boolean } {
  const calendar = calendarOf(state, owner.id);
  const existing = rememberedEvent(calendar, input.transactionId, options);
  if (existing) return { event: existing, created: false };
  const event = buildEvent(owner, input, options.now);
  calendar.push(event);
  send(state, owner, event, 'REQUEST', event.attendees, options.now);
  return { event, created: true };
}

const SIGNIFICANT: (keyof EventInput)[] = ['subject', 'body', 'start', 'end', 'location', 'locations', 'isAllDay'];

/** New attendee list from a PATCH: answers of those who stay are kept. */
function mergeAttendees(old: AttendeeRecord[], next: AttendeeRecord[]): AttendeeRecord[] {
  return next.map((a) => {
    const before = old.find((o) => o.emailAddress.address.toLowerCase() === a.emailAddress.address.toLowerCase());
    return before ? { ...a, status: before.status } : a;
  });
}

function applyInput(event: EventRecord, input: EventInput): void {
  const { start, end, transactionId, ...plain } = input;
  if (transactionId !== undefined && transactionId !== event.transactionId)
    throw errors.requestBodyRead("'transactionId' cannot be changed after the event was created.");
  Object.assign(event, plain);
  if (input.location && !input.locations) event.locations = input.location.displayName ? [input.location] : [];
  if (start) [event.startUtc, event.originalStartTimeZone] = [start.utc.toISOString(), start.timeZone];
  if (end) [event.endUtc, event.originalEndTimeZone] = [end.utc.toISOString(), end.timeZone];
  if (Date.parse(event.endUtc) < Date.parse(event.startUtc)) throw errors.endBeforeStart();
}

/** PATCH: an update to everyone when time, place or text change; added attendees get the invitation, removed ones a cancellation. */
export function updateEvent(
  state: EmulatorState,
  owner: UserRecord,
  event: EventRecord,
  input: EventInput,
  now: Date,
): void {
  const before = event.attendees;
  if (input.attendees) input.attendees = mergeAttendees(before, input.attendees);
  applyInput(event, input);
  const significant = SIGNIFICANT.some((k) => input[k] !== undefined);
  if (significant) event.sequence += 1;
  event.changeKey = newChangeKey();
  event.lastModifiedDateTime = graphTime(now);
  if (event.isCancelled) return;
  const key = (a: AttendeeRecord) => a.emailAddress.address.toLowerCase();
  const added = event.attendees.filter((a) => !before.some((b) => key(b) === key(a)));
  const removed = before.filter((b) => !event.attendees.some((a) => key(a) === key(b)));
  send(state, owner, event, 'REQUEST', significant ? event.attendees : added, now);
  send(state, owner, { ...event, sequence: event.sequence + 1 }, 'CANCEL', removed, now);
}

/** POST .../cancel: organiser only; sends the cancellation with the comment and moves the event to Deleted Items. */
export function cancelEvent(
  state: EmulatorState,
  owner: UserRecord,
  event: EventRecord,
  comment: string | undefined,
  now: Date,
): void {
  if (event.organizer.address.toLowerCase() !== (owner.mail ?? '').toLowerCase()) throw errors.notOrganizer();
  if (event.isCancelled) return;
  event.isCancelled = true;
  event.sequence += 1;
  event.changeKey = newChangeKey();
  event.lastModifiedDateTime = graphTime(now);
  send(state, owner, event, 'CANCEL', event.attendees, now, comment);
  event.parentFolder = 'deleteditems';
}

/** DELETE: gone from the calendar; a meeting not yet cancelled is cancelled for its attendees first. */
export function deleteEvent(state: EmulatorState, owner: UserRecord, event: EventRecord, now: Date): void {
  if (!event.isCancelled && event.attendees.length > 0) cancelEvent(state, owner, event, undefined, now);
  state.events[owner.id] = calendarOf(state, owner.id).filter((e) => e.id !== event.id);
}
