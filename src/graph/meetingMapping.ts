import { documentsHtml } from '../domain/documents/documentLinks';
import { filedMeeting } from '../domain/filedMeeting';
import type { ListedMeeting } from '../domain/lists';
import { actionLines, costNoteLines, decisionLines, minutesHtml, presentCount } from '../domain/minutes';
import { sumCents } from '../domain/money';
import {
  agendaHtml,
  berlinParts,
  berlinToInstant,
  formatLongDate,
  isPlainDate,
  type Meeting,
  meetingDuration,
  meetingTitle,
  type MeetingStatus,
  type PlainDate,
  speakerLine,
  yearOf,
} from '../domain/planning';
import type { FilingSettings } from '../domain/settings';
import type { Fields, StoredItem } from './listsGateway';
import { readStoredMeeting, type StoredMeetingRead, storedMeetingJson } from './meetingSchema';

const STATUSES: MeetingStatus[] = ['geplant', 'eingeladen', 'durchgeführt', 'protokolliert', 'abgesagt'];

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The readable columns colleagues see, plus the meeting as versioned JSON in TpDaten (meetingSchema),
 * with no more of its people than the filing rule allows (domain/filedMeeting). Without filing
 * settings: no budget, no names.
 */
export function meetingToFields(meeting: Meeting, filing?: FilingSettings): Fields {
  const start = berlinToInstant(meeting.date, meeting.startTime);
  const end = new Date(start.getTime() + meetingDuration(meeting) * 60_000);
  return {
    Title: meetingTitle(meeting.date, formatLongDate),
    TpBeginn: isoSeconds(start),
    TpEnde: isoSeconds(end),
    TpJahr: yearOf(meeting.date),
    TpStatus: meeting.status,
    TpOrt: meeting.venue?.name ?? '',
    TpReferent: speakerLine(meeting),
    TpTagesordnung: agendaHtml(meeting),
    ...invitationFields(meeting),
    ...costFields(meeting, filing),
    ...minutesFields(meeting, filing),
    ...(meeting.documents ? { TpDokumente: documentsHtml(meeting.documents) } : {}),
    TpDaten: storedMeetingJson(filedMeeting(meeting, filing)),
  };
}

/** Where the invitation went: the Outlook link colleagues can follow, when it was sent, the event's ids. */
function invitationFields(meeting: Meeting): Fields {
  const invitation = meeting.invitation;
  if (!invitation?.eventId) return {};
  return {
    TpTermin: invitation.webLink ?? '',
    TpTerminId: invitation.eventId,
    TpICalUId: invitation.iCalUId ?? '',
    ...(invitation.sentAt ? { TpEingeladenAm: isoSeconds(new Date(invitation.sentAt)) } : {}),
  };
}

/** Once the Ausgaben were opened: the total in the currency column (euros) and one line per expense. */
function costFields(meeting: Meeting, filing: FilingSettings | undefined): Fields {
  const lines = meeting.expenses;
  if (!lines) return {};
  const participants = presentCount(meeting.minutes?.attendance ?? []);
  const notes = costNoteLines(lines, { participants, budgetCents: filing?.budgetPerMeetingCents ?? 0 });
  return { TpKosten: sumCents(lines.map((line) => line.amountCents)) / 100, TpKostenNotizen: notes.join('\n') };
}

/** The minutes as rich text, decisions and actions as lines, the count present, the next meeting's start. */
function minutesFields(meeting: Meeting, filing: FilingSettings | undefined): Fields {
  const minutes = meeting.minutes;
  if (!minutes) return {};
  const next = minutes.nextMeetingDate;
  return {
    TpProtokoll: minutesHtml(meeting, { names: filing?.namesInMinutes ?? false }),
    TpBeschluesse: decisionLines(meeting).join('\n'),
    TpAufgaben: actionLines(meeting).join('\n'),
    TpTeilnehmende: presentCount(minutes.attendance),
    // as the list's own rows have it: the next meeting's start, 15:00 in Northeim
    TpNaechstesTreffen: next ? isoSeconds(berlinToInstant(next, '15:00')) : null,
  };
}

/** What TpDaten holds: a meeting, nothing (entered by hand) or data the pane cannot use; never throws. */
export function storedDataOf(fields: Fields): StoredMeetingRead {
  if (typeof fields.TpDaten !== 'string' || !fields.TpDaten.trim()) return undefined;
  return readStoredMeeting(fields.TpDaten);
}

/** The meeting from TpDaten, when it is there and of a version this pane understands. */
export function storedMeetingOf(fields: Fields): Meeting | undefined {
  const stored = storedDataOf(fields);
  return stored && 'meeting' in stored ? stored.meeting : undefined;
}

function localDate(value: unknown): PlainDate | undefined {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return undefined;
  return berlinParts(new Date(value)).date;
}

/**
 * The open meeting's row as `listedMeetingOf` reads it back once `meetingToFields` has written it, made
 * from the meeting itself: the session needs it with every change (other views, switching back), and
 * the columns' markup and TpDaten's JSON are only for SharePoint. A unit test holds the two equal.
 */
export function listedOpenMeeting(
  meeting: Meeting,
  row: Pick<ListedMeeting, 'itemId' | 'etag' | 'webUrl'>,
  filing?: FilingSettings,
): ListedMeeting | undefined {
  if (!isPlainDate(meeting.date)) return undefined;
  const next = meeting.minutes?.nextMeetingDate;
  return {
    ...row,
    date: meeting.date,
    status: meeting.status,
    venueName: meeting.venue?.name ?? '',
    ...(next ? { nextMeetingDate: next } : {}),
    ...(meeting.expenses ? { costCents: sumCents(meeting.expenses.map((line) => line.amountCents)) } : {}),
    ...(meeting.minutes ? { participants: presentCount(meeting.minutes.attendance) } : {}),
    meeting: filedMeeting(meeting, filing),
  };
}

/**
 * Any row of the list, also those a colleague entered by hand (read from the visible columns), and
 * those whose TpDaten is broken or newer than this pane (read the same way, `dataProblem` set).
 */
export function listedMeetingOf(item: StoredItem): ListedMeeting | undefined {
  const f = item.fields;
  const date = localDate(f.TpBeginn);
  if (!date) return undefined;
  const status = STATUSES.find((s) => s === f.TpStatus) ?? 'geplant';
  const stored = storedDataOf(f);
  const nextMeetingDate = localDate(f.TpNaechstesTreffen);
  return {
    itemId: item.id,
    etag: item.etag,
    webUrl: item.webUrl,
    date,
    status,
    venueName: typeof f.TpOrt === 'string' ? f.TpOrt : '',
    ...(nextMeetingDate ? { nextMeetingDate } : {}),
    ...(typeof f.TpKosten === 'number' ? { costCents: Math.round(f.TpKosten * 100) } : {}),
    ...(typeof f.TpTeilnehmende === 'number' ? { participants: f.TpTeilnehmende } : {}),
    // Data that cannot be used: the row as if entered by hand, with a note that says why.
    ...(stored && 'meeting' in stored ? { meeting: stored.meeting } : {}),
    ...(stored && 'problem' in stored ? { dataProblem: stored.problem } : {}),
  };
}
