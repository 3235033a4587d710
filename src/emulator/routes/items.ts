import { created, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { errors } from '../errors';
import { newGuid } from '../ids';
import { parseSelect, selectSuffix } from '../odata';
import { paginate } from '../paging';
import { SCOPES } from '../scopes';
import type { ListItemRecord } from '../state';
import { parseFieldsExpand } from '../sharepoint/expand';
import { validateFields } from '../sharepoint/fields';
import { requireSiteRole } from '../sharepoint/access';
import { checkIfMatch, findItem, itemETag, siteAndList } from '../sharepoint/lookup';
import { fieldsContext, fieldsView, itemsContext, itemView } from '../sharepoint/views';

const LIST_ITEM_PROPERTIES = [
  'id',
  'eTag',
  'webUrl',
  'createdBy',
  'lastModifiedBy',
  'createdDateTime',
  'lastModifiedDateTime',
  'parentReference',
  'contentType',
  'sharepointIds',
  'description',
  'name',
];

/** `$select` on the item: its own properties; an expanded `fields` comes along as OData has it. */
function itemSelect(ctx: RouteContext): string[] | undefined {
  return parseSelect(ctx.req.query.get('$select'), [...LIST_ITEM_PROPERTIES, 'fields'], 'microsoft.graph.listItem');
}

function selected(view: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select) return view;
  const keep = new Set([...select, 'fields']);
  return Object.fromEntries(
    Object.entries(view).filter(([key]) => key.startsWith('@') || keep.has(key.split('@')[0] ?? '')),
  );
}

const isoNow = (ctx: RouteContext): string =>
  ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');

function listItems(ctx: RouteContext): GraphResponse {
  const state = ctx.store.read();
  const { site, list } = siteAndList(state, ctx.params);
  requireSiteRole(ctx, site, list, 'read');
  const expand = parseFieldsExpand(ctx.req.query.get('$expand'));
  const select = itemSelect(ctx);
  const collectionUrl = `${ctx.graphBase}/sites/${encodeURIComponent(site.id)}/lists/${encodeURIComponent(list.id)}/items`;
  const page = paginate(list.items, { query: ctx.req.query, collectionUrl, defaultTop: 200, maxTop: 5000 });
  return ok({
    '@odata.context': `${itemsContext(site, list)}${selectSuffix(select)}`,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((item) => selected(itemView(state, site, list, item, expand), select)),
  });
}

function createItem(ctx: RouteContext): GraphResponse {
  const target = siteAndList(ctx.store.read(), ctx.params);
  requireSiteRole(ctx, target.site, target.list, 'write');
  const body = ctx.req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw errors.badRequest('The request body must be a listItem object.');
  for (const key of Object.keys(body)) {
    if (key === 'fields' || key.startsWith('@')) continue;
    if (LIST_ITEM_PROPERTIES.includes(key)) throw errors.notImplemented(`setting '${key}' when creating a list item`);
    throw errors.unknownProperty(key, 'microsoft.graph.listItem');
  }
  return ctx.store.update((state) => {
    const { site, list } = siteAndList(state, ctx.params);
    const fields = validateFields(list, (body as { fields?: unknown }).fields ?? {});
    const now = isoNow(ctx);
    const item: ListItemRecord = {
      id: String(list.nextItemId),
      guid: newGuid(),
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdById: ctx.req.caller.userId,
      lastModifiedById: ctx.req.caller.userId,
      fields,
    };
    list.nextItemId += 1;
    list.items.push(item);
    list.lastModifiedDateTime = now;
    const view = itemView(state, site, list, item, { fields: true });
    return created({ '@odata.context': `${itemsContext(site, list)}/$entity`, ...view }, { ETag: itemETag(item) });
  });
}

function getItem(ctx: RouteContext): GraphResponse {
  const state = ctx.store.read();
  const { site, list } = siteAndList(state, ctx.params);
  requireSiteRole(ctx, site, list, 'read');
  const item = findItem(list, ctx.params.itemId ?? '');
  const select = itemSelect(ctx);
  const view = selected(itemView(state, site, list, item, parseFieldsExpand(ctx.req.query.get('$expand'))), select);
  const context = `${itemsContext(site, list)}${selectSuffix(select)}/$entity`;
  return ok({ '@odata.context': context, ...view }, { ETag: itemETag(item) });
}

function getFields(ctx: RouteContext): GraphResponse {
  const { site, list } = siteAndList(ctx.store.read(), ctx.params);
  requireSiteRole(ctx, site, list, 'read');
  const item = findItem(list, ctx.params.itemId ?? '');
  const raw = ctx.req.query.get('$select');
  const select = raw
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return ok(
    { '@odata.context': fieldsContext(site, list, item), ...fieldsView(list, item, select) },
    { ETag: itemETag(item) },
  );
}

/**
 * PATCH .../fields: role (403), then the fields (400), then If-Match against `"<guid>,<version>"`
 * (412), so a PATCH with a stale eTag probes the write role harmlessly; each change bumps the version.
 */
function patchFields(ctx: RouteContext): GraphResponse {
  return ctx.store.update((state) => {
    const { site, list } = siteAndList(state, ctx.params);
    requireSiteRole(ctx, site, list, 'write');
    const item = findItem(list, ctx.params.itemId ?? '');
    const changes = validateFields(list, ctx.req.body ?? {});
    checkIfMatch(ctx.req.headers['if-match'], item);
    Object.assign(item.fields, changes);
    item.version += 1;
    item.lastModifiedDateTime = isoNow(ctx);
    item.lastModifiedById = ctx.req.caller.userId;
    return ok(
      { '@odata.context': fieldsContext(site, list, item), ...fieldsView(list, item) },
      { ETag: itemETag(item) },
    );
  });
}

function deleteItem(ctx: RouteContext): GraphResponse {
  return ctx.store.update((state) => {
    const { site, list } = siteAndList(state, ctx.params);
    requireSiteRole(ctx, site, list, 'write');
    const item = findItem(list, ctx.params.itemId ?? '');
    checkIfMatch(ctx.req.headers['if-match'], item);
    list.items = list.items.filter((i) => i !== item);
    return { status: 204, headers: {} };
  });
}

const ITEMS = '/sites/{siteId}/lists/{listId}/items';
const read = { scopes: SCOPES.sitesRead, workload: 'sharepoint' as const };
const write = { scopes: SCOPES.sitesWrite, workload: 'sharepoint' as const };

export const itemRoutes: Route[] = [
  { ...read, method: 'GET', pattern: ITEMS, query: ['$expand', '$select', '$top', '$skiptoken'], handle: listItems },
  { ...write, method: 'POST', pattern: ITEMS, handle: createItem },
  { ...read, method: 'GET', pattern: `${ITEMS}/{itemId}`, query: ['$expand', '$select'], handle: getItem },
  { ...write, method: 'DELETE', pattern: `${ITEMS}/{itemId}`, handle: deleteItem },
  { ...read, method: 'GET', pattern: `${ITEMS}/{itemId}/fields`, query: ['$select'], handle: getFields },
  { ...write, method: 'PATCH', pattern: `${ITEMS}/{itemId}/fields`, handle: patchFields },
];
