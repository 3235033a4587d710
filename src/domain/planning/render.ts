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

const CELL = 'style="border:1px solid #8a8886;padding:4px 8px;text-align:left;vertical-align:top"';

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

function whenLine(meeting: Meeting): string {
  const end = addMinutesToTime(meeting.startTime, meetingDuration(meeting));
  return `${formatLongDate(meeting.date)}, ${meeting.startTime}–${end} Uhr`;
}

function itemCell(row: ReturnType<typeof timePlan>['rows'][number]): string {
  const { title, subItems } = row.item;
  const note = withoutSuggestionSender(row.item.note);
  const subs = subItems.length ? `<ul>${subItems.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : '';
  const noteHtml = note ? `<br><em>${escapeHtml(note)}</em>` : '';
  return `${escapeHtml(title)}${noteHtml}${subs}`;
}

/**
 * The agenda as plain, accessible HTML for the invitation body and the list's agenda column: no scripts,
 * no images, no classes, and never the sender of a suggested topic.
 */
export function agendaHtml(meeting: Meeting): string {
  const plan = timePlan(meeting.startTime, meeting.agenda, meetingDuration(meeting));
  const rows = plan.rows
    .map(
      (row, index) =>
        `<tr><td ${CELL}>${escapeHtml(`${row.start}–${row.end}`)}</td><td ${CELL}>${index + 1}</td>` +
        `<td ${CELL}>${itemCell(row)}</td><td ${CELL}>${escapeHtml(row.item.presenter)}</td></tr>`,
    )
    .join('');
  const venue = meeting.venue;
  const where = venue
    ? `<p><strong>Ort:</strong> ${escapeHtml(venueAddress(venue))}<br>${venueAccess(venue).map(escapeHtml).join('<br>')}</p>`
    : '';
  const speaker = speakerLine(meeting);
  return [
    '<div lang="de" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:1.5">',
    '<h2>Vernetzungstreffen der Ehrenamtskoordination</h2>',
    `<p><strong>Termin:</strong> ${escapeHtml(whenLine(meeting))}</p>`,
    where,
    speaker ? `<p><strong>Input von dritter Seite:</strong> ${escapeHtml(speaker)}</p>` : '',
    '<h3>Tagesordnung</h3>',
    '<table style="border-collapse:collapse">',
    `<thead><tr><th scope="col" ${CELL}>Uhrzeit</th><th scope="col" ${CELL}>TOP</th>`,
    `<th scope="col" ${CELL}>Thema</th><th scope="col" ${CELL}>Wer</th></tr></thead>`,
    `<tbody>${rows}</tbody></table>`,
    '</div>',
  ].join('');
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
