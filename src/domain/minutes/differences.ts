/**
 * What differs between the user's meeting and the one a colleague saved meanwhile, as readable German
 * lines for the conflict view. Empty strings stand for "nothing there".
 */
import { budgetNoteLines } from '../expenses';
import { formatEuro, sumCents } from '../money';
import { type AgendaItem, formatLongDate, type Meeting, meetingDuration, speakerLine, venueAddress } from '../planning';
import { attendeeLabel, presentCount } from './attendance';
import { actionLines, decisionLines } from './render';

export interface MeetingDifference {
  /** e.g. "Ort" or "Notizen zu TOP 3 „Aktuelles aus den Initiativen“". */
  label: string;
  mine: string;
  theirs: string;
}

type Aspect = [label: string, text: (meeting: Meeting) => string];

const agendaText = (m: Meeting) =>
  m.agenda.map((item, i) => `TOP ${i + 1}: ${item.title} (${item.minutes} Min.)`).join('\n');

function attendanceText(m: Meeting): string {
  const entries = m.minutes?.attendance ?? [];
  if (entries.length === 0) return '';
  const lines = entries.map((e) => `${attendeeLabel(e)}: ${e.present ? 'anwesend' : 'nicht angekreuzt'}`);
  return [`${presentCount(entries)} anwesend`, ...lines].join('\n');
}

function expensesText(m: Meeting): string {
  const lines = m.expenses ?? [];
  if (lines.length === 0) return '';
  const total = formatEuro(sumCents(lines.map((l) => l.amountCents)));
  return [...budgetNoteLines(lines), `Summe: ${total}`].join('\n');
}

const PLAN: Aspect[] = [
  ['Titel', (m) => m.title ?? ''],
  ['Datum', (m) => formatLongDate(m.date)],
  ['Beginn', (m) => `${m.startTime} Uhr`],
  ['Dauer', (m) => `${meetingDuration(m)} Minuten`],
  ['Ort', (m) => (m.venue ? venueAddress(m.venue) : '')],
  ['Referent*in und Thema', speakerLine],
  ['Tagesordnung', agendaText],
];

const RECORD: Aspect[] = [
  ['Beschlüsse', (m) => decisionLines(m).join('\n')],
  ['Aufgaben', (m) => actionLines(m).join('\n')],
  ['Anwesenheit', attendanceText],
  ['Nächstes Treffen', (m) => (m.minutes?.nextMeetingDate ? formatLongDate(m.minutes.nextMeetingDate) : '')],
  ['Ausgaben', expensesText],
  ['Status', (m) => m.status],
];

/** Agenda items of both, in the user's order, then those only the colleague has. */
function agendaUnion(mine: Meeting, theirs: Meeting): { item: AgendaItem; top: number }[] {
  const own = mine.agenda.map((item, i) => ({ item, top: i + 1 }));
  const known = new Set(mine.agenda.map((item) => item.id));
  const others = theirs.agenda.flatMap((item, i) => (known.has(item.id) ? [] : [{ item, top: i + 1 }]));
  return [...own, ...others];
}

function noteDifferences(mine: Meeting, theirs: Meeting): MeetingDifference[] {
  return agendaUnion(mine, theirs).flatMap(({ item, top }) => {
    const a = mine.minutes?.notes[item.id]?.trim() ?? '';
    const b = theirs.minutes?.notes[item.id]?.trim() ?? '';
    return a === b ? [] : [{ label: `Notizen zu TOP ${top} „${item.title}“`, mine: a, theirs: b }];
  });
}

function aspectDifferences(aspects: Aspect[], mine: Meeting, theirs: Meeting): MeetingDifference[] {
  return aspects.flatMap(([label, text]) => {
    const [a, b] = [text(mine), text(theirs)];
    return a === b ? [] : [{ label, mine: a, theirs: b }];
  });
}

/** Plan fields, notes per agenda item, decisions, actions, attendance, next date, expenses and status. */
export function meetingDifferences(mine: Meeting, theirs: Meeting): MeetingDifference[] {
  return [
    ...aspectDifferences(PLAN, mine, theirs),
    ...noteDifferences(mine, theirs),
    ...aspectDifferences(RECORD, mine, theirs),
  ];
}
