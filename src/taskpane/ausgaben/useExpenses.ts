import { useMemo, useState } from 'react';
import { addExpenseLine, removeExpenseLine, replaceExpenseLine, restoreExpenseLine } from '../../domain/expenseEditing';
import { type ExpenseLine, type ExpenseTotals, expenseTotals } from '../../domain/expenses';
import { type YearCosts, yearCosts } from '../../domain/expenseYear';
import type { PlanningModel } from '../meeting/planningModel';
import { expensesReadOnly, filedCostsOf, participantCount } from './expenseFigures';

/**
 * The last change to the lines, for a short confirmation where it was made: an added line at the form,
 * a changed or restored line at the list, a removed line at the list with an undo (no time limit).
 */
export type LastChange =
  | { kind: 'none' }
  | { kind: 'added'; line: ExpenseLine }
  | { kind: 'changed'; line: ExpenseLine }
  | { kind: 'removed'; line: ExpenseLine; index: number }
  | { kind: 'restored'; line: ExpenseLine };

export interface ExpensesModel {
  lines: ExpenseLine[];
  readOnly: boolean;
  participants: number | null;
  /** The team's budget per meeting; null when none is set. */
  budgetCents: number | null;
  totals: ExpenseTotals;
  year: YearCosts;
  lastChange: LastChange;
  add: (line: ExpenseLine) => void;
  change: (line: ExpenseLine) => void;
  remove: (line: ExpenseLine) => void;
  /** Puts the line removed last back in its place; nothing when the last change was no removal. */
  undoRemove: () => void;
}

/** The meeting's lines, its participants and budget, the totals and the year's costs. */
function useFigures({ meeting, settings, meetings, itemRef }: PlanningModel) {
  const lines = useMemo(() => meeting.expenses ?? [], [meeting.expenses]);
  const participants = participantCount(meeting);
  const budgetCents = settings.budgetPerMeetingCents > 0 ? settings.budgetPerMeetingCents : null;
  const totals = useMemo(() => expenseTotals(lines, participants, budgetCents), [lines, participants, budgetCents]);
  const itemId = itemRef?.itemId;
  const year = useMemo(
    () => yearCosts({ meetingId: meeting.id, itemId, date: meeting.date, lines }, meetings.map(filedCostsOf)),
    [meeting.id, meeting.date, itemId, lines, meetings],
  );
  return { lines, readOnly: expensesReadOnly(meeting), participants, budgetCents, totals, year };
}

/**
 * Ausgaben's use case: the meeting's expense lines with their totals and the year's total. Every change
 * goes through the meeting's `update`, so it is kept on this device at once and saved to SharePoint.
 */
export function useExpenses(model: PlanningModel): ExpensesModel {
  const { update } = model;
  const figures = useFigures(model);
  const [lastChange, setLastChange] = useState<LastChange>({ kind: 'none' });
  return {
    ...figures,
    lastChange,
    add: (line) => {
      update((m) => addExpenseLine(m, line));
      setLastChange({ kind: 'added', line });
    },
    change: (line) => {
      update((m) => replaceExpenseLine(m, line));
      setLastChange({ kind: 'changed', line });
    },
    remove: (line) => {
      update((m) => removeExpenseLine(m, line.id));
      setLastChange({ kind: 'removed', line, index: figures.lines.findIndex((l) => l.id === line.id) });
    },
    undoRemove: () => {
      if (lastChange.kind !== 'removed') return;
      const { line, index } = lastChange;
      update((m) => restoreExpenseLine(m, line, index));
      setLastChange({ kind: 'restored', line });
    },
  };
}
