import type { Client } from '@microsoft/microsoft-graph-client';
import type { ColumnDefinition, List, ListItem, Site } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/appError';
import { type BatchRequest, batchBody, sendBatch } from './batch';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';

export type Fields = Record<string, unknown>;

/** One list item as the gateway hands it on: its id, the eTag for If-Match, its columns. */
export interface StoredItem {
  id: string;
  etag: string;
  webUrl: string;
  fields: Fields;
}

/** One page of a list's items, and where the next one is (Graph's @odata.nextLink). */
export interface ItemPage {
  items: StoredItem[];
  nextLink?: string;
}

/** What one page reads: item properties (`$select`), columns (`fields($select=…)`), page size (`$top`). */
export interface PageQuery {
  properties: readonly string[];
  columns: readonly string[];
  top: number;
}

export interface ListRef {
  displayName: string;
  columns: ColumnDefinition[];
}

/** `hostname:/sites/path` → `/sites/hostname:/sites/path:` (Graph's key form for a site by path). */
export function siteKey(site: string): string {
  const [hostname, ...rest] = site.split(':');
  const path = rest.join(':').replace(/\/+$/, '');
  return `/sites/${hostname}:${path.split('/').map(encodeURIComponent).join('/')}:`;
}

export function toStoredItem(item: ListItem): StoredItem {
  const fields = (item.fields ?? {}) as Fields;
  const etag = (fields['@odata.etag'] as string | undefined) ?? item.eTag ?? '';
  return { id: item.id ?? '', etag, webUrl: item.webUrl ?? '', fields };
}

/** `fields($select=Title,…)`: only the list's own columns come back. */
function fieldsOf(list: ListRef): string {
  return `fields($select=${['Title', ...list.columns.map((c) => c.name)].join(',')})`;
}

/**
 * `https://graph.microsoft.com/v1.0/sites/…?…` → `/sites/…?…`: the Graph client puts its own host and
 * version in front, so a next link never sends the token anywhere else.
 */
export function nextLinkPath(nextLink: string): string {
  const url = new URL(nextLink);
  return `${url.pathname.replace(/^\/[^/]+/, '')}${url.search}`;
}

/**
 * The SharePoint lists on the configured site, addressed by display name so that opening the pane
 * needs no look-up of ids first.
 */
export function createListsGateway(client: Client, site: string) {
  const listPath = (list: ListRef) => `${siteKey(site)}/lists/${encodeURIComponent(list.displayName)}`;
  const api = (path: string) => client.api(path).middlewareOptions([scopesFor('lists')]);
  const itemsUrl = (list: ListRef, top: number) => {
    return `${listPath(list)}/items?$expand=${fieldsOf(list)}&$top=${top}`;
  };

  async function createList(list: ListRef): Promise<void> {
    const found = (await graphCall(() => api(siteKey(site)).select(['id']).get())) as Site;
    const body: List = { displayName: list.displayName, columns: list.columns, list: { template: 'genericList' } };
    await graphCall(() => api(`/sites/${found.id}/lists`).post(body));
  }

  return {
    /** Items of several lists in one round trip; a list that does not exist yet comes back as `missing`. */
    async readLists<K extends string>(lists: Record<K, ListRef>): Promise<Record<K, StoredItem[] | 'missing'>> {
      const ids = Object.keys(lists) as K[];
      const requests: BatchRequest[] = ids.map((id) => ({ id, method: 'GET', url: itemsUrl(lists[id], 100) }));
      const results = await sendBatch(client, requests, { feature: 'lists' });
      const out = {} as Record<K, StoredItem[] | 'missing'>;
      for (const id of ids) {
        try {
          out[id] = batchBody<{ value: ListItem[] }>(results, id).value.map(toStoredItem);
        } catch (error) {
          if (error instanceof AppError && error.code === 'not-found') out[id] = 'missing';
          else throw error;
        }
      }
      return out;
    },

    /** Creates the list with its columns (first run on a site). */
    createList,

    async createItem(list: ListRef, fields: Fields): Promise<StoredItem> {
      const item = (await graphCall(() => api(`${listPath(list)}/items`).post({ fields }))) as ListItem;
      return toStoredItem(item);
    },

    /** PATCH the fields with If-Match; a colleague's change meanwhile surfaces as a `conflict` AppError. */
    async updateItem(list: ListRef, item: { id: string; etag: string }, fields: Fields): Promise<StoredItem> {
      const answer = (await graphCall(() =>
        api(`${listPath(list)}/items/${encodeURIComponent(item.id)}/fields`)
          .header('If-Match', item.etag)
          .patch(fields),
      )) as Fields;
      return { id: item.id, etag: (answer['@odata.etag'] as string | undefined) ?? '', webUrl: '', fields: answer };
    },

    /** One page in one round trip: the first from `query`, the following from the previous page's next link. */
    async readPage(list: ListRef, query: PageQuery, nextLink?: string): Promise<ItemPage> {
      const first =
        `${listPath(list)}/items?$select=${query.properties.join(',')}` +
        `&$expand=fields($select=${query.columns.join(',')})&$top=${query.top}`;
      const page = (await graphCall(() => api(nextLink ? nextLinkPath(nextLink) : first).get())) as {
        value: ListItem[];
        '@odata.nextLink'?: string;
      };
      const next = page['@odata.nextLink'];
      return { items: page.value.map(toStoredItem), ...(next ? { nextLink: next } : {}) };
    },

    async getItem(list: ListRef, id: string): Promise<StoredItem> {
      const item = (await graphCall(() =>
        api(`${listPath(list)}/items/${encodeURIComponent(id)}?$expand=${fieldsOf(list)}`).get(),
      )) as ListItem;
      return toStoredItem(item);
    },
  };
}

export type ListsGateway = ReturnType<typeof createListsGateway>;
