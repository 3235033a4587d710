import type { KeyValueStore } from '../../office/roamingStore';

/** What the Protokoll forms hold before it becomes part of the minutes (typed, not yet added). */
export interface ProtokollDrafts {
  walkInName?: string;
  walkInInitiative?: string;
  walkInAddress?: string;
  nextDate?: string;
}

const KEY = 'treffpunkt.protokoll.entwurf';
const FIELDS = ['walkInName', 'walkInInitiative', 'walkInAddress', 'nextDate'] as const;

type Stored = Record<string, ProtokollDrafts>;

/** The forms' drafts of a meeting as last typed on this device (only text fields are taken). */
export function readProtokollDrafts(store: KeyValueStore, meetingId: string): ProtokollDrafts {
  const entry = store.read<Stored>(KEY)?.[meetingId] ?? {};
  return Object.fromEntries(
    FIELDS.flatMap((field) => (typeof entry[field] === 'string' && entry[field] ? [[field, entry[field]]] : [])),
  );
}

/** Keeps the drafts of one meeting (the others' stay); a meeting without drafts is dropped from the store. */
export function writeProtokollDrafts(store: KeyValueStore, meetingId: string, drafts: ProtokollDrafts): Promise<void> {
  const stored: Stored = { ...(store.read<Stored>(KEY) ?? {}) };
  const kept = Object.fromEntries(Object.entries(drafts).filter(([, value]) => value));
  if (Object.keys(kept).length > 0) stored[meetingId] = kept;
  else delete stored[meetingId];
  return store.write(KEY, stored);
}
