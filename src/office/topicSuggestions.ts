import type { MailTopic } from './mailItem';
import type { KeyValueStore } from './roamingStore';

/** A mail the organiser marked with "Als Thema vorschlagen", waiting in Planen. */
export interface StoredSuggestion extends MailTopic {
  id: string;
  suggestedAt: string;
}

export const SUGGESTIONS_KEY = 'treffpunkt.themenvorschlaege';
/** Roaming settings hold 32 KB in all: keep the newest few. */
const MAX_SUGGESTIONS = 30;

export function readSuggestions(store: KeyValueStore): StoredSuggestion[] {
  const value = store.read<unknown>(SUGGESTIONS_KEY);
  return Array.isArray(value) ? (value as StoredSuggestion[]) : [];
}

function sameMail(a: MailTopic, b: MailTopic): boolean {
  return a.subject === b.subject && a.senderAddress === b.senderAddress && a.receivedAt === b.receivedAt;
}

/** Adds a suggestion once (the same mail twice stays one) and returns whether it was new. */
export async function addSuggestion(
  store: KeyValueStore,
  topic: MailTopic,
  meta: { id: string; now: Date },
): Promise<boolean> {
  const current = readSuggestions(store);
  if (current.some((s) => sameMail(s, topic))) return false;
  const next = [...current, { ...topic, id: meta.id, suggestedAt: meta.now.toISOString() }].slice(-MAX_SUGGESTIONS);
  await store.write(SUGGESTIONS_KEY, next);
  return true;
}

export async function removeSuggestion(store: KeyValueStore, id: string): Promise<void> {
  await store.write(
    SUGGESTIONS_KEY,
    readSuggestions(store).filter((s) => s.id !== id),
  );
}
