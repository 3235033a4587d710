import type { Client } from '@microsoft/microsoft-graph-client';
import type { ColumnDefinition, ListItem } from '@microsoft/microsoft-graph-types';
import { isAppError } from '../domain/appError';
import type { Capability, Role } from '../domain/grants';
import type { ListKind } from '../domain/lists';
import { scopesFor } from './graphClient';
import { type Access, graphCall } from './graphErrors';
import { createListMemory, type ListMemory } from './listMemory';
import { collectPages, nextLinkPath, type Page } from './paging';

export { nextLinkPath } from './paging';

export type Fields = Record<string, unknown>;

/** A text column's value: '' where the column is empty, missing or not text. */
export const textField = (fields: Fields, name: string): string =>
  typeof fields[name] === 'string' ? (fields[name] as string) : '';

/** One list item as the gateway hands it on: its id, the eTag for If-Match, its columns. */
export interface StoredItem {
  id: string;
  etag: string;
  webUrl: string;
  fields: Fields;
}

/** Some of a list's items, and where the rest begin (Graph's @odata.nextLink). */
export interface ItemPage {
  items: StoredItem[];
  nextLink?: string;
}

/** What to read: item properties (`$select`), columns (`fields($select=…)`), how many at least (`$top`). */
export interface PageQuery {
  properties: readonly string[];
  columns: readonly string[];
  top: number;
}

/** One of Treffpunkt's lists: by its remembered id where known, else by its configured display name. */
export interface ListRef {
  kind: ListKind;
  displayName: string;
  columns: ColumnDefinition[];
}

export const LIST_CAPABILITY: Readonly<Record<ListKind, Capability>> = {
  meetings: 'meetingsList',
  venues: 'venuesList',
  settings: 'settingsList',
  needs: 'needsList',
};

/** The call needs this role on the list (403s name it). */
export const listAccess = (list: Pick<ListRef, 'kind'>, role: Role): Access => ({
  capability: LIST_CAPABILITY[list.kind],
  role,
});

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

/**
 * The SharePoint lists on the configured site: items read, created and updated. A list is addressed
 * by the id remembered on this device, otherwise by its configured name (see listReading.ts).
 */
export function createListsGateway(client: Client, site: string, memory: ListMemory = createListMemory(site)) {
  const listPath = (list: Pick<ListRef, 'kind' | 'displayName'>) =>
    `${siteKey(site)}/lists/${encodeURIComponent(memory.id(list.kind) ?? list.displayName)}`;
  const api = (path: string) => client.api(path).middlewareOptions([scopesFor('lists')]);

  /** Only columns the list has (when known): asking for another one is a 400. */
  const present = (list: ListRef, wanted: readonly string[]): string[] => {
    const known = memory.columns(list.kind);
    return known ? wanted.filter((c) => c === 'Title' || known.includes(c)) : [...wanted];
  };
  // Hidden columns (TpDaten) come back only when named, so the columns are always named.
  const fieldsOf = (list: ListRef) =>
    `fields($select=${present(list, ['Title', ...list.columns.map((c) => c.name ?? '')]).join(',')})`;
  const readItems = (list: ListRef) => (path: string) =>
    graphCall(() => api(path).get() as Promise<Page<ListItem>>, listAccess(list, 'read'));

  /** The list's columns as they are now (all pages, hidden ones included). */
  async function learnColumns(list: ListRef): Promise<void> {
    const read = (path: string) =>
      graphCall(() => api(path).get() as Promise<Page<ColumnDefinition>>, listAccess(list, 'read'));
    const columns = await collectPages(read, `${listPath(list)}/columns?$select=name,hidden`);
    memory.setColumns(
      list.kind,
      columns.items.map((c) => c.name ?? ''),
    );
  }

  /** A read that named a column the list lacks (an older list) is repeated with the columns it has. */
  async function withColumns<T>(list: ListRef, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (!isAppError(error) || error.code !== 'invalid-input') throw error;
      await learnColumns(list);
      return read();
    }
  }

  return {
    client,
    site,
    memory,
    listPath,
    api,
    /** `…/items?$expand=fields(…)&$top=…` for every column of the list it has. */
    itemsUrl: (list: ListRef, top = 100) => `${listPath(list)}/items?$expand=${fieldsOf(list)}&$top=${top}`,

    async createItem(list: ListRef, fields: Fields): Promise<StoredItem> {
      const item = await graphCall(() => api(`${listPath(list)}/items`).post({ fields }), listAccess(list, 'write'));
      return toStoredItem(item as ListItem);
    },

    /** PATCH the fields with If-Match; a colleague's change meanwhile surfaces as a `conflict` AppError. */
    async updateItem(list: ListRef, item: { id: string; etag: string }, fields: Fields): Promise<StoredItem> {
      const answer = (await graphCall(
        () =>
          api(`${listPath(list)}/items/${encodeURIComponent(item.id)}/fields`)
            .header('If-Match', item.etag)
            .patch(fields),
        listAccess(list, 'write'),
      )) as Fields;
      return { id: item.id, etag: (answer['@odata.etag'] as string | undefined) ?? '', webUrl: '', fields: answer };
    },

    /**
     * At least `query.top` items (following next links when the service pages below `$top`), the
     * first from `query`, further ones from the previous call's next link.
     */
    async readPage(list: ListRef, query: PageQuery, nextLink?: string): Promise<ItemPage> {
      const first = () =>
        `${listPath(list)}/items?$select=${query.properties.join(',')}` +
        `&$expand=fields($select=${present(list, query.columns).join(',')})&$top=${query.top}`;
      const start = nextLink ? () => nextLinkPath(nextLink) : first;
      const read = await withColumns(list, () => collectPages(readItems(list), start(), query.top));
      return { items: read.items.map(toStoredItem), ...(read.nextLink ? { nextLink: read.nextLink } : {}) };
    },

    /** Every item of the list (all pages). */
    async readAll(list: ListRef): Promise<StoredItem[]> {
      const first = () => `${listPath(list)}/items?$expand=${fieldsOf(list)}&$top=100`;
      const read = await withColumns(list, () => collectPages(readItems(list), first()));
      return read.items.map(toStoredItem);
    },

    async getItem(list: ListRef, id: string): Promise<StoredItem> {
      const path = () => `${listPath(list)}/items/${encodeURIComponent(id)}?$expand=${fieldsOf(list)}`;
      const item = await withColumns(list, () => graphCall(() => api(path()).get(), listAccess(list, 'read')));
      return toStoredItem(item as ListItem);
    },
  };
}

export type ListsGateway = ReturnType<typeof createListsGateway>;
