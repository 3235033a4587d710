import { draftFromLine, isEmptyDraft } from '../../domain/expenseEditing';
import type { ExpenseLine, ExpenseLineDraft } from '../../domain/expenses';
import type { DraftKind } from '../hooks/draftStore';

/** What the expense forms of one meeting hold before a line is added or changed. */
export interface ExpenseFormDrafts {
  /** The form for a new line. */
  add?: ExpenseLineDraft;
  /** Lines being changed, by the line's id. */
  edits?: Record<string, ExpenseLineDraft>;
}

export type DraftPatch = Partial<Omit<ExpenseLineDraft, 'id'>>;

const isLineDraft = (value: unknown): value is ExpenseLineDraft =>
  typeof value === 'object' &&
  value !== null &&
  ['id', 'category', 'description', 'amountText', 'paidBy', 'receiptNumber'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'string',
  );

/** The drafts as read back: only well-formed line drafts, an edit only under its own line's id. */
function parseFormDrafts(value: unknown): ExpenseFormDrafts {
  const entry = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const stored = typeof entry.edits === 'object' && entry.edits !== null ? entry.edits : {};
  const edits = Object.entries(stored).filter(([id, draft]) => isLineDraft(draft) && draft.id === id);
  return {
    ...(isLineDraft(entry.add) ? { add: entry.add } : {}),
    ...(edits.length > 0 ? { edits: Object.fromEntries(edits) as Record<string, ExpenseLineDraft> } : {}),
  };
}

/** The expense forms' drafts, one entry per meeting id; a meeting without drafts is dropped. */
export const expenseFormDrafts: DraftKind<ExpenseFormDrafts> = {
  key: 'treffpunkt.ausgaben.entwurf',
  parse: parseFormDrafts,
  isEmpty: (drafts) => !drafts.add && Object.keys(drafts.edits ?? {}).length === 0,
  scoped: true,
};

/** The form for a new line as typed; an empty one is dropped. */
export function withAdd(current: ExpenseFormDrafts, add: ExpenseLineDraft): ExpenseFormDrafts {
  return isEmptyDraft(add) ? withoutAdd(current) : { ...current, add };
}

export function withoutAdd(current: ExpenseFormDrafts): ExpenseFormDrafts {
  const rest = { ...current };
  delete rest.add;
  return rest;
}

/** Opens a line for changing, its form filled with the line as stored. */
export function withEditStarted(current: ExpenseFormDrafts, line: ExpenseLine): ExpenseFormDrafts {
  return withEdit(current, draftFromLine(line));
}

/** A change typed into a line's form; a form that is closed meanwhile stays closed. */
export function withEditChanged(current: ExpenseFormDrafts, id: string, patch: DraftPatch): ExpenseFormDrafts {
  const draft = current.edits?.[id];
  return draft ? withEdit(current, { ...draft, ...patch }) : current;
}

export function withoutEdit(current: ExpenseFormDrafts, id: string): ExpenseFormDrafts {
  const edits = { ...current.edits };
  delete edits[id];
  const rest = { ...current };
  delete rest.edits;
  return Object.keys(edits).length > 0 ? { ...rest, edits } : rest;
}

function withEdit(current: ExpenseFormDrafts, draft: ExpenseLineDraft): ExpenseFormDrafts {
  return { ...current, edits: { ...current.edits, [draft.id]: draft } };
}
