import { useState } from 'react';
import { emptyExpenseDraft } from '../../domain/expenseEditing';
import type { ExpenseLine, ExpenseLineDraft } from '../../domain/expenses';
import { useDraft } from '../hooks/useDraft';
import {
  type DraftPatch,
  type ExpenseFormDrafts,
  expenseFormDrafts,
  withAdd,
  withEditChanged,
  withEditStarted,
  withoutAdd,
  withoutEdit,
} from './expenseFormDrafts';

export interface ExpenseDrafts {
  /** The form for a new line, as typed (an empty one when nothing is). */
  add: ExpenseLineDraft;
  /** Lines being changed, as typed, by the line's id. */
  edits: Readonly<Record<string, ExpenseLineDraft>>;
  changeAdd: (patch: DraftPatch) => void;
  /** After the line was added: an empty form with a fresh id. */
  clearAdd: () => void;
  startEdit: (line: ExpenseLine) => void;
  changeEdit: (id: string, patch: DraftPatch) => void;
  /** After the change was taken, or cancelled. */
  clearEdit: (id: string) => void;
}

const noDrafts = (): ExpenseFormDrafts => ({});

/**
 * What the expense forms of a meeting hold, kept on this device with every keystroke (a scoped draft
 * kind of the draft store), so that a reload, a closed pane or a switch to another view loses nothing.
 */
export function useExpenseDrafts(meetingId: string, newId: () => string): ExpenseDrafts {
  const { value: drafts, change } = useDraft(expenseFormDrafts, noDrafts, meetingId);
  const [blank, setBlank] = useState(() => emptyExpenseDraft(newId()));
  return {
    add: drafts.add ?? blank,
    edits: drafts.edits ?? {},
    changeAdd: (patch) => change((current) => withAdd(current, { ...(current.add ?? blank), ...patch })),
    clearAdd: () => {
      setBlank(emptyExpenseDraft(newId()));
      change(withoutAdd);
    },
    startEdit: (line) => change((current) => withEditStarted(current, line)),
    changeEdit: (id, patch) => change((current) => withEditChanged(current, id, patch)),
    clearEdit: (id) => change((current) => withoutEdit(current, id)),
  };
}
