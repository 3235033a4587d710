import type { EmulatorState, GroupRecord } from '../state';
import type { EmailAddress, EventRecord, MeetingMessage } from './records';

/** Where one copy of a meeting message goes: a mailbox address, and the list it came through. */
export interface Recipient {
  address: EmailAddress;
  via: string | null;
}

type MailList = Pick<GroupRecord, 'id' | 'mail' | 'memberIds'>;

/** A distribution list by address: a group, or a dynamic distribution group (Exchange only). */
function groupByMail(state: EmulatorState, address: string): MailList | undefined {
  const key = address.toLowerCase();
  const lists: MailList[] = [...state.groups, ...(state.dynamicDistributionLists ?? [])];
  return lists.find((g) => g.mail?.toLowerCase() === key);
}

/** Every mailbox behind a distribution list: users and org contacts, nested lists expanded, each once. */
function expandGroup(state: EmulatorState, group: MailList, seen: Set<string>): EmailAddress[] {
  const out: EmailAddress[] = [];
  for (const id of group.memberIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const nested = state.groups.find((g) => g.id === id);
    if (nested) {
      out.push(...expandGroup(state, nested, seen));
      continue;
    }
    const member = state.users.find((u) => u.id === id) ?? state.orgContacts.find((c) => c.id === id);
    if (member?.mail) out.push({ name: member.displayName, address: member.mail });
  }
  return out;
}

/** The mailboxes an attendee address reaches: itself, or, for a distribution list, its members. */
export function expandAddress(state: EmulatorState, address: EmailAddress): Recipient[] {
  const group = groupByMail(state, address.address);
  if (!group) return [{ address, via: null }];
  return expandGroup(state, group, new Set([group.id])).map((member) => ({ address: member, via: group.mail }));
}

export function isDistributionList(state: EmulatorState, address: string): boolean {
  return groupByMail(state, address) !== undefined;
}

/** All mailboxes for a set of attendee addresses, each once (a direct invitation wins over a list), never the organiser. */
export function recipientsOf(state: EmulatorState, attendees: EmailAddress[], organizer: string): Recipient[] {
  const byAddress = new Map<string, Recipient>();
  for (const recipient of attendees.flatMap((a) => expandAddress(state, a))) {
    const key = recipient.address.address.toLowerCase();
    if (key === organizer.toLowerCase()) continue;
    const known = byAddress.get(key);
    if (!known || (known.via && !recipient.via)) byAddress.set(key, recipient);
  }
  return [...byAddress.values()];
}

export interface Delivery {
  method: 'REQUEST' | 'CANCEL';
  calendarOwnerId: string;
  event: EventRecord;
  comment?: string;
  now: string;
}

/** Puts one meeting message into each recipient's mailbox. */
export function deliver(state: EmulatorState, recipients: Recipient[], delivery: Delivery): void {
  for (const recipient of recipients) {
    const key = recipient.address.address.toLowerCase();
    const box = (state.mailboxes[key] ??= []);
    const message: MeetingMessage = {
      n: box.length + 1,
      method: delivery.method,
      receivedDateTime: delivery.now,
      calendarOwnerId: delivery.calendarOwnerId,
      eventId: delivery.event.id,
      via: recipient.via,
      comment: delivery.comment ?? null,
      event: structuredClone(delivery.event),
    };
    box.push(message);
  }
}

/** Was this address reached by the event through a distribution list (so it may answer without being an attendee)? */
export function reachedVia(state: EmulatorState, eventId: string, address: string): MeetingMessage | undefined {
  return state.mailboxes[address.toLowerCase()]?.find((m) => m.eventId === eventId && m.method === 'REQUEST');
}
