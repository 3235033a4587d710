import type { ExpenseLineDraft } from '../../domain/expenses';
import type { KeyValueStore } from '../../office/roamingStore';

/** What the Ausgaben forms of one meeting hold before a line is added or changed. */
export interface ExpenseFormDrafts {
  /** The form for a new line. */
  add?: ExpenseLineDraft;
  /** Lines being changed, by the line's id. */
  edits?: Record<string, ExpenseLineDraft>;
}

const KEY = 'treffpunkt.ausgaben.entwurf';

type Stored = Record<string, ExpenseFormDrafts>;

const isDraft = (value: unknown): value is ExpenseLineDraft =>
  typeof value === 'object' &&
  value !== null &&
  ['id', 'category', 'description', 'amountText', 'paidBy', 'receiptNumber'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'string',
  );

/** The forms' drafts of a meeting as last typed on this device. */
export function readFormDrafts(store: KeyValueStore, meetingId: string): ExpenseFormDrafts {
  const entry = store.read<Stored>(KEY)?.[meetingId];
  const edits = Object.entries(entry?.edits ?? {}).filter(([id, draft]) => isDraft(draft) && draft.id === id);
  return {
    ...(isDraft(entry?.add) ? { add: entry.add } : {}),
    ...(edits.length > 0 ? { edits: Object.fromEntries(edits) } : {}),
  };
}

/** Keeps the drafts of one meeting (the others' stay); a meeting without drafts is dropped from the store. */
export function writeFormDrafts(store: KeyValueStore, meetingId: string, drafts: ExpenseFormDrafts): Promise<void> {
  const stored: Stored = { ...(store.read<Stored>(KEY) ?? {}) };
  if (drafts.add || Object.keys(drafts.edits ?? {}).length > 0) stored[meetingId] = drafts;
  else delete stored[meetingId];
  return store.write(KEY, stored);
}
