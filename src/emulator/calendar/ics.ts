import { resolveTimeZone, wallClock } from '../timezones';
import { htmlToText } from './html';
import type { AttendeeRecord, EventRecord, MeetingMessage } from './records';

/** RFC 5545 text for one meeting message: CRLF, 75-octet folding, TEXT escaping, a VTIMEZONE for Europe/Berlin. */

const CRLF = '\r\n';
const BERLIN = 'Europe/Berlin';

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value, quoted when it holds ':', ';' or ','; DQUOTE itself is not allowed (§3.2). */
function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Lines of at most 75 octets; continuation lines begin with one space; UTF-8 sequences never split (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function utcStamp(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function localStamp(iso: string, zone: string): string {
  const w = wallClock(new Date(iso), zone);
  return `${w.y}${pad(w.mo)}${pad(w.d)}T${pad(w.h)}${pad(w.mi)}${pad(w.s)}`;
}

/** Central European Time with the EU rule: last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET. */
const VTIMEZONE_BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:STANDARD',
  'DTSTART:19701025T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

const ROLES: Record<AttendeeRecord['type'], string> = {
  required: 'REQ-PARTICIPANT',
  optional: 'OPT-PARTICIPANT',
  resource: 'NON-PARTICIPANT',
};

function attendeeLine(a: AttendeeRecord, event: EventRecord, isList: (address: string) => boolean): string {
  const cutype = a.type === 'resource' ? 'RESOURCE' : isList(a.emailAddress.address) ? 'GROUP' : 'INDIVIDUAL';
  const params = [
    `CUTYPE=${cutype}`,
    `ROLE=${ROLES[a.type]}`,
    'PARTSTAT=NEEDS-ACTION',
    `RSVP=${event.responseRequested ? 'TRUE' : 'FALSE'}`,
    `CN=${paramValue(a.emailAddress.name || a.emailAddress.address)}`,
  ];
  return `ATTENDEE;${params.join(';')}:mailto:${a.emailAddress.address}`;
}

function timeLines(event: EventRecord, berlin: boolean): string[] {
  if (!berlin) return [`DTSTART:${utcStamp(event.startUtc)}`, `DTEND:${utcStamp(event.endUtc)}`];
  return [
    `DTSTART;TZID=${BERLIN}:${localStamp(event.startUtc, BERLIN)}`,
    `DTEND;TZID=${BERLIN}:${localStamp(event.endUtc, BERLIN)}`,
  ];
}

function descriptionLines(event: EventRecord, comment: string | null): string[] {
  const html = event.body.contentType === 'html';
  const text = html ? htmlToText(event.body.content) : event.body.content;
  const description = comment ? `${comment}\n\n${text}`.trim() : text;
  const lines = [`DESCRIPTION;LANGUAGE=de-DE:${escapeText(description)}`];
  if (html) lines.push(`X-ALT-DESC;FMTTYPE=text/html:${escapeText(event.body.content)}`);
  return lines;
}

function locationText(event: EventRecord): string {
  const a = event.location.address;
  const address = a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  const name = event.location.displayName;
  return address && !name.includes(address) ? `${name}, ${address}` : name;
}

function eventLines(message: MeetingMessage, isList: (address: string) => boolean): string[] {
  const event = message.event;
  const cancel = message.method === 'CANCEL';
  const berlin = resolveTimeZone(event.originalStartTimeZone) === BERLIN;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.iCalUId}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(message.receivedDateTime)}`,
    ...timeLines(event, berlin),
    `SUMMARY;LANGUAGE=de-DE:${escapeText(cancel ? `Abgesagt: ${event.subject}` : event.subject)}`,
    `LOCATION;LANGUAGE=de-DE:${escapeText(locationText(event))}`,
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.address}`,
    ...event.attendees.map((a) => attendeeLine(a, event, isList)),
    ...descriptionLines(event, message.comment),
    `STATUS:${cancel ? 'CANCELLED' : 'CONFIRMED'}`,
    `CLASS:${event.sensitivity === 'normal' ? 'PUBLIC' : 'PRIVATE'}`,
    `PRIORITY:${event.importance === 'high' ? 1 : event.importance === 'low' ? 9 : 5}`,
    `TRANSP:${event.showAs === 'free' ? 'TRANSPARENT' : 'OPAQUE'}`,
    `X-MICROSOFT-CDO-BUSYSTATUS:${cancel ? 'FREE' : event.showAs.toUpperCase()}`,
  ];
  if (!cancel && event.isReminderOn) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Erinnerung',
      `TRIGGER;RELATED=START:-PT${event.reminderMinutesBeforeStart}M`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole .ics file of one received meeting message. */
export function renderIcs(message: MeetingMessage, isList: (address: string) => boolean): string {
  const berlin = resolveTimeZone(message.event.originalStartTimeZone) === BERLIN;
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Landkreis Northeim//Treffpunkt Microsoft 365 Emulator//DE',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${message.method}`,
    ...(berlin ? VTIMEZONE_BERLIN : []),
    ...eventLines(message, isList),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
