import { GRAPH_CONTEXT } from '../context';
import { errors } from '../errors';
import type { EmulatorState, FieldValue, ListItemRecord, ListRecord, SiteRecord } from '../state';
import { isHiddenColumn } from './columnQuery';
import { itemETag, siteWebUrl } from './lookup';

/** The properties Graph's baseItem gives a site and a list alike (what `$select` may name for both). */
export const BASE_ITEM_PROPERTIES = [
  'id',
  'name',
  'displayName',
  'description',
  'webUrl',
  'createdDateTime',
  'lastModifiedDateTime',
] as const;

export function siteView(site: SiteRecord): Record<string, unknown> {
  return {
    createdDateTime: site.createdDateTime,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.lastModifiedDateTime,
    name: site.name || site.hostname,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    ...(site.path === '' ? { root: {} } : {}),
    siteCollection: { hostname: site.hostname },
  };
}

export function identity(state: EmulatorState, userId: string): { user: { displayName: string; id: string } } {
  const user = state.users.find((u) => u.id === userId);
  return { user: { displayName: user?.displayName ?? 'System Account', id: userId } };
}

export function listWebUrl(site: SiteRecord, list: ListRecord): string {
  return `${siteWebUrl(site)}/Lists/${encodeURIComponent(list.name)}`;
}

export function listView(state: EmulatorState, site: SiteRecord, list: ListRecord): Record<string, unknown> {
  return {
    createdDateTime: list.createdDateTime,
    description: list.description,
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: identity(state, list.createdById),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

export const listContext = (site: SiteRecord): string => `${GRAPH_CONTEXT}sites('${site.id}')/lists`;
export const itemsContext = (site: SiteRecord, list: ListRecord): string => `${listContext(site)}('${list.id}')/items`;
export const fieldsContext = (site: SiteRecord, list: ListRecord, item: ListItemRecord): string =>
  `${itemsContext(site, list)}('${item.id}')/fields/$entity`;

/** The fieldValueSet as SharePoint returns it: system fields, then the columns that have a value. */
export function fieldsView(
  list: ListRecord,
  item: ListItemRecord,
  select?: readonly string[],
): Record<string, unknown> {
  const all: Record<string, FieldValue> = {
    id: item.id,
    ContentType: 'Item',
    Created: item.createdDateTime,
    Modified: item.lastModifiedDateTime,
    _UIVersionString: `${item.version}.0`,
  };
  for (const [name, value] of Object.entries(item.fields)) if (value !== null) all[name] = value;
  const out: Record<string, unknown> = { '@odata.etag': itemETag(item) };
  // hidden columns' values only when $select names them (columnDefinition resource)
  if (!select) return { ...out, ...omitHidden(list, all) };
  for (const name of select) {
    if (name !== 'id' && !list.columns.some((c) => c.name === name) && !(name in all)) {
      throw errors.invalidRequest(`Field '${name}' is not recognized`);
    }
    if (all[name] !== undefined) out[name] = all[name];
  }
  return out;
}

function omitHidden(list: ListRecord, fields: Record<string, FieldValue>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !isHiddenColumn(list, name)));
}

export interface ItemViewOptions {
  fields: boolean;
  select?: readonly string[];
}

export function itemView(
  state: EmulatorState,
  site: SiteRecord,
  list: ListRecord,
  item: ListItemRecord,
  opts: ItemViewOptions,
) {
  const view: Record<string, unknown> = {
    '@odata.etag': itemETag(item),
    createdDateTime: item.createdDateTime,
    eTag: itemETag(item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${listWebUrl(site, list)}/${item.id}_.000`,
    createdBy: identity(state, item.createdById),
    lastModifiedBy: identity(state, item.lastModifiedById),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (!opts.fields) return view;
  return {
    ...view,
    'fields@odata.context': fieldsContext(site, list, item),
    fields: fieldsView(list, item, opts.select),
  };
}
