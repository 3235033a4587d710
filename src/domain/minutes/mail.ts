/**
 * The minutes as a mail to those who were present, with a link to the meeting's list item.
 * Participants are volunteers: they get the mail as blind copies, so no one's address is passed on.
 */
import { escapeHtml, formatLongDate, type Meeting, type MinutesMailRecord } from '../planning';
import { minutesHtml } from './render';

export interface MailRecipient {
  name: string;
  address: string;
}

export interface MinutesMail {
  subject: string;
  html: string;
  /** Sent as Bcc. */
  recipients: MailRecipient[];
  /** Present, but without an address: they do not get the mail (the pane says so). */
  withoutAddress: string[];
}

export interface MinutesMailOptions {
  /** The list item's webUrl; only an https address becomes a link. */
  itemUrl: string;
  /** Names of those present in the minutes (team setting). */
  names: boolean;
  /** The web address of the minutes' PDF filed in the site's library, where one is; only https becomes a link. */
  pdfUrl?: string;
  /** Closing line, e.g. the organiser's name. */
  signature?: string;
}

export function minutesSubject(meeting: Meeting): string {
  return `Protokoll: Vernetzungstreffen am ${formatLongDate(meeting.date)}`;
}

function recipientsOf(meeting: Meeting): Pick<MinutesMail, 'recipients' | 'withoutAddress'> {
  const present = (meeting.minutes?.attendance ?? []).filter((entry) => entry.present);
  const seen = new Set<string>();
  const recipients: MailRecipient[] = [];
  for (const entry of present) {
    const address = entry.address?.trim() ?? '';
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    recipients.push({ name: entry.name, address });
  }
  const withoutAddress = present.filter((entry) => !entry.address?.trim()).map((entry) => entry.name);
  return { recipients, withoutAddress };
}

const isWebAddress = (url: string | undefined): url is string => !!url && /^https:\/\/[^\s"'<>]+$/i.test(url);

function linkParagraph(itemUrl: string): string {
  if (!isWebAddress(itemUrl)) return '';
  const link = `<a href="${escapeHtml(itemUrl)}">Protokoll in der SharePoint-Liste öffnen</a>`;
  return `<p>Mit Zugang zur SharePoint-Seite des Landkreises finden Sie es auch dort: ${link}</p>`;
}

/** The filed PDF as a link (not an attachment: the mail stays small, and the file stays the library's). */
function pdfParagraph(pdfUrl: string | undefined): string {
  if (!isWebAddress(pdfUrl)) return '';
  return `<p>Als PDF liegt es in der Dokumentbibliothek der Seite: <a href="${escapeHtml(pdfUrl)}">Protokoll (PDF) öffnen</a></p>`;
}

/** Subject, HTML body (user text escaped) and the recipients. */
export function minutesMail(meeting: Meeting, options: MinutesMailOptions): MinutesMail {
  const subject = minutesSubject(meeting);
  const signature = options.signature?.trim();
  const html = [
    '<div lang="de" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:1.5">',
    '<p>Guten Tag,</p>',
    `<p>hier ist das Protokoll des Vernetzungstreffens vom ${escapeHtml(formatLongDate(meeting.date))}.</p>`,
    linkParagraph(options.itemUrl),
    pdfParagraph(options.pdfUrl),
    `<h2>${escapeHtml(subject)}</h2>`,
    minutesHtml(meeting, { names: options.names }),
    `<p>Viele Grüße${signature ? `<br>${escapeHtml(signature)}` : ''}</p>`,
    '</div>',
  ].join('');
  return { subject, html, ...recipientsOf(meeting) };
}

/**
 * Of two records of the minutes mail (this pane's and a colleague's), the one to keep: a confirmed
 * sending before an unconfirmed one, otherwise the later one; none only when neither has one.
 */
export function laterMailRecord(
  a: MinutesMailRecord | undefined,
  b: MinutesMailRecord | undefined,
): MinutesMailRecord | undefined {
  if (!a || !b) return a ?? b;
  if (Boolean(a.unconfirmed) !== Boolean(b.unconfirmed)) return a.unconfirmed ? b : a;
  return Date.parse(b.sentAt) >= Date.parse(a.sentAt) ? b : a;
}
