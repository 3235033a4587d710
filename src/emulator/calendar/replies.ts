import { errors } from '../errors';
import { newChangeKey } from '../ids';
import type { EmulatorState } from '../state';
import { reachedVia } from './delivery';
import type { AttendeeRecord, EventRecord, ReplyRecord, ResponseType } from './records';
import { checkKeys, expectObject, readEnum, readString } from './values';

/** Invitees answering, as Exchange records it in the organiser's event. Emulator-only, no Graph counterpart. */

export interface ReplyInput {
  eventId?: string;
  iCalUId?: string;
  attendee: string;
  response: Extract<ResponseType, 'accepted' | 'tentativelyAccepted' | 'declined'>;
  comment?: string;
}

const RESPONSES = ['accepted', 'tentativelyAccepted', 'declined'] as const;

export function readReplyInput(body: unknown): ReplyInput {
  const input = expectObject(body, 'reply');
  checkKeys(input, ['eventId', 'iCalUId', 'attendee', 'response', 'comment'], 'reply');
  const out: ReplyInput = {
    attendee: readString(input.attendee, 'attendee').trim(),
    response: readEnum(input.response, RESPONSES, 'response'),
  };
  if (input.eventId !== undefined) out.eventId = readString(input.eventId, 'eventId');
  if (input.iCalUId !== undefined) out.iCalUId = readString(input.iCalUId, 'iCalUId');
  if (input.comment !== undefined) out.comment = readString(input.comment, 'comment');
  if (!out.eventId && !out.iCalUId) throw errors.badRequest('A reply needs "eventId" or "iCalUId".');
  return out;
}

/** The organiser's copy of an event, by id or iCalUId, in any calendar. */
export function locateEvent(state: EmulatorState, ref: { eventId?: string; iCalUId?: string }): EventRecord {
  for (const events of Object.values(state.events)) {
    const event = events.find(
      (e) => (ref.eventId && e.id === ref.eventId) || (ref.iCalUId && e.iCalUId === ref.iCalUId),
    );
    if (event) return event;
  }
  throw errors.resourceNotFound(
    `No event with ${ref.eventId ? `id '${ref.eventId}'` : `iCalUId '${ref.iCalUId ?? ''}'`}.`,
  );
}

/** An attendee of the event, or (Exchange behaviour) a list member who answers and so appears as an attendee. */
function attendeeFor(state: EmulatorState, event: EventRecord, address: string): AttendeeRecord {
  const key = address.toLowerCase();
  const known = event.attendees.find((a) => a.emailAddress.address.toLowerCase() === key);
  if (known) return known;
  const message = reachedVia(state, event.id, address);
  if (!message) throw errors.badRequest(`'${address}' did not receive this invitation.`);
  const via = event.attendees.find((a) => a.emailAddress.address.toLowerCase() === message.via?.toLowerCase());
  const name = findName(state, address);
  const added: AttendeeRecord = {
    type: via?.type ?? 'required',
    status: { response: 'none', time: '0001-01-01T00:00:00Z' },
    emailAddress: { name, address },
  };
  event.attendees.push(added);
  return added;
}

function findName(state: EmulatorState, address: string): string {
  const key = address.toLowerCase();
  const person =
    state.users.find((u) => u.mail?.toLowerCase() === key) ??
    state.orgContacts.find((c) => c.mail.toLowerCase() === key);
  return person?.displayName ?? address;
}

export function applyReply(state: EmulatorState, input: ReplyInput, now: Date): ReplyRecord {
  const event = locateEvent(state, input);
  if (event.isCancelled) throw errors.badRequest('The meeting has been cancelled.');
  const attendee = attendeeFor(state, event, input.attendee);
  const time = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  attendee.status = { response: input.response, time };
  event.changeKey = newChangeKey();
  const reply: ReplyRecord = {
    time,
    eventId: event.id,
    subject: event.subject,
    attendee: attendee.emailAddress,
    response: input.response,
    comment: input.comment ?? null,
  };
  state.replies.push(reply);
  return reply;
}

/** Answers for `count` list members (reached through a distribution list) who have not answered yet, chosen and answering by a seeded random source. */
export function randomReplies(
  state: EmulatorState,
  eventId: string,
  count: number,
  random: () => number,
  now: Date,
): ReplyRecord[] {
  const event = locateEvent(state, { eventId });
  const answered = new Set(
    event.attendees.filter((a) => a.status.response !== 'none').map((a) => a.emailAddress.address.toLowerCase()),
  );
  const pending = Object.entries(state.mailboxes)
    .filter(
      ([address, box]) =>
        !answered.has(address) && box.some((m) => m.eventId === eventId && m.method === 'REQUEST' && m.via !== null),
    )
    .map(([address]) => address)
    .filter((address) => !state.users.some((u) => u.mail?.toLowerCase() === address && !u.accountEnabled));
  const replies: ReplyRecord[] = [];
  for (let i = 0; i < count && pending.length > 0; i++) {
    const [address] = pending.splice(Math.floor(random() * pending.length), 1);
    const roll = random();
    const response = roll < 0.6 ? 'accepted' : roll < 0.8 ? 'tentativelyAccepted' : 'declined';
    if (address) replies.push(applyReply(state, { eventId, attendee: address, response }, now));
  }
  return replies;
}
