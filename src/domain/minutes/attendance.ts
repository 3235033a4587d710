/**
 * The attendance list: pre-filled from the invitation's replies, ticked at the meeting, completed with
 * walk-ins by name and initiative. Nobody who was ticked present is ever dropped.
 */
import type { AttendanceEntry, AttendeeReply, Meeting, ReplyStatus } from '../planning';

export interface PrefillOptions {
  /** Addresses that are not people: the distribution list, room mailboxes. */
  skip?: readonly string[];
}

/** Accepted first, then tentative, then those who did not answer; declined people are not listed. */
const REPLY_RANK: Partial<Record<ReplyStatus, number>> = { accepted: 0, tentative: 1, none: 2 };

const key = (address: string | undefined) => (address ?? '').trim().toLowerCase();

/** Stable across devices, so two colleagues' lists merge person by person. */
export function replyEntryId(address: string): string {
  return `reply:${key(address)}`;
}

/** A short, stable digest of `text` (53 bits, base 36); not a secret, only no longer the text itself. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The entry's id once its mail address is no longer kept with it (`reply:<address>` becomes
 * `reply:#<digest>`); other ids unchanged. The same on every device, so a list filed without the
 * addresses still merges and re-reads person by person with one that has them.
 */
export function filedEntryId(id: string): string {
  if (!id.includes('@')) return id;
  const colon = id.indexOf(':');
  return `${colon >= 0 ? id.slice(0, colon) : 'entry'}:#${digest(id)}`;
}

function fromReply(reply: AttendeeReply, existing: AttendanceEntry | undefined): AttendanceEntry {
  if (existing) return existing;
  return {
    id: replyEntryId(reply.address),
    name: reply.name.trim() || reply.address,
    initiative: '',
    address: reply.address,
    present: false,
    source: 'reply',
  };
}

/**
 * The attendance list after (re-)reading the replies: repliers in reply order (accepted, tentative, no
 * answer; by name within each), then walk-ins as they were. Existing entries keep their ticks and edits;
 * a replier who now declined or left the invitation stays only when ticked present.
 */
export function prefillAttendance(meeting: Meeting, options: PrefillOptions = {}): AttendanceEntry[] {
  const current = meeting.minutes?.attendance ?? [];
  const skip = new Set((options.skip ?? []).map(key));
  const byAddress = new Map(current.filter((e) => e.address).map((e) => [key(e.address), e]));
  // Entries filed without their address (after the minutes mail) are found by their filed id.
  const byFiledId = new Map(current.map((e) => [e.id, e]));
  const known = (address: string) => byAddress.get(key(address)) ?? byFiledId.get(filedEntryId(replyEntryId(address)));
  const replies = (meeting.invitation?.replies ?? [])
    .filter((r) => key(r.address) && !skip.has(key(r.address)) && REPLY_RANK[r.response] !== undefined)
    .sort(
      (a, b) => (REPLY_RANK[a.response] ?? 0) - (REPLY_RANK[b.response] ?? 0) || a.name.localeCompare(b.name, 'de'),
    );
  const listed = new Set<string>();
  const fromReplies: AttendanceEntry[] = [];
  for (const reply of replies) {
    const existing = known(reply.address);
    if (listed.has(key(reply.address)) || existing?.source === 'walk-in') continue;
    listed.add(key(reply.address));
    fromReplies.push(fromReply(reply, existing));
  }
  const kept = current.filter(
    (e) => !fromReplies.includes(e) && (e.source === 'walk-in' || e.present) && !listed.has(key(e.address)),
  );
  return [...fromReplies, ...kept];
}

export function presentCount(attendance: readonly AttendanceEntry[]): number {
  return attendance.filter((entry) => entry.present).length;
}

export function setPresent(attendance: readonly AttendanceEntry[], id: string, present: boolean): AttendanceEntry[] {
  return attendance.map((entry) => (entry.id === id ? { ...entry, present } : entry));
}

export interface WalkIn {
  id: string;
  name: string;
  initiative: string;
  address?: string;
}

/** A person who came without having answered: present at once. */
export function addWalkIn(attendance: readonly AttendanceEntry[], walkIn: WalkIn): AttendanceEntry[] {
  const address = walkIn.address?.trim();
  const entry: AttendanceEntry = {
    id: walkIn.id,
    name: walkIn.name.trim(),
    initiative: walkIn.initiative.trim(),
    ...(address ? { address } : {}),
    present: true,
    source: 'walk-in',
  };
  return [...attendance, entry];
}

/** "Miriam Albers (Café International)" or just the name. */
export function attendeeLabel(entry: Pick<AttendanceEntry, 'name' | 'initiative'>): string {
  return entry.initiative ? `${entry.name} (${entry.initiative})` : entry.name;
}
