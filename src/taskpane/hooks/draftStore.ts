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
  /**
   * Drafts of this kind are kept one per scope (a meeting's id); without it, one draft in all. A scoped
   * kind's key must be in MEETING_DRAFT_KEYS, so that a meeting's drafts leave the device together.
   */
  scoped?: boolean;
}

/**
 * The keys of every kind kept per meeting (the forms of Protokoll and Ausgaben): `removeAllFor` clears a
 * meeting's scope in each. Listed here, as plain keys, because the kit may not import the features that
 * declare the kinds; a unit test checks the list against them.
 */
export const MEETING_DRAFT_KEYS: readonly string[] = ['treffpunkt.protokoll.entwurf', 'treffpunkt.ausgaben.entwurf'];

type Scoped = Record<string, unknown>;

const asRecord = (value: unknown): Scoped =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Scoped) : {};

/** The draft of this kind (of one scope, for scoped kinds), or undefined when there is none or it is broken. */
export function readDraft<T>(store: KeyValueStore, kind: DraftKind<T>, scope?: string): T | undefined {
  const stored = store.read<unknown>(kind.key);
  const value = kind.scoped ? asRecord(stored)[scope ?? ''] : stored;
  return value === undefined || value === null ? undefined : kind.parse(value);
}

/** Writes a scoped kind's drafts back; with no scope left, the key leaves the device. */
function writeScopes(store: KeyValueStore, key: string, change: (stored: Scoped) => void): Promise<void> {
  const stored = { ...asRecord(store.read<unknown>(key)) };
  change(stored);
  return store.write(key, Object.keys(stored).length > 0 ? stored : null);
}

/** Keeps the draft (the other scopes' drafts stay); an empty draft is removed. */
export function writeDraft<T>(store: KeyValueStore, kind: DraftKind<T>, value: T, scope?: string): Promise<void> {
  const empty = kind.isEmpty?.(value) ?? false;
  if (!kind.scoped) return store.write(kind.key, empty ? null : value);
  return writeScopes(store, kind.key, (stored) => {
    if (empty) delete stored[scope ?? ''];
    else stored[scope ?? ''] = value;
  });
}

/** Removes the draft (of one scope, for scoped kinds). */
export function removeDraft<T>(store: KeyValueStore, kind: DraftKind<T>, scope?: string): Promise<void> {
  if (!kind.scoped) return store.write(kind.key, null);
  return writeScopes(store, kind.key, (stored) => delete stored[scope ?? '']);
}

/** Removes every form draft of one meeting from the device (its minutes are final: nothing is typed there). */
export async function removeAllFor(store: KeyValueStore, meetingId: string): Promise<void> {
  for (const key of MEETING_DRAFT_KEYS) {
    if (meetingId in asRecord(store.read<unknown>(key)))
      await writeScopes(store, key, (stored) => delete stored[meetingId]);
  }
}
