/**
 * The meeting as JSON in the list's hidden column TpDaten: `{ "schemaVersion": n, "meeting": {…} }`,
 * checked field by field on reading, so a row a colleague or a script broke never reaches the pane.
 *
 * Versions:
 * - 1: the meeting as every earlier Treffpunkt wrote it, people whole. Fields that came during
 *   version 1 are filled in where an older pane left them out (an agenda item's role, presenter,
 *   note and sub-items; the adopted suggestions; the speaker's organisation and topic).
 * - 2 (written now): the same shape, the people in it as the filing rule allows
 *   (domain/filedMeeting): no mail address once the minutes mail is sent, names as the team's
 *   setting says; an attendance id may be a digest (`reply:#…`) instead of `reply:<address>`.
 *   The documents filed in the site's library (`documents`) came during version 2: optional, a
 *   meeting without them reads as before. So did, optional too, the minutes' carried actions
 *   (`carriedActions`) and an action item's `forCounty` and `todo` (made in Microsoft To Do).
 *   And the call for topics once sent (`callForTopics`), optional.
 * A version above 2 was written by a newer Treffpunkt: this pane does not guess at it.
 */
import type { ExpenseLine } from '../domain/expenses';
import { EXPENSE_CATEGORIES } from '../domain/expenses';
import type { DataProblem } from '../domain/lists';
import {
  type ActionItem,
  type AgendaItem,
  type AgendaKind,
  type AgendaRole,
  type AttendanceEntry,
  type AttendeeReply,
  type CallForTopicsRecord,
  type CarriedAction,
  type Invitation,
  isPlainDate,
  type Meeting,
  type MeetingMinutes,
  type MeetingStatus,
  type MinutesMailRecord,
  type Speaker,
  type Venue,
} from '../domain/planning';
import { count, flag, isRecord, listOf, oneOf, optional, recordOf, shape, text, textLike } from './jsonGuard';
import { isFiledDocuments } from './filedDocumentsGuard';

export const STORED_MEETING_VERSION = 2;

const STATUSES = ['geplant', 'eingeladen', 'durchgeführt', 'protokolliert', 'abgesagt'] as const;
const ROLES = ['begruessung', 'landkreis', 'initiativen', 'pause', 'input', 'termine', 'weitere'] as const;
const KINDS = ['information', 'austausch', 'beschluss', 'vortrag'] as const;
// Every value of the domain's unions is listed (a new one that is not fails to compile here).
const complete: [
  Exclude<MeetingStatus, (typeof STATUSES)[number]>,
  Exclude<AgendaRole, (typeof ROLES)[number]>,
  Exclude<AgendaKind, (typeof KINDS)[number]>,
] extends [never, never, never]
  ? true
  : never = true;
void complete;

const date = textLike(isPlainDate);
const maybeText = optional(text);

const isVenue = shape<Venue>({
  id: text,
  name: text,
  kind: oneOf(['kreishaus', 'initiative']),
  street: text,
  postalCode: text,
  town: text,
  notes: shape({ stepFree: flag, parking: text, publicTransport: text, other: maybeText }),
  roomMailbox: maybeText,
});

const isSpeaker = shape<Speaker>({ name: text, organisation: text, topic: text, address: maybeText });

const isAgendaItem = shape<AgendaItem>({
  id: text,
  role: oneOf(ROLES),
  title: text,
  kind: oneOf(KINDS),
  minutes: count,
  presenter: text,
  note: text,
  subItems: listOf(text),
});

const isReply = shape<AttendeeReply>({
  address: text,
  name: text,
  response: oneOf(['accepted', 'tentative', 'declined', 'none']),
});

const isInvitation = shape<Invitation>({
  eventId: maybeText,
  iCalUId: maybeText,
  webLink: maybeText,
  heldAt: maybeText,
  reminderAddedAt: maybeText,
  sentAt: maybeText,
  updatedAt: maybeText,
  cancelledAt: maybeText,
  cancelMessage: maybeText,
  sentFingerprint: maybeText,
  replies: optional(listOf(isReply)),
  repliesReadAt: maybeText,
});

