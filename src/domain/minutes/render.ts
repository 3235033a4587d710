/**
 * The minutes as colleagues read them without the add-in: rich text for the list's Protokoll column and
 * the mail, plain lines for the Beschlüsse, Aufgaben and Kostennotizen columns. User text is escaped.
 */
import { budgetNoteLines, type ExpenseLine, expenseTotals } from '../expenses';
import { formatEuro } from '../money';
import {
  type ActionItem,
  type CarriedAction,
  escapeHtml,
  formatLongDate,
  formatShortDate,
  type Meeting,
} from '../planning';
import { attendeeLabel, presentCount } from './attendance';

export interface MinutesHtmlOptions {
  /** Names of those present (only where the team settings allow it); otherwise only the count. */
  names: boolean;
}

/** "Checkliste verschicken – Miriam Albers – bis 07.02.2027" */
export function actionLine(action: ActionItem): string {
  const parts = [action.what.trim(), action.who.trim(), action.due ? `bis ${formatShortDate(action.due)}` : ''];
  return parts.filter(Boolean).join(' – ');
}

/** How the minutes say where a carried action stands (the pane's German offers the same words). */
export const CARRIED_STATUS_DE: Record<CarriedAction['status'], string> = { erledigt: 'erledigt', offen: 'noch offen' };

/** "Raum anfragen – Koordinierungsstelle – bis 15.01.2027 – aus dem Treffen am 10.11.2026: erledigt" */
export function carriedLine(action: CarriedAction): string {
  const from = `aus dem Treffen am ${formatShortDate(action.fromDate)}`;
  return `${actionLine(action)} – ${from}: ${CARRIED_STATUS_DE[action.status]}`;
}

export function decisionLines(meeting: Meeting): string[] {
  return (meeting.minutes?.decisions ?? []).map((d) => d.text.trim()).filter(Boolean);
}

export function actionLines(meeting: Meeting): string[] {
  return (meeting.minutes?.actionItems ?? []).filter((a) => a.what.trim()).map(actionLine);
}

/** Paragraphs at blank lines, line breaks kept within them. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function list(lines: string[], empty: string): string {
  if (lines.length === 0) return `<p>${empty}</p>`;
  return `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
}

function itemSections(meeting: Meeting): string[] {
  const notes = meeting.minutes?.notes ?? {};
  return meeting.agenda.flatMap((item, index) => {
    const text = notes[item.id]?.trim() ?? '';
    if (!text && item.role === 'pause') return [];
    const body = text ? paragraphs(text) : '<p>Keine Notizen.</p>';
    return [`<h3>TOP ${index + 1}: ${escapeHtml(item.title)}</h3>${body}`];
  });
}

function attendanceSection(meeting: Meeting, options: MinutesHtmlOptions): string {
  const present = (meeting.minutes?.attendance ?? []).filter((entry) => entry.present);
  const count = `<p>${presentCount(present)} anwesend.</p>`;
  if (!options.names || present.length === 0) return `<h3>Teilnehmende</h3>${count}`;
  return `<h3>Teilnehmende</h3>${count}${list(present.map(attendeeLabel), '')}`;
}

/** Headings per agenda item with their notes, then decisions, action items, attendance and the next date. */
export function minutesHtml(meeting: Meeting, options: MinutesHtmlOptions): string {
  const next = meeting.minutes?.nextMeetingDate;
  const carried = meeting.minutes?.carriedActions ?? [];
  return [
    '<div lang="de">',
    ...itemSections(meeting),
    `<h3>Beschlüsse</h3>${list(decisionLines(meeting), 'Keine Beschlüsse.')}`,
    `<h3>Aufgaben</h3>${list(actionLines(meeting), 'Keine Aufgaben.')}`,
    carried.length > 0 ? `<h3>Aufgaben aus früheren Treffen</h3>${list(carried.map(carriedLine), '')}` : '',
    attendanceSection(meeting, options),
    next ? `<p><strong>Nächstes Treffen:</strong> ${escapeHtml(formatLongDate(next))}</p>` : '',
    '</div>',
  ].join('');
}

export interface CostNotesOptions {
  participants: number;
  /** 0 or absent: no budget set. */
  budgetCents?: number;
}

/** The expense lines, then the total, the share per participant and how the total stands to the budget. */
export function costNoteLines(lines: readonly ExpenseLine[], options: CostNotesOptions): string[] {
  const budget = options.budgetCents && options.budgetCents > 0 ? options.budgetCents : null;
  const totals = expenseTotals(lines, options.participants, budget);
  const out = [...budgetNoteLines(lines), `Summe: ${formatEuro(totals.totalCents)}`];
  if (totals.perParticipantCents !== null) {
    out.push(`Je anwesende Person: ${formatEuro(totals.perParticipantCents)} (${options.participants} Teilnehmende)`);
  }
  if (budget !== null) {
    const over = totals.overBudgetByCents;
    const verdict = over === null ? 'eingehalten' : `überschritten um ${formatEuro(over)}`;
    out.push(`Budget je Treffen: ${formatEuro(budget)} – ${verdict}`);
  }
  return out;
}
