/** Calendar, mailbox, To Do and outbox records as `state.json` holds them. */

export interface EmailAddress {
  name: string;
  address: string;
}

export type AttendeeType = 'required' | 'optional' | 'resource';
export type ResponseType = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface AttendeeRecord {
  type: AttendeeType;
  status: { response: ResponseType; time: string };
  emailAddress: EmailAddress;
}

export interface PhysicalAddress {
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  countryOrRegion?: string;
}

export interface LocationRecord {
  displayName: string;
  address?: PhysicalAddress;
  locationType?: string;
  locationEmailAddress?: string;
  locationUri?: string;
  uniqueId?: string;
  uniqueIdType?: string;
}

export interface ItemBody {
  contentType: 'html' | 'text';
  content: string;
}

export interface EventRecord {
  id: string;
  iCalUId: string;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  subject: string;
  body: ItemBody;
  /** UTC instants, ISO with Z */
  startUtc: string;
  endUtc: string;
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  location: LocationRecord;
  locations: LocationRecord[];
  attendees: AttendeeRecord[];
  organizer: EmailAddress;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  responseRequested: boolean;
  isCancelled: boolean;
  isAllDay: boolean;
  allowNewTimeProposals: boolean;
  hideAttendees: boolean;
  importance: string;
  sensitivity: string;
  showAs: string;
  categories: string[];
  transactionId: string | null;
  /** iCalendar SEQUENCE: bumped by changes of time, place, subject or body, and by cancel */
  sequence: number;
  /** 'deleteditems' once cancelled: moved out of the calendar (GET by id 404, not in calendarView) */
  parentFolder?: 'deleteditems';
  /** file attachments (POST /events/{id}/attachments), bytes in the blob store */
  attachments?: AttachmentRecord[];
}

/** One meeting message as a recipient's mailbox received it. */
export interface MeetingMessage {
  /** 1-based per mailbox */
  n: number;
  method: 'REQUEST' | 'CANCEL';
  receivedDateTime: string;
  /** whose calendar holds the event */
  calendarOwnerId: string;
  eventId: string;
  /** the distribution list the message came through, if any */
  via: string | null;
  comment: string | null;
  /** the event as it was sent */
  event: EventRecord;
}

export interface ReplyRecord {
  time: string;
  eventId: string;
  subject: string;
  attendee: EmailAddress;
  response: ResponseType;
  comment: string | null;
}

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface TodoTaskRecord {
  id: string;
  title: string;
  body: ItemBody;
  importance: string;
  status: string;
  isReminderOn: boolean;
  createdDateTime: string;
  lastModifiedDateTime: string;
  categories: string[];
  dueDateTime: DateTimeTimeZone | null;
  reminderDateTime: DateTimeTimeZone | null;
  startDateTime: DateTimeTimeZone | null;
}

export interface TodoListRecord {
  id: string;
  displayName: string;
  wellknownListName: 'none' | 'defaultList' | 'flaggedEmails';
  tasks: TodoTaskRecord[];
}

export interface SentMailRecord {
  id: string;
  sentDateTime: string;
  senderUserId: string;
  from: EmailAddress;
  subject: string;
  body: ItemBody;
  toRecipients: EmailAddress[];
  ccRecipients: EmailAddress[];
  bccRecipients: EmailAddress[];
  replyTo: EmailAddress[];
  importance: string;
  saveToSentItems: boolean;
}

/** A file attached to an event; its bytes are in the blob store. */
export interface AttachmentRecord {
  id: string;
  name: string;
  contentType: string;
  size: number;
  lastModifiedDateTime: string;
  /** sha256 of the bytes in the blob store */
  sha: string;
}
