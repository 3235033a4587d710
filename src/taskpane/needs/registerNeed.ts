import { isAppError } from '../../domain/appError';
import { findNeed, type ListedNeed, type Mention, mergeMention, newNeed } from '../../domain/needs';
import type { Gateway } from '../../graph/gateway';

export type NeedsPort = Gateway['needs'];

/** What registering did: added a new need, or merged the mention into one with the same title. */
export interface Registered {
  listed: ListedNeed;
  merged: boolean;
}

async function once(needs: NeedsPort, mention: Mention): Promise<Registered> {
  const all = await needs.list();
  const same = findNeed(
    all.map((l) => l.need),
    mention.title,
  );
  const known = same && all.find((l) => l.need.id === same.id);
  if (!known) return { listed: await needs.add(newNeed(mention)), merged: false };
  return { listed: await needs.update(mergeMention(known.need, mention), known.etag), merged: true };
}

/**
 * A need raised (from the minutes, the call for topics or by hand): added to the needs list, or
 * merged into the need with the same title (case and spaces do not count). The list is read first,
 * so a need a colleague added meanwhile is merged, not listed twice; a colleague's change to the same
 * need meanwhile (`conflict`) is read again and merged once more.
 */
export async function registerNeed(needs: NeedsPort, mention: Mention): Promise<Registered> {
  try {
    return await once(needs, mention);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'conflict') throw error;
    return once(needs, mention);
  }
}
