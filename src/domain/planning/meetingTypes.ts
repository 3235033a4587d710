/**
 * The meeting's shape: what is planned, invited, held, minuted and spent, stored as versioned JSON in
 * the meeting's list item (graph/meetingSchema; its people as domain/filedMeeting allows). Types only;
 * the functions on them live in meeting.ts and beside it.
 */
import type { FiledDocuments } from '../documents/filedDocument';
import type { ExpenseLine } from '../expenses';
import type { PlainDate } from './plainDate';

export type MeetingStatus = 'geplant' | 'eingeladen' | 'durchgeführt' | 'protokolliert' | 'abgesagt';
export type AgendaKind = 'information' | 'austausch' | 'beschluss' | 'vortrag';
export type AgendaRole = 'begruessung' | 'landkreis' | 'initiativen' | 'pause' | 'input' | 'termine' | 'weitere';

export interface AgendaItem {
  id: string;
  /** What the item is in the standard agenda; new items are 'weitere'. */
  role: AgendaRole;
  title: string;
  kind: AgendaKind;
  minutes: number;
  presenter: string;
  note: string;
  subItems: string[];
}

export interface Speaker {
  name: string;
  organisation: string;
  topic: string;
  /** Where known, the speaker is invited as an optional attendee. */
  address?: string;
}

export interface VenueNotes {
  stepFree: boolean;
  parking: string;
  publicTransport: string;
  other?: string;
}

export interface Venue {
  id: string;
  name: string;
  kind: 'kreishaus' | 'initiative';
  street: string;
  postalCode: string;
  town: string;
  notes: VenueNotes;
  /** The room's mailbox, invited as a resource where there is one. */
  roomMailbox?: string;
}

export type SuggestionStatus = 'offen' | 'übernommen' | 'verworfen';

export interface TopicSuggestion {
  id: string;
  subject: string;
  sender: string;
  receivedAt: string;
  /** Absent means 'offen' (suggestions kept before the status existed). */
  status?: SuggestionStatus;
}

export type ReplyStatus = 'accepted' | 'tentative' | 'declined' | 'none';

export interface AttendeeReply {
  address: string;
  name: string;
  response: ReplyStatus;
}

/**
 * The meeting's event in Outlook and where the invitation stands (issue "Einladung"). Times are ISO
 * instants. `sentFingerprint` is what the invitees last received (subject, time, place, body), so the
 * pane notices a change to the plan after sending.
 */
export interface Invitation {
  eventId?: string;
  iCalUId?: string;
  webLink?: string;
  /** The date held in the calendar without attendees (before the due date). */
  heldAt?: string;
  /**
   * When the To Do reminder for the invitation's due date was added (with the next meeting in the
   * Protokoll, or when holding the date), so it is never added twice. May be the only field.
   */
  reminderAddedAt?: string;
  sentAt?: string;
  /** The last update the invitees received after the first sending. */
  updatedAt?: string;
  cancelledAt?: string;
  cancelMessage?: string;
  sentFingerprint?: string;
  /** The replies as last read from the event (names as they answered). */
  replies?: AttendeeReply[];
  repliesReadAt?: string;
}

export interface ActionItem {
  id: string;
  what: string;
  /** A person or an initiative, as text. */
  who: string;
  due?: PlainDate;
  /** The action is for a colleague at the county (offered as a task in Microsoft To Do). */
  forCounty?: boolean;
  /** Made in Microsoft To Do once (ISO instant; the task's id where the answer came back). */
  todo?: { addedAt: string; taskId?: string };
}

/**
 * An action of an earlier meeting's minutes, carried into a later meeting's minutes and marked there
 * ('offen' carries it on to the meeting after). `id` is the source action's id.
 */
export interface CarriedAction {
  id: string;
  fromMeetingId: string;
  fromDate: PlainDate;
  what: string;
  who: string;
  due?: PlainDate;
  status: 'offen' | 'erledigt';
}

export interface Decision {
  id: string;
  text: string;
}

/** 'reply': pre-filled from the invitation's replies; 'walk-in': added by hand at the meeting. */
export type AttendanceSource = 'reply' | 'walk-in';

export interface AttendanceEntry {
  id: string;
  name: string;
  /** The initiative or office the person comes from; may be empty. */
  initiative: string;
  address?: string;
  present: boolean;
  source: AttendanceSource;
}

/** Filed and read-only in the pane until reopened (status 'protokolliert'). */
export interface MinutesFinal {
  /** ISO instant. */
  at: string;
}

/** Filled during and after the meeting (issue "Protokoll"). */
export interface MeetingMinutes {
  /** Notes per agenda item id. */
  notes: Record<string, string>;
  decisions: Decision[];
  actionItems: ActionItem[];
  attendance: AttendanceEntry[];
  nextMeetingDate?: PlainDate;
  final?: MinutesFinal;
  /** The earlier meetings' open actions as marked in these minutes (schema version 2; optional). */
  carriedActions?: CarriedAction[];
}

/**
 * That the minutes went out by mail, so a reopened pane says so instead of offering to send again
 * unasked. Added in schema version 1 as an optional field: older meetings simply have none.
 */
export interface MinutesMailRecord {
  /** ISO instant: when it was sent (after a lost answer: as Sent Items shows it, or when it was tried). */
  sentAt: string;
  /** To how many people (Bcc). */
  count: number;
  /** The answer was lost and looking could not tell whether it went out. */
  unconfirmed?: boolean;
}

/**
 * The call for topics (Themenaufruf) to the distribution list, once sent (or tried with an unknown
 * outcome): it is never sent twice. Schema version 2, optional.
 */
export interface CallForTopicsRecord {
  /** ISO instant: when it was sent (after a lost answer: as Sent Items shows it, or when it was tried). */
  sentAt: string;
  /** The deadline for replies the mail named. */
  deadline: PlainDate;
  count?: number;
  /** The answer was lost and looking could not tell whether it went out. */
  unconfirmed?: boolean;
}

/** The unit everything hangs on; stored whole (versioned JSON) in the meeting's list item. */
export interface Meeting {
  id: string;
  date: PlainDate;
  startTime: string;
  status: MeetingStatus;
  venue?: Venue;
  speaker: Speaker;
  agenda: AgendaItem[];
  /** Suggestions from mail that were taken into this meeting's agenda (for the record). */
  adoptedSuggestions: string[];
  /** Defaults to "Vernetzungstreffen der Ehrenamtskoordination – <date>" (see `meetingTitle`). */
  title?: string;
  /** Defaults to the three-hour slot (`meetingDuration`). */
  durationMinutes?: number;
  invitation?: Invitation;
  minutes?: MeetingMinutes;
  expenses?: ExpenseLine[];
  /** The minutes by mail, once sent (or tried with an unknown outcome). */
  minutesMail?: MinutesMailRecord;
  /** The documents made for it and filed in the site's library (schema version 2; older meetings have none). */
  documents?: FiledDocuments;
  /** The call for topics to the list, once sent (schema version 2; older meetings have none). */
  callForTopics?: CallForTopicsRecord;
}
