import { escapeHtml } from '../overviewHtml';
import type { FieldValue } from '../state';
import { zonedToUtc } from '../timezones';
import { PAST_MEETINGS, type SeedMeeting } from './meetingData';
import { venueByKey } from './venues';

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

const ZONE = 'Europe/Berlin';
const utc = (date: string, time: string): string =>
  zonedToUtc(`${date}T${time}`, ZONE)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');

/** `2025-01-29` → `29. Januar 2025` */
export function germanDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d ?? ''}. ${MONTHS[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

/** `2490` → `24,90 €` */
function euros(cents: number): string {
  return `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}

/** The county's standard agenda, with the meeting's speaker in TOP 4. */
function agendaHtml(m: SeedMeeting): string {
  const items = [
    'Begrüßung und Vorstellungsrunde',
    'Aktuelles aus dem Landkreis (Sprachkurse in den Kommunen, Zahlen Neuzugewanderter, Fördermöglichkeiten)',
    'Aktuelles aus den Initiativen (gemeinsame Herausforderungen, keine Einzelfälle)',
    `Input: ${m.speaker}`,
    'Termine und nächstes Treffen',
  ];
  return `<ol>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ol>`;
}

function minutesHtml(m: SeedMeeting): string {
  const paragraphs = m.minutes.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return `<p><strong>Teilnehmende:</strong> ${m.participants}</p>${paragraphs}`;
}

function costFields(m: SeedMeeting): Record<string, FieldValue> {
  const cents = m.costs.reduce((sum, [, , amount]) => sum + amount, 0);
  const notes = m.costs.map(([category, , amount, receipt]) => `${category}: ${euros(amount)} (Beleg ${receipt})`);
  return { TpKosten: cents / 100, TpKostenNotizen: notes.join('\n') };
}

/** The fields of one past meeting, as the add-in would have filed it (without TpDaten). */
export function meetingFields(m: SeedMeeting, next: SeedMeeting | undefined): Record<string, FieldValue> {
  return {
    Title: `Vernetzungstreffen der Ehrenamtskoordination – ${germanDate(m.date)}`,
    TpBeginn: utc(m.date, '15:00:00'),
    TpEnde: utc(m.date, '18:00:00'),
    TpJahr: Number(m.date.slice(0, 4)),
    TpStatus: 'protokolliert',
    TpOrt: venueByKey(m.venue).title,
    TpReferent: m.speaker,
    TpTagesordnung: agendaHtml(m),
    TpProtokoll: minutesHtml(m),
    TpBeschluesse: m.decisions.join('\n'),
    TpAufgaben: m.tasks.join('\n'),
    TpTeilnehmende: m.participants,
    ...costFields(m),
    TpNaechstesTreffen: next ? utc(next.date, '15:00:00') : null,
  };
}

export interface SeedItem {
  created: string;
  modified: string;
  version: number;
  fields: Record<string, FieldValue>;
}

const shift = (date: string, days: number, time: string): string => {
  const d = new Date(`${date}T${time}Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

/** Created when planned (about seven weeks ahead), last changed when the minutes were filed. */
export function pastMeetingItems(): SeedItem[] {
  return PAST_MEETINGS.map((m, i) => ({
    created: shift(m.date, -49, '08:30:00'),
    modified: shift(m.date, 6, '10:15:00'),
    version: 7,
    fields: meetingFields(m, PAST_MEETINGS[i + 1]),
  }));
}
