/**
 * Editing a meeting's expense lines: the form's draft of a line, and adding, changing, removing and
 * restoring lines. Pure: the pane passes these to the meeting's `update`.
 */
import type { ExpenseLine, ExpenseLineDraft } from './expenses';
import { formatDecimalDe } from './money';
import type { Meeting } from './planning';

/** An empty form line; the category is left for the user to choose. */
export function emptyExpenseDraft(id: string): ExpenseLineDraft {
  return { id, category: '', description: '', amountText: '', paidBy: '', receiptNumber: '' };
}

/** A stored line as the form shows it for editing: the amount the German way ("1234,50"). */
export function draftFromLine(line: ExpenseLine): ExpenseLineDraft {
  return {
    id: line.id,
    category: line.category,
    description: line.description,
    amountText: formatDecimalDe(line.amountCents),
    paidBy: line.paidBy,
    receiptNumber: line.receiptNumber,
  };
}

/** True when nothing has been typed or chosen yet. */
export function isEmptyDraft(draft: ExpenseLineDraft): boolean {
  const { category, description, amountText, paidBy, receiptNumber } = draft;
  return [category, description, amountText, paidBy, receiptNumber].every((text) => text.trim() === '');
}

const linesOf = (meeting: Meeting): ExpenseLine[] => meeting.expenses ?? [];

export function addExpenseLine(meeting: Meeting, line: ExpenseLine): Meeting {
  return { ...meeting, expenses: [...linesOf(meeting), line] };
}

/** Replaces the line with the same id; a line that is gone meanwhile is added again at the end. */
export function replaceExpenseLine(meeting: Meeting, line: ExpenseLine): Meeting {
  const lines = linesOf(meeting);
  if (!lines.some((l) => l.id === line.id)) return addExpenseLine(meeting, line);
  return { ...meeting, expenses: lines.map((l) => (l.id === line.id ? line : l)) };
}

export function removeExpenseLine(meeting: Meeting, id: string): Meeting {
  return { ...meeting, expenses: linesOf(meeting).filter((l) => l.id !== id) };
}

/** Puts a removed line back at its old place (undo); nothing happens when it is there already. */
export function restoreExpenseLine(meeting: Meeting, line: ExpenseLine, index: number): Meeting {
  const lines = linesOf(meeting);
  if (lines.some((l) => l.id === line.id)) return meeting;
  const at = Math.max(0, Math.min(index, lines.length));
  return { ...meeting, expenses: [...lines.slice(0, at), line, ...lines.slice(at)] };
}
