import { useMemo, useState } from 'react';
import { addExpenseLine, removeExpenseLine, replaceExpenseLine, restoreExpenseLine } from '../../domain/expenseEditing';
import { type ExpenseLine, type ExpenseTotals, expenseTotals } from '../../domain/expenses';
import { type YearCosts, yearCosts } from '../../domain/expenseYear';
import type { PlanningModel } from '../meeting/planningModel';
import { ausgabenStrings } from './ausgabenStrings';
import { expensesReadOnly, filedCostsOf, participantCount } from './expenseFigures';

const strings = ausgabenStrings;

export interface RemovedLine {
  line: ExpenseLine;
  index: number;
}

/** A short confirmation after a change, spoken and shown where the change was made. */
export interface Feedback {
  where: 'form' | 'list';
  text: string;
}

export interface ExpensesModel {
  lines: ExpenseLine[];
  readOnly: boolean;
  participants: number | null;
  /** The team's budget per meeting; null when none is set. */
  budgetCents: number | null;
  totals: ExpenseTotals;
  year: YearCosts;
  feedback: Feedback | undefined;
  /** The line removed last, until it is restored or another change is made. */
  removed: RemovedLine | undefined;
  add: (line: ExpenseLine) => void;
  change: (line: ExpenseLine) => void;
  remove: (line: ExpenseLine) => void;
  undoRemove: () => void;
}

/**
 * Ausgaben's use case: the meeting's expense lines with their totals and the year's total. Every change
 * goes through the meeting's `update`, so it is kept on this device at once and saved to SharePoint.
 */
export function useExpenses(model: PlanningModel): ExpensesModel {
  const { meeting, update, settings, meetings, itemRef } = model;
  const [feedback, setFeedback] = useState<Feedback>();
  const [removed, setRemoved] = useState<RemovedLine>();
  const lines = useMemo(() => meeting.expenses ?? [], [meeting.expenses]);
  const participants = participantCount(meeting);
  const budgetCents = settings.budgetPerMeetingCents > 0 ? settings.budgetPerMeetingCents : null;
  const totals = useMemo(() => expenseTotals(lines, participants, budgetCents), [lines, participants, budgetCents]);
  const itemId = itemRef?.itemId;
  const year = useMemo(
    () => yearCosts({ meetingId: meeting.id, itemId, date: meeting.date, lines }, meetings.map(filedCostsOf)),
    [meeting.id, meeting.date, itemId, lines, meetings],
  );

  const changed = (next: Feedback) => {
    setFeedback(next);
    setRemoved(undefined);
  };

  return {
    lines,
    readOnly: expensesReadOnly(meeting),
    participants,
    budgetCents,
    totals,
    year,
    feedback,
    removed,
    add: (line) => {
      update((m) => addExpenseLine(m, line));
      changed({ where: 'form', text: strings.form.added(line) });
    },
    change: (line) => {
      update((m) => replaceExpenseLine(m, line));
      changed({ where: 'list', text: strings.form.changed(line) });
    },
    remove: (line) => {
      update((m) => removeExpenseLine(m, line.id));
      setFeedback(undefined);
      setRemoved({ line, index: lines.findIndex((l) => l.id === line.id) });
    },
    undoRemove: () => {
      if (!removed) return;
      update((m) => restoreExpenseLine(m, removed.line, removed.index));
      changed({ where: 'list', text: strings.list.restored(removed.line) });
    },
  };
}
