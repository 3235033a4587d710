import { findNeed, type ListedNeed, type Mention, mergeMention, newNeed } from '../../domain/needs';
import type { Gateway } from '../../graph/gateway';

export type NeedsPort = Gateway['needs'];

/** What registering did: added a new need, or merged the mention into one with the same title. */
export interface Registered {
  listed: ListedNeed;
  merged: boolean;
}

/**
 * A need raised (from the minutes, the call for topics or by hand): added to the needs list, or
 * merged into the need with the same title (case and spaces do not count). The list is read first,
 * so a need a colleague added meanwhile is merged, not listed twice. Should a colleague change the same
 * need meanwhile (a 412), the gateway reads that one item and the mention is merged into what it holds
 * now: one read and one more write, not the whole list again.
 */
export async function registerNeed(needs: NeedsPort, mention: Mention): Promise<Registered> {
  const all = await needs.list();
  const same = findNeed(
    all.map((l) => l.need),
    mention.title,
  );
  const known = same && all.find((l) => l.need.id === same.id);
  if (!known) return { listed: await needs.add(newNeed(mention)), merged: false };
  const merge = (need: ListedNeed['need']) => mergeMention(need, mention);
  return { listed: await needs.update(merge(known.need), known.etag, merge), merged: true };
}
