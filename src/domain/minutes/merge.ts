/**
 * Merging the user's meeting with the one a colleague saved meanwhile, so that nothing either typed is
 * lost: lines are united by id, notes that differ are both kept and marked, a tick from either counts.
 * Plan fields (date, time, venue, speaker) are the user's own.
 */
import type { ExpenseLine } from '../expenses';
import {
  addItem,
  type AttendanceEntry,
  type Invitation,
  type Meeting,
  type MeetingMinutes,
  type MeetingStatus,
} from '../planning';
import { filedEntryId } from './attendance';
import { emptyMinutes } from './lifecycle';
import { laterMailRecord } from './mail';

export const MINE_MARK = 'Meine Fassung:';
export const THEIRS_MARK = 'Fassung aus der Liste (zwischenzeitlich gespeichert):';

/**
 * The user's lines in their order (`combine` decides where both have one), then the colleague's others;
 * lines are the same line where `keyOf` says so (by default their id).
 */
function unionById<T extends { id: string }>(
  mine: readonly T[],
  theirs: readonly T[],
  combine: (m: T, t: T) => T = (m) => m,
  keyOf: (line: T) => string = (line) => line.id,
): T[] {
  const other = new Map(theirs.map((line) => [keyOf(line), line]));
  const own = new Set(mine.map(keyOf));
  const merged = mine.map((line) => {
    const twin = other.get(keyOf(line));
    return twin ? combine(line, twin) : line;
  });
  return [...merged, ...theirs.filter((line) => !own.has(keyOf(line)))];
}

/** A person on the list, whether or not the version at hand still holds their address (filedEntryId). */
const personKey = (entry: AttendanceEntry) => filedEntryId(entry.id);

/**
 * The non-empty one; where one holds the other (continued, or merged before), the fuller one; otherwise
 * both, clearly marked.
 */
export function mergeNote(mine: string, theirs: string): string {
  const [a, b] = [mine.trim(), theirs.trim()];
  if (a.includes(b)) return mine;
  if (b.includes(a)) return theirs;
  return `${MINE_MARK}\n${a}\n\n${THEIRS_MARK}\n${b}`;
}

function mergeNotes(mine: MeetingMinutes, theirs: MeetingMinutes): Record<string, string> {
  const ids = new Set([...Object.keys(mine.notes), ...Object.keys(theirs.notes)]);
  return Object.fromEntries([...ids].map((id) => [id, mergeNote(mine.notes[id] ?? '', theirs.notes[id] ?? '')]));
}

const LIFECYCLE: MeetingStatus[] = ['geplant', 'eingeladen', 'durchgeführt', 'protokolliert'];

/** A cancellation on either side stands; otherwise the further step of the meeting's life. */
function mergeStatus(mine: MeetingStatus, theirs: MeetingStatus): MeetingStatus {
  if (mine === 'abgesagt' || theirs === 'abgesagt') return 'abgesagt';
  return LIFECYCLE.indexOf(theirs) > LIFECYCLE.indexOf(mine) ? theirs : mine;
}

function lastChange(invitation: Invitation | undefined): string {
  if (!invitation) return '';
  const times = [
    invitation.heldAt,
    invitation.sentAt,
    invitation.updatedAt,
    invitation.cancelledAt,
    invitation.repliesReadAt,
  ];
  return times.reduce<string>((max, t) => (t && t > max ? t : max), invitation.eventId ? ' ' : '');
}

/** The invitation state that saw the later change (sending, an update, replies read). */
function mergeInvitation(mine: Meeting, theirs: Meeting): Invitation | undefined {
  return lastChange(theirs.invitation) > lastChange(mine.invitation) ? theirs.invitation : mine.invitation;
}

function mergeMinutes(mine: Meeting, theirs: Meeting, status: MeetingStatus): MeetingMinutes | undefined {
  if (!mine.minutes && !theirs.minutes) return undefined;
  const [a, b] = [mine.minutes ?? emptyMinutes(), theirs.minutes ?? emptyMinutes()];
  const final = status === 'protokolliert' ? (a.final ?? b.final) : undefined;
  const next = a.nextMeetingDate ?? b.nextMeetingDate;
  return {
    notes: mergeNotes(a, b),
    decisions: unionById(a.decisions, b.decisions),
    actionItems: unionById(a.actionItems, b.actionItems, (m, t) => (m.todo || !t.todo ? m : { ...m, todo: t.todo })),
    attendance: unionById(a.attendance, b.attendance, (m, t) => ({ ...m, present: m.present || t.present }), personKey),
    ...(next ? { nextMeetingDate: next } : {}),
    ...(final ? { final } : {}),
    ...(a.carriedActions || b.carriedActions
      ? { carriedActions: unionById(a.carriedActions ?? [], b.carriedActions ?? []) }
      : {}),
  };
}

function mergeExpenses(mine: Meeting, theirs: Meeting): ExpenseLine[] | undefined {
  if (!mine.expenses && !theirs.expenses) return undefined;
  return unionById(mine.expenses ?? [], theirs.expenses ?? []);
}

/** The merged meeting; `mine` for everything that is not a line, a note, a tick or the invitation state. */
export function mergeMeetings(mine: Meeting, theirs: Meeting): Meeting {
  const known = new Set(mine.agenda.map((item) => item.id));
  const agenda = theirs.agenda.filter((item) => !known.has(item.id)).reduce(addItem, mine.agenda);
  const status = mergeStatus(mine.status, theirs.status);
  const invitation = mergeInvitation(mine, theirs);
  const minutes = mergeMinutes(mine, theirs, status);
  const expenses = mergeExpenses(mine, theirs);
  const minutesMail = laterMailRecord(mine.minutesMail, theirs.minutesMail);
  return {
    ...mine,
    status,
    agenda,
    adoptedSuggestions: [...new Set([...mine.adoptedSuggestions, ...theirs.adoptedSuggestions])],
    ...(invitation ? { invitation } : {}),
    ...(minutes ? { minutes } : {}),
    ...(expenses ? { expenses } : {}),
    ...(minutesMail ? { minutesMail } : {}),
  };
}
