import type { PlainDate } from './plainDate';

export const MEETING_SCHEMA_VERSION = 1;
export const SLOT_MINUTES = 180;

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

export interface TopicSuggestion {
  id: string;
  subject: string;
  sender: string;
  receivedAt: string;
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
}

export interface StoredMeeting {
  schemaVersion: number;
  meeting: Meeting;
}

export function meetingTitle(date: PlainDate, formatDate: (d: PlainDate) => string): string {
  return `Vernetzungstreffen der Ehrenamtskoordination – ${formatDate(date)}`;
}

export function plannedMinutes(meeting: Pick<Meeting, 'agenda'>): number {
  return meeting.agenda.reduce((sum, item) => sum + item.minutes, 0);
}
