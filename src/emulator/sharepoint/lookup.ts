import { errors } from '../errors';
import type { EmulatorState, ListItemRecord, ListRecord, SiteRecord } from '../state';

/**
 * A site by id (`host,collection-guid,web-guid`), by key form (`host:/sites/x`, see sitePath.ts),
 * by hostname alone (its root site) or as `root`.
 */
export function findSite(state: EmulatorState, key: string): SiteRecord {
  const k = key.toLowerCase();
  const colon = k.indexOf(':');
  const site = state.sites.find((s) => {
    if (k === 'root' || (colon < 0 && !k.includes(','))) return s.path === '' && (k === 'root' || s.hostname === k);
    if (colon >= 0)
      return s.hostname === k.slice(0, colon) && s.path.toLowerCase() === normalisePath(k.slice(colon + 1));
    return s.id.toLowerCase() === k;
  });
  if (!site) throw errors.itemNotFound('Requested site could not be found');
  return site;
}

function normalisePath(path: string): string {
  return path === '/' ? '' : path;
}

export function siteWebUrl(site: SiteRecord): string {
  return `https://${site.hostname}${site.path}`;
}

/** A list by id, by its URL name or by its title, as Graph resolves /lists/{list-id|list-title}. */
export function findList(site: SiteRecord, key: string): ListRecord {
  const k = key.toLowerCase();
  const list = site.lists.find(
    (l) => l.id.toLowerCase() === k || l.name.toLowerCase() === k || l.displayName.toLowerCase() === k,
  );
  if (!list) throw errors.itemNotFound(`List '${key}' does not exist at site with URL '${siteWebUrl(site)}'.`);
  return list;
}

export function findItem(list: ListRecord, id: string): ListItemRecord {
  const item = list.items.find((i) => i.id === id);
  if (!item) throw errors.itemNotFound('The requested list item was not found');
  return item;
}

/** site + list from the route params, in a given state (a snapshot or an update's draft). */
export function siteAndList(
  state: EmulatorState,
  params: Record<string, string>,
): { site: SiteRecord; list: ListRecord } {
  const site = findSite(state, params.siteId ?? '');
  return { site, list: findList(site, params.listId ?? '') };
}

export function itemETag(item: ListItemRecord): string {
  return `"${item.guid},${item.version}"`;
}

/** If-Match: `*` or the item's eTag (quotes and a W/ prefix tolerated); a mismatch is a 412. */
export function checkIfMatch(ifMatch: string | undefined, item: ListItemRecord): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const current = itemETag(item);
  const accepted = ifMatch.includes('"') ? splitTags(ifMatch) : [ifMatch];
  if (!accepted.some((tag) => strip(tag) === strip(current))) throw errors.preconditionFailed(ifMatch, current);
}

/** `"a,1", "b,2"` → ['"a,1"', '"b,2"'] (the eTags themselves contain commas). */
function splitTags(header: string): string[] {
  return header.match(/(?:W\/)?"[^"]*"/g) ?? [header];
}
