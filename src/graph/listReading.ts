import type { ColumnDefinition, List, ListItem } from '@microsoft/microsoft-graph-types';
import type { Feature } from '../auth/scopes';
import { isAppError } from '../domain/appError';
import type { ListKind } from '../domain/lists';
import { type BatchRequest, type BatchResponse, batchBody, readAllInBatches } from './batch';
import { listAccess, type ListRef, type ListsGateway, type StoredItem, toStoredItem } from './listsGateway';
import { graphCall } from './graphErrors';
import { collectPages, nextLinkPath, type Page } from './paging';

/** A list as found at opening: its id and name, the columns it has, all its items. */
export interface FoundList {
  id: string;
  displayName: string;
  /** Internal names of its columns. */
  columns: string[];
  items: StoredItem[];
}

export type ListRead = FoundList | 'missing';

/**
 * Reads of another feature sent in the same first $batch (the opening's /me): their requests, the
 * features whose scopes the batch's token then carries too, and who gets the batch's answers first (the
 * lists' answers are taken up once what it returns has settled).
 */
export interface Alongside {
  requests: BatchRequest[];
  features: Feature[];
  answered: (results: Map<string, BatchResponse>) => void | Promise<void>;
}

const ids = (kind: ListKind) => ({ list: `${kind}-list`, items: `${kind}-items` });

/** The list with its columns (hidden ones only come when `hidden` is selected), and its items. */
function requestsFor(lists: ListsGateway, ref: ListRef): BatchRequest[] {
  const id = ids(ref.kind);
  const path = lists.listPath(ref);
  return [
    { id: id.list, method: 'GET', url: `${path}?$select=id,displayName&$expand=columns($select=name,hidden)` },
    { id: id.items, method: 'GET', url: lists.itemsUrl(ref) },
  ];
}

type ListWithColumns = List & { columns?: ColumnDefinition[]; 'columns@odata.nextLink'?: string };

/** The expanded columns, with any further page the service cut off. */
async function columnsOf(lists: ListsGateway, ref: ListRef, list: ListWithColumns): Promise<string[]> {
  const first = (list.columns ?? []).map((c) => c.name ?? '');
  const next = list['columns@odata.nextLink'];
  if (!next) return first;
  const read = (path: string) =>
    graphCall(() => lists.api(path).get() as Promise<Page<ColumnDefinition>>, listAccess(ref, 'read'));
  return [...first, ...(await collectPages(read, nextLinkPath(next))).items.map((c) => c.name ?? '')];
}

const notFound = (results: Map<string, BatchResponse>, id: string) => results.get(id)?.status === 404;

/** The list's items, read again with only the columns it has should the first read ask for others. */
async function itemsOf(lists: ListsGateway, ref: ListRef, results: Map<string, BatchResponse>) {
  try {
    return batchBody<Page<ListItem>>(results, ids(ref.kind).items, listAccess(ref, 'read')).value.map(toStoredItem);
  } catch (error) {
    // An older list without some of the columns asked for: read again with those it has.
    if (!isAppError(error) || error.code !== 'invalid-input') throw error;
    return lists.readAll(ref);
  }
}

async function foundList(lists: ListsGateway, ref: ListRef, results: Map<string, BatchResponse>): Promise<FoundList> {
  const id = ids(ref.kind);
  const list = batchBody<ListWithColumns>(results, id.list, listAccess(ref, 'read'));
  const columns = await columnsOf(lists, ref, list);
  lists.memory.remember(ref.kind, list.id ?? '', columns);
  return {
    id: list.id ?? '',
    displayName: list.displayName ?? ref.displayName,
    columns,
    items: await itemsOf(lists, ref, results),
  };
}

/**
 * Several lists with their columns and all their items in one $batch (further pages in further
 * batches), with the `alongside` reads in the same batch. A list remembered by an id that no longer
 * exists is forgotten and looked for by name (one more round trip); a list not found is `missing`
 * (listLookup.ts looks further).
 */
export async function readLists(
  lists: ListsGateway,
  refs: ListRef[],
  alongside?: Alongside,
): Promise<Map<ListKind, ListRead>> {
  const requests = [...refs.flatMap((ref) => requestsFor(lists, ref)), ...(alongside?.requests ?? [])];
  const feature: Feature[] = ['lists', ...(alongside?.features ?? [])];
  // The alongside reads are handed on from the first batch, while further pages of the lists are read.
  let handedOn: void | Promise<void> = undefined;
  const results = await readAllInBatches(lists.client, requests, { feature }, (first) => {
    handedOn = alongside?.answered(first);
  });
  await handedOn;
  const out = new Map<ListKind, ListRead>();
  const stale: ListRef[] = [];
  for (const ref of refs) {
    if (!notFound(results, ids(ref.kind).list)) out.set(ref.kind, await foundList(lists, ref, results));
    else if (lists.memory.id(ref.kind)) stale.push(ref);
    else out.set(ref.kind, 'missing');
  }
  for (const ref of stale) lists.memory.forget(ref.kind);
  if (stale.length > 0) for (const [kind, read] of await readLists(lists, stale)) out.set(kind, read);
  return out;
}
