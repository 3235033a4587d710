import type { NamedAddress } from '../settings';
import { daysBetween, inviteDueDate, type Meeting, type PlainDate } from '../planning';
import type { Invitation } from './invitation';

/** Where the invitation stands, as the Einladung view names it. */
export type InvitationStage = 'offen' | 'vorgemerkt' | 'verschickt' | 'aktualisiert' | 'abgesagt';

export function invitationStage(meeting: Meeting): InvitationStage {
  const record = meeting.invitation;
  if (meeting.status === 'abgesagt' || record?.cancelledAt) return 'abgesagt';
  if (record?.updatedAt) return 'aktualisiert';
  if (record?.sentAt) return 'verschickt';
  if (record?.heldAt && record.eventId) return 'vorgemerkt';
  return 'offen';
}

export interface DueInfo {
  dueDate: PlainDate;
  /** early: before the due date; due: today; late: after it (up to the meeting day); past: after the meeting. */
  phase: 'early' | 'due' | 'late' | 'past';
  /** Days until the due date (early) or since it (late); 0 otherwise. */
  days: number;
}

/** The county's rule: invite about three weeks ahead (on a working day). */
export function dueInfo(meeting: Pick<Meeting, 'date'>, today: PlainDate): DueInfo {
  const dueDate = inviteDueDate(meeting.date);
  if (today > meeting.date) return { dueDate, phase: 'past', days: 0 };
  const days = daysBetween(today, dueDate);
  if (days > 0) return { dueDate, phase: 'early', days };
  if (days === 0) return { dueDate, phase: 'due', days: 0 };
  return { dueDate, phase: 'late', days: -days };
}

/** The parts of an invitation the invitees notice when they change. */
export type InvitationPart = 'Betreff' | 'Zeit' | 'Ort' | 'Tagesordnung und Hinweise' | 'Eingeladene';

/** FNV-1a, enough to notice a change; not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function partsOf(invitation: Invitation): Record<InvitationPart, string> {
  return {
    Betreff: invitation.subject,
    Zeit: `${invitation.start}/${invitation.end}/${invitation.timeZone}`,
    Ort: JSON.stringify(invitation.location ?? null),
    'Tagesordnung und Hinweise': invitation.bodyHtml,
    Eingeladene: invitation.attendees
      .map((a) => `${a.type}:${a.address.toLowerCase()}`)
      .sort()
      .join(','),
  };
}

/** What the invitees received, kept with the meeting to notice later changes. */
export function invitationFingerprint(invitation: Invitation): string {
  const parts = partsOf(invitation);
  return JSON.stringify(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, hash(v)])));
}

/** The parts that differ from what the invitees have; empty when nothing changed. */
export function changedParts(sentFingerprint: string | undefined, current: Invitation): InvitationPart[] {
  if (!sentFingerprint) return [];
  let sent: Record<string, string>;
  try {
    sent = JSON.parse(sentFingerprint) as Record<string, string>;
  } catch {
    return [];
  }
  const now = JSON.parse(invitationFingerprint(current)) as Record<InvitationPart, string>;
  return (Object.keys(now) as InvitationPart[]).filter((part) => sent[part] !== now[part]);
}

/**
 * With list expansion (GroupMember.Read.All granted): the list's members, one by one, as required
 * attendees in place of the list address, so each answer comes back with a name.
 */
export function withMembers(invitation: Invitation, listAddress: string, members: NamedAddress[]): Invitation {
  if (members.length === 0) return invitation;
  const list = listAddress.toLowerCase();
  const others = invitation.attendees.filter((a) => a.address.toLowerCase() !== list);
  const taken = new Set(others.map((a) => a.address.toLowerCase()));
  const people = members
    .filter((m) => !taken.has(m.address.toLowerCase()))
    .map((m) => ({ address: m.address, name: m.name, type: 'required' as const }));
  return { ...invitation, attendees: [...people, ...others] };
}
