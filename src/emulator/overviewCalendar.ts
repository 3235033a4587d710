import { icsUrl } from './controlCalendar';
import { escapeHtml } from './overviewHtml';
import type { EmulatorState, EventRecord } from './state';
import { utcToZoned } from './timezones';

/** The overview's calendar part: events, what each invitee received (with .ics links), replies, To Do, outbox. */

const RESPONSES: Record<string, string> = {
  none: 'keine Antwort',
  accepted: 'zugesagt',
  tentativelyAccepted: 'vorläufig',
  declined: 'abgesagt',
  organizer: 'Organisator',
  notResponded: 'keine Antwort',
};

const berlin = (iso: string): string => utcToZoned(new Date(iso), 'Europe/Berlin').slice(0, 16).replace('T', ' ');

function rows(cells: string[][], head: string[], caption: string): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  const empty = cells.length === 0 ? `<tr><td colspan="${head.length}">(keine Einträge)</td></tr>` : '';
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}${empty}</tbody></table>`;
}

function attendees(event: EventRecord): string {
  const items = event.attendees.map(
    (a) =>
      `<li>${escapeHtml(a.emailAddress.name)} &lt;${escapeHtml(a.emailAddress.address)}&gt; (${escapeHtml(a.type)}): ${escapeHtml(RESPONSES[a.status.response] ?? a.status.response)}</li>`,
  );
  return items.length ? `<ul>${items.join('')}</ul>` : '–';
}

function events(state: EmulatorState): string {
  const cells = Object.entries(state.events).flatMap(([ownerId, list]) => {
    const owner = state.users.find((u) => u.id === ownerId)?.displayName ?? ownerId;
    return list.map((e) => [
      escapeHtml(owner),
      escapeHtml(e.subject) + (e.isCancelled ? ' <strong>(abgesagt)</strong>' : ''),
      `${escapeHtml(berlin(e.startUtc))}–${escapeHtml(berlin(e.endUtc).slice(11))}`,
      escapeHtml(e.location.displayName),
      attendees(e),
      String(e.sequence),
      `<code>${escapeHtml(e.id)}</code>`,
    ]);
  });
  return rows(cells, ['Kalender', 'Betreff', 'Zeit (Berlin)', 'Ort', 'Teilnehmende', 'SEQUENCE', 'ID'], 'Termine');
}

function mailboxes(state: EmulatorState): string {
  const cells = Object.entries(state.mailboxes).flatMap(([address, box]) =>
    box.map((m) => [
      escapeHtml(address),
      escapeHtml(m.method),
      escapeHtml(m.event.subject),
      escapeHtml(m.via ?? 'direkt'),
      String(m.event.sequence),
      escapeHtml(m.receivedDateTime),
      `<a href="${escapeHtml(icsUrl(address, m.n))}">${m.n}.ics</a>`,
    ]),
  );
  return rows(
    cells,
    ['Postfach', 'Art', 'Betreff', 'über', 'SEQUENCE', 'Empfangen', 'iCalendar'],
    'Postfächer der Eingeladenen',
  );
}

function replies(state: EmulatorState): string {
  const cells = state.replies.map((r) => [
    escapeHtml(r.time),
    escapeHtml(`${r.attendee.name} <${r.attendee.address}>`),
    escapeHtml(RESPONSES[r.response] ?? r.response),
    escapeHtml(r.subject),
    escapeHtml(r.comment ?? ''),
  ]);
  return rows(cells, ['Zeit', 'Wer', 'Antwort', 'Termin', 'Kommentar'], 'Antworten');
}

function tasks(state: EmulatorState): string {
  const cells = Object.entries(state.todoLists).flatMap(([userId, lists]) =>
    lists.flatMap((l) =>
      l.tasks.map((t) => [
        escapeHtml(state.users.find((u) => u.id === userId)?.displayName ?? userId),
        escapeHtml(t.title),
        escapeHtml(t.dueDateTime ? `${t.dueDateTime.dateTime} (${t.dueDateTime.timeZone})` : ''),
        escapeHtml(t.reminderDateTime ? `${t.reminderDateTime.dateTime} (${t.reminderDateTime.timeZone})` : ''),
      ]),
    ),
  );
  return rows(cells, ['Wer', 'Aufgabe', 'Fällig', 'Erinnerung'], 'Aufgaben (To Do)');
}

function outbox(state: EmulatorState): string {
  const list = (xs: { address: string }[]) => escapeHtml(xs.map((x) => x.address).join(', '));
  const cells = state.outbox.map((m) => [
    escapeHtml(m.sentDateTime),
    escapeHtml(m.from.address),
    list(m.toRecipients),
    list(m.ccRecipients),
    escapeHtml(m.subject),
  ]);
  return rows(cells, ['Gesendet', 'Von', 'An', 'Cc', 'Betreff'], 'Postausgang (sendMail)');
}

export function calendarSections(state: EmulatorState): string {
  return [
    '<h2>Kalender und Post</h2>',
    '<p>JSON: <a href="/_emulator/mailboxes">/_emulator/mailboxes</a>, <a href="/_emulator/replies">/_emulator/replies</a>, <a href="/_emulator/outbox">/_emulator/outbox</a>.</p>',
    events(state),
    mailboxes(state),
    replies(state),
    tasks(state),
    outbox(state),
  ].join('\n');
}
