import type { KeyValueStore } from '../../office/roamingStore';

/**
 * A kind of work in progress kept on this device before SharePoint has it: where it is stored and how
 * what is read back is checked (a broken or foreign value is ignored, never trusted).
 */
export interface DraftKind<T> {
  /** The store's key, e.g. `treffpunkt.protokoll.entwurf`. */
  key: string;
  /** The draft as read back, checked; undefined when it is not a draft of this kind. */
  parse: (value: unknown) => T | undefined;
  /** An empty draft is removed from the device instead of kept. */
  isEmpty?: (value: T) => boolean;
  /** Drafts of this kind are kept one per scope (a meeting's id); without it, one draft in all. */
  scoped?: boolean;
}

type Scoped = Record<string, unknown>;

const asRecord = (value: unknown): Scoped =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Scoped) : {};

/** The draft of this kind (of one scope, for scoped kinds), or undefined when there is none or it is broken. */
export function readDraft<T>(store: KeyValueStore, kind: DraftKind<T>, scope?: string): T | undefined {
  const stored = store.read<unknown>(kind.key);
  const value = kind.scoped ? asRecord(stored)[scope ?? ''] : stored;
  return value === undefined || value === null ? undefined : kind.parse(value);
}

/** Keeps the draft (the other scopes' drafts stay); an empty draft is removed. */
export function writeDraft<T>(store: KeyValueStore, kind: DraftKind<T>, value: T, scope?: string): Promise<void> {
  const empty = kind.isEmpty?.(value) ?? false;
  if (!kind.scoped) return store.write(kind.key, empty ? null : value);
  const stored = { ...asRecord(store.read<unknown>(kind.key)) };
  if (empty) delete stored[scope ?? ''];
  else stored[scope ?? ''] = value;
  return store.write(kind.key, stored);
}

/** Removes the draft (of one scope, for scoped kinds). */
export function removeDraft<T>(store: KeyValueStore, kind: DraftKind<T>, scope?: string): Promise<void> {
  if (!kind.scoped) return store.write(kind.key, null);
  const stored = { ...asRecord(store.read<unknown>(kind.key)) };
  delete stored[scope ?? ''];
  return store.write(kind.key, stored);
}
