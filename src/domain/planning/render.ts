import { addMinutesToTime } from './berlinTime';
import { meetingDuration } from './meeting';
import type { Meeting, Venue } from './meetingTypes';
import { formatLongDate } from './plainDate';
import { withoutSuggestionSender } from './suggestionNote';
import { timePlan } from './timePlan';

/** The one escaping function for user text that becomes HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The one styled block every mail body sits in: inline styles only (Gmail drops <style> in many cases), no
 * flex, grid, floats or fixed widths (Outlook's Word engine ignores the first three, and a fixed width is wider
 * than some phone), a max-width for wide screens (Word ignores it: harmless), and long words or addresses
 * allowed to break so that a phone never scrolls sideways.
 */
const BLOCK_STYLE =
  'max-width:600px;font-family:Segoe UI,Arial,sans-serif;font-size:15px;line-height:1.5;color:#201f1e;' +
  'overflow-wrap:break-word;word-wrap:break-word;word-break:break-word';

/** HTML (already escaped) inside the styled block of a mail body. */
export function styledBlock(innerHtml: string): string {
  return `<div lang="de" style="${BLOCK_STYLE}">${innerHtml}</div>`;
}

/** Escaped text that must not break across lines, e.g. a clock time "14:00–14:15". */
export function unbroken(text: string): string {
  return `<span style="white-space:nowrap">${escapeHtml(text)}</span>`;
}

/** A paragraph with inline spacing (Word keeps margins on paragraphs; padding it drops). */
export function mailParagraph(innerHtml: string, style = 'margin:12px 0 0'): string {
  return `<p style="${style}">${innerHtml}</p>`;
}

export function venueAddress(venue: Venue): string {
  return [venue.name, venue.street, [venue.postalCode, venue.town].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

export function venueAccess(venue: Venue): string[] {
  const lines = [venue.notes.stepFree ? 'Stufenlos erreichbar.' : 'Nicht stufenlos erreichbar.'];
  if (venue.notes.parking) lines.push(`Parken: ${venue.notes.parking}`);
  if (venue.notes.publicTransport) lines.push(`Bus und Bahn: ${venue.notes.publicTransport}`);
  if (venue.notes.other) lines.push(venue.notes.other);
  return lines;
}

export function speakerLine(meeting: Meeting): string {
  const { name, organisation, topic } = meeting.speaker;
  const who = [name, organisation ? `(${organisation})` : ''].filter(Boolean).join(' ');
  return [who, topic].filter(Boolean).join(': ');
}

function endTime(meeting: Meeting): string {
  return addMinutesToTime(meeting.startTime, meetingDuration(meeting));
}

function whenLine(meeting: Meeting): string {
  return `${formatLongDate(meeting.date)}, ${meeting.startTime}–${endTime(meeting)} Uhr`;
}

function whenHtml(meeting: Meeting): string {
  return `${escapeHtml(formatLongDate(meeting.date))}, ${unbroken(`${meeting.startTime}–${endTime(meeting)} Uhr`)}`;
}

type Row = ReturnType<typeof timePlan>['rows'][number];

/**
 * One agenda item as a paragraph, its first line "15:00–15:20  TOP 1: Titel (Wer)": any HTML-to-text
 * conversion (Exchange's for the .ics DESCRIPTION, a text-only mail client's) keeps it one line, in order.
 */
function itemHtml(row: Row, index: number): string {
  const { title, presenter, subItems } = row.item;
  const note = withoutSuggestionSender(row.item.note);
  const who = presenter ? ` (${escapeHtml(presenter)})` : '';
  const head = `<strong>${unbroken(`${row.start}–${row.end}`)}&nbsp; TOP ${index + 1}: ${escapeHtml(title)}</strong>${who}`;
  const noteHtml = note ? `<br><em>${escapeHtml(note)}</em>` : '';
  const subs = subItems.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  return mailParagraph(head + noteHtml) + (subs ? `<ul style="margin:4px 0 0;padding-left:24px">${subs}</ul>` : '');
}

/** Where, with the access notes on their own lines. */
function venueHtml(venue: Venue): string {
  const lines = [`<strong>Ort:</strong> ${escapeHtml(venueAddress(venue))}`, ...venueAccess(venue).map(escapeHtml)];
  return mailParagraph(lines.join('<br>'));
}

/**
 * The agenda's parts for a mail body, to sit inside {@link styledBlock}: headings, when and where, the
 * speaker, then one paragraph per item (no table: nothing wider than a phone, and the text reads in order).
 */
export function agendaParts(meeting: Meeting): string {
  const plan = timePlan(meeting.startTime, meeting.agenda, meetingDuration(meeting));
  const speaker = speakerLine(meeting);
  return [
    '<h2 style="font-size:20px;line-height:1.3;margin:0">Vernetzungstreffen der Ehrenamtskoordination</h2>',
    mailParagraph(`<strong>Termin:</strong> ${whenHtml(meeting)}`),
    meeting.venue ? venueHtml(meeting.venue) : '',
    speaker ? mailParagraph(`<strong>Input von dritter Seite:</strong> ${escapeHtml(speaker)}`) : '',
    '<h3 style="font-size:17px;line-height:1.3;margin:20px 0 0">Tagesordnung</h3>',
    ...plan.rows.map(itemHtml),
  ].join('');
}

/**
 * The agenda as plain, accessible HTML for the list's agenda column, in the same styled block as the
 * invitation body: no scripts, no images, no classes, and never the sender of a suggested topic.
 */
export function agendaHtml(meeting: Meeting): string {
  return styledBlock(agendaParts(meeting));
}

/** The same as plain text (for text-only mail clients and the list). */
export function agendaText(meeting: Meeting): string {
  const plan = timePlan(meeting.startTime, meeting.agenda, meetingDuration(meeting));
  const lines = ['Vernetzungstreffen der Ehrenamtskoordination', `Termin: ${whenLine(meeting)}`];
  if (meeting.venue) lines.push(`Ort: ${venueAddress(meeting.venue)}`, ...venueAccess(meeting.venue));
  const speaker = speakerLine(meeting);
  if (speaker) lines.push(`Input von dritter Seite: ${speaker}`);
  lines.push('', 'Tagesordnung');
  plan.rows.forEach((row, index) => {
    const who = row.item.presenter ? ` (${row.item.presenter})` : '';
    lines.push(`${row.start}–${row.end}  TOP ${index + 1}: ${row.item.title}${who}`);
    for (const sub of row.item.subItems) lines.push(`    – ${sub}`);
    const note = withoutSuggestionSender(row.item.note);
    if (note) lines.push(`    ${note}`);
  });
  return lines.join('\n');
}