const isCarriedAction = shape<CarriedAction>({
  id: text,
  fromMeetingId: text,
  fromDate: date,
  what: text,
  who: text,
  due: optional(date),
  status: oneOf(['offen', 'erledigt']),
});

const isMinutes = shape<MeetingMinutes>({
  notes: recordOf(text),
  decisions: listOf(shape({ id: text, text })),
  actionItems: listOf(
    shape<ActionItem>({
      id: text,
      what: text,
      who: text,
      due: optional(date),
      forCounty: optional(flag),
      todo: optional(shape({ addedAt: text, taskId: maybeText })),
    }),
  ),
  attendance: listOf(
    shape<AttendanceEntry>({
      id: text,
      name: text,
      initiative: text,
      address: maybeText,
      present: flag,
      source: oneOf(['reply', 'walk-in']),
    }),
  ),
  nextMeetingDate: optional(date),
  final: optional(shape({ at: text })),
  carriedActions: optional(listOf(isCarriedAction)),
});

const isExpenseLine = shape<ExpenseLine>({
  id: text,
  category: oneOf(EXPENSE_CATEGORIES),
  description: text,
  amountCents: count,
  paidBy: text,
  receiptNumber: text,
});

export const isMeeting = shape<Meeting>({
  id: text,
  date,
  startTime: textLike(/^\d{2}:\d{2}$/),
  status: oneOf(STATUSES),
  venue: optional(isVenue),
  speaker: isSpeaker,
  agenda: listOf(isAgendaItem),
  adoptedSuggestions: listOf(text),
  title: maybeText,
  durationMinutes: optional(count),
  invitation: optional(isInvitation),
  minutes: optional(isMinutes),
  expenses: optional(listOf(isExpenseLine)),
  minutesMail: optional(shape<MinutesMailRecord>({ sentAt: text, count, unconfirmed: optional(flag) })),
  documents: optional(isFiledDocuments),
  callForTopics: optional(
    shape<CallForTopicsRecord>({ sentAt: text, deadline: date, count: optional(count), unconfirmed: optional(flag) }),
  ),
});

const olderItem = (item: unknown) =>
  isRecord(item) ? { role: 'weitere', presenter: '', note: '', subItems: [], ...item } : item;

/** Version 1 → 2: the fields that came during version 1, where an older pane left them out. */
function fromVersion1(meeting: unknown): unknown {
  if (!isRecord(meeting)) return meeting;
  const { agenda, speaker } = meeting;
  return {
    adoptedSuggestions: [],
    ...meeting,
    ...(isRecord(speaker) ? { speaker: { organisation: '', topic: '', ...speaker } } : {}),
    ...(Array.isArray(agenda) ? { agenda: agenda.map(olderItem) } : {}),
  };
}

/** What TpDaten held: a meeting, nothing (a row entered by hand), or data this pane cannot use. */
export type StoredMeetingRead = { meeting: Meeting } | { problem: DataProblem } | undefined;

/** Reads TpDaten of any version this pane knows; never throws. */
export function readStoredMeeting(json: string): StoredMeetingRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { problem: 'unreadable' };
  }
  if (!isRecord(parsed) || !Number.isInteger(parsed.schemaVersion)) return { problem: 'unreadable' };
  const version = parsed.schemaVersion as number;
  if (version > STORED_MEETING_VERSION) return { problem: 'newer-version' };
  const meeting = version === 1 ? fromVersion1(parsed.meeting) : parsed.meeting;
  return version >= 1 && isMeeting(meeting) ? { meeting } : { problem: 'unreadable' };
}

/** TpDaten for `meeting` (already filed as the rule says), in the current version. */
export function storedMeetingJson(meeting: Meeting): string {
  return JSON.stringify({ schemaVersion: STORED_MEETING_VERSION, meeting });
}
