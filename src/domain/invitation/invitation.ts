import { isMailAddress } from '../mailAddress';
import { safeSurveyLink } from '../surveyLink';
import {
  addMinutesToTime,
  agendaParts,
  escapeHtml,
  formatLongDate,
  mailParagraph,
  type Meeting,
  meetingDuration,
  styledBlock,
  TIME_ZONE,
  venueAddress,
} from '../planning';
import { fillPhotoNotice } from './notices';

/** Team choices for the invitation (kept on the SharePoint site so every colleague's pane agrees). */
export interface InvitationSettings {
  distributionList: string;
  /** Flüchtlingssozialarbeit, Bildungs- und Sprachkoordination, … */
  optionalAttendees: { name: string; address: string }[];
  speakerAddress?: string;
  photoNotice: { enabled: boolean; text: string };
  /** Fills the photo notice's placeholder {Datenschutzkontakt}. */
  privacyOfficer: string;
  /** Fills the photo notice's placeholder {Speicherdauer}. */
  retentionMonths: number;
  fundingStatement: string;
  reminderMinutes: number;
  /** The team's survey form; in the invitation only with `surveyLinkInInvitation` and when a safe https link. */
  surveyLink?: string;
  surveyLinkInInvitation?: boolean;
}

export type AttendeeType = 'required' | 'optional' | 'resource';

export interface InvitationAttendee {
  address: string;
  name: string;
  type: AttendeeType;
}

/** Everything an ordinary calendar invitation carries, in the county's terms. */
export interface Invitation {
  subject: string;
  /** Local wall-clock times in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  location: { displayName: string; street: string; postalCode: string; city: string } | undefined;
  attendees: InvitationAttendee[];
  bodyHtml: string;
  reminderMinutes: number;
  /** Derived from the meeting: a create sent twice (a retry) never makes a second event. */
  transactionId: string;
}

export function invitationSubject(meeting: Meeting): string {
  return `Vernetzungstreffen der Ehrenamtskoordination am ${formatLongDate(meeting.date)}`;
}

export function transactionIdOf(meeting: Meeting): string {
  return `treffpunkt-${meeting.id}`;
}

/** Everyone the invitation is meant for, each address trimmed and named once (empty addresses left out). */
function intendedAttendees(meeting: Meeting, settings: InvitationSettings): InvitationAttendee[] {
  const list: InvitationAttendee[] = [
    { address: settings.distributionList, name: 'Ehrenamtskoordination (Verteiler)', type: 'required' },
    ...settings.optionalAttendees.map((a) => ({ ...a, type: 'optional' as const })),
  ];
  const speakerAddress = meeting.speaker.address?.trim() || settings.speakerAddress;
  if (speakerAddress) list.push({ address: speakerAddress, name: meeting.speaker.name, type: 'optional' });
  if (meeting.venue?.roomMailbox)
    list.push({ address: meeting.venue.roomMailbox, name: meeting.venue.name, type: 'resource' });
  const seen = new Set<string>();
  return list
    .map((a) => ({ ...a, address: a.address.trim() }))
    .filter((a) => a.address && !seen.has(a.address.toLowerCase()) && seen.add(a.address.toLowerCase()));
}

/** Only plain mail addresses are invited: the same check as every address the pane takes (mailAddress.ts). */
function attendeesOf(meeting: Meeting, settings: InvitationSettings): InvitationAttendee[] {
  return intendedAttendees(meeting, settings).filter((a) => isMailAddress(a.address));
}

/**
 * Who is meant to be invited but is not, because the address is no mail address: e.g. a room mailbox
 * typed wrong in the venues list, or a speaker's address. Never sent; the pane names them.
 */
export function uninvitableAttendees(meeting: Meeting, settings: InvitationSettings): InvitationAttendee[] {
  return intendedAttendees(meeting, settings).filter((a) => !isMailAddress(a.address));
}

/** Above the first notice, a rule sets the notices off from the agenda (a paragraph border: Word keeps it). */
const FIRST_NOTICE = 'margin:24px 0 0;padding-top:12px;border-top:1px solid #c8c6c4';
const NEXT_NOTICE = 'margin:16px 0 0';
const NEXT_LINE = 'margin:6px 0 0';

/** Texts the team typed (photo notice, funding statement): escaped, one paragraph per line, in order. */
function noticesHtml(texts: string[]): string {
  return texts
    .flatMap((text, t) =>
      text
        .split(/\r?\n/)
        .filter((line) => line.trim())
        .map((line, i) => {
          const style = i > 0 ? NEXT_LINE : t === 0 ? FIRST_NOTICE : NEXT_NOTICE;
          return mailParagraph(escapeHtml(line), style);
        }),
    )
    .join('');
}

/** "Umfrage: <link>" where the team wants its survey form in the invitation (plain text reads it too). */
function surveyHtml(settings: InvitationSettings): string {
  const link = settings.surveyLinkInInvitation ? safeSurveyLink(settings.surveyLink) : undefined;
  if (!link) return '';
  return mailParagraph(`Umfrage: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`);
}

/** The agenda, the survey link, then the photo notice and the funding statement: all in the one styled block. */
function bodyOf(meeting: Meeting, settings: InvitationSettings): string {
  const { photoNotice, fundingStatement } = settings;
  const notice = photoNotice.enabled ? fillPhotoNotice(photoNotice.text, settings) : '';
  const notices = noticesHtml([notice, fundingStatement].filter((t) => t.trim()));
  return styledBlock(agendaParts(meeting) + surveyHtml(settings) + notices);
}

/** The invitation for a planned meeting: to the distribution list, three weeks ahead. */
export function buildInvitation(meeting: Meeting, settings: InvitationSettings): Invitation {
  const duration = meetingDuration(meeting);
  const venue = meeting.venue;
  return {
    subject: invitationSubject(meeting),
    start: `${meeting.date}T${meeting.startTime}:00`,
    end: `${meeting.date}T${addMinutesToTime(meeting.startTime, duration)}:00`,
    timeZone: TIME_ZONE,
    location: venue && {
      displayName: venueAddress(venue),
      street: venue.street,
      postalCode: venue.postalCode,
      city: venue.town,
    },
    attendees: attendeesOf(meeting, settings),
    bodyHtml: bodyOf(meeting, settings),
    reminderMinutes: settings.reminderMinutes,
    transactionId: transactionIdOf(meeting),
  };
}
