import { useCallback, useRef, useState } from 'react';
import { draftFromLine, emptyExpenseDraft, isEmptyDraft } from '../../domain/expenseEditing';
import type { ExpenseLine, ExpenseLineDraft } from '../../domain/expenses';
import { useServices } from '../services';
import { type ExpenseFormDrafts, readFormDrafts, writeFormDrafts } from './expenseFormDrafts';

export type DraftPatch = Partial<Omit<ExpenseLineDraft, 'id'>>;

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

function withoutEdit(current: ExpenseFormDrafts, id: string): ExpenseFormDrafts {
  const edits = { ...current.edits };
  delete edits[id];
  const rest = { ...current };
  delete rest.edits;
  return Object.keys(edits).length > 0 ? { ...rest, edits } : rest;
}

function withoutAdd(current: ExpenseFormDrafts): ExpenseFormDrafts {
  const rest = { ...current };
  delete rest.add;
  return rest;
}

/**
 * What the Ausgaben forms hold, kept on this device with every keystroke (the `drafts` store), so that
 * a reload, a closed pane or a switch to another view loses nothing typed.
 */
export function useExpenseDrafts(meetingId: string, newId: () => string): ExpenseDrafts {
  const { drafts: store } = useServices();
  const [drafts, setDrafts] = useState<ExpenseFormDrafts>(() => readFormDrafts(store, meetingId));
  const [blank, setBlank] = useState(() => emptyExpenseDraft(newId()));
  const latest = useRef(drafts);

  const keep = useCallback(
    (change: (current: ExpenseFormDrafts) => ExpenseFormDrafts) => {
      const next = change(latest.current);
      latest.current = next;
      setDrafts(next);
      // Best effort: the drafts stay in the form even when the device refuses to store them.
      writeFormDrafts(store, meetingId, next).catch(() => undefined);
    },
    [store, meetingId],
  );

  const setEdit = (current: ExpenseFormDrafts, draft: ExpenseLineDraft): ExpenseFormDrafts => ({
    ...current,
    edits: { ...current.edits, [draft.id]: draft },
  });

  return {
    add: drafts.add ?? blank,
    edits: drafts.edits ?? {},
    changeAdd: (patch) =>
      keep((current) => {
        const add = { ...(current.add ?? blank), ...patch };
        return isEmptyDraft(add) ? withoutAdd(current) : { ...current, add };
      }),
    clearAdd: () => {
      setBlank(emptyExpenseDraft(newId()));
      keep(withoutAdd);
    },
    startEdit: (line) => keep((current) => setEdit(current, draftFromLine(line))),
    changeEdit: (id, patch) =>
      keep((current) => {
        const draft = current.edits?.[id];
        return draft ? setEdit(current, { ...draft, ...patch }) : current;
      }),
    clearEdit: (id) => keep((current) => withoutEdit(current, id)),
  };
}
