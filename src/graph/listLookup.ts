import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import { isAppError } from '../domain/appError';
import type { ListKind } from '../domain/lists';
import { type BatchRequest, readAllInBatches } from './batch';
import { graphCall } from './graphErrors';
import { LIST_SCHEMAS } from './listSchema';
import { type ListsGateway, siteKey } from './listsGateway';
import { collectPages, type Page } from './paging';

const MAX_BATCH = 20;

async function siteLists(lists: ListsGateway): Promise<List[]> {
  const read = (path: string) =>
    graphCall(() => lists.api(path).get() as Promise<Page<List>>, { capability: 'site', role: 'read' });
  return (await collectPages(read, `${siteKey(lists.site)}/lists?$select=id,displayName&$top=100`)).items;
}

async function columnsOf(lists: ListsGateway, candidates: List[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let start = 0; start < candidates.length; start += MAX_BATCH) {
    const requests: BatchRequest[] = candidates.slice(start, start + MAX_BATCH).map((list, i) => ({
      id: String(start + i),
      method: 'GET',
      url: `${siteKey(lists.site)}/lists/${encodeURIComponent(list.id ?? '')}/columns?$select=name,hidden`,
    }));
    const results = await readAllInBatches(lists.client, requests, { feature: 'lists' });
    for (const [id, response] of results) {
      const list = candidates[Number(id)];
      if (list?.id && response.status === 200)
        out.set(
          list.id,
          (response.body as Page<ColumnDefinition>).value.map((c) => c.name ?? ''),
        );
    }
  }
  return out;
}

/**
 * Before "none exists" is said: a list on the site that carries Treffpunkt's own column (a colleague
 * may have renamed it). Found lists are remembered by id. Where the app may not list the site's lists
 * (a grant on single lists only), nothing is found.
 */
export async function findBySignature(lists: ListsGateway, kinds: ListKind[]): Promise<ListKind[]> {
  let all: List[];
  try {
    all = await siteLists(lists);
  } catch (error) {
    if (isAppError(error) && (error.code === 'forbidden' || error.code === 'not-found')) return [];
    throw error;
  }
  const columns = await columnsOf(lists, all);
  const found: ListKind[] = [];
  for (const kind of kinds) {
    const match = all.find((l) => l.id && columns.get(l.id)?.includes(LIST_SCHEMAS[kind].signature));
    if (!match?.id) continue;
    lists.memory.remember(kind, match.id, columns.get(match.id));
    found.push(kind);
  }
  return found;
}
