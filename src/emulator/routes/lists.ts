import { created, ok, type Route, type RouteContext } from '../context';
import { errors } from '../errors';
import { newGuid } from '../ids';
import { parseSelect, parseStringLiteral, project, selectSuffix } from '../odata';
import { paginate } from '../paging';
import { SCOPES } from '../scopes';
import type { ListRecord } from '../state';
import { expandedColumns, parseColumnsExpand } from '../sharepoint/columnQuery';
import { builtInColumns } from '../sharepoint/columns';
import { GRAPH_LIST_VIEW_FIELDS } from '../sharepoint/defaultView';
import { columnRules, parseGraphColumn } from '../sharepoint/provisioning';
import { requireSiteRole } from '../sharepoint/access';
import { findSite, siteAndList } from '../sharepoint/lookup';
import { BASE_ITEM_PROPERTIES, listContext, listView } from '../sharepoint/views';

const LIST_PROPERTIES = [...BASE_ITEM_PROPERTIES, 'createdBy', 'parentReference', 'list'];
const LIST_BODY_KEYS = ['displayName', 'description', 'columns', 'list'];
const LIST_INFO_KEYS = ['template', 'hidden', 'contentTypesEnabled'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only `displayName eq '...'` (the usual "does the list exist yet" query). */
function filterLists(lists: ListRecord[], filter: string | undefined): ListRecord[] {
  if (filter === undefined) return lists;
  const match = /^\s*displayName\s+eq\s+('.*')\s*$/i.exec(filter);
  const name = match?.[1] ? parseStringLiteral(match[1]) : undefined;
  if (name === undefined)
    throw errors.notImplemented(`the $filter expression '${filter}' on lists (only "displayName eq '...'")`);
  return lists.filter((l) => l.displayName.toLowerCase() === name.toLowerCase());
}

function getLists(ctx: RouteContext) {
  const state = ctx.store.read();
  const site = findSite(state, ctx.params.siteId ?? '');
  requireSiteRole(ctx, site, undefined, 'read');
  const select = parseSelect(ctx.req.query.get('$select'), LIST_PROPERTIES, 'microsoft.graph.list');
  const lists = filterLists(site.lists, ctx.req.query.get('$filter'));
  const expand = parseColumnsExpand(ctx.req.query.get('$expand'));
  const collectionUrl = `${ctx.graphBase}/sites/${encodeURIComponent(site.id)}/lists`;
  const page = paginate(lists, { query: ctx.req.query, collectionUrl, defaultTop: 200, maxTop: 5000 });
  return ok({
    '@odata.context': `${listContext(site)}${selectSuffix(select)}`,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((l) => ({ ...project(listView(state, site, l), select), ...expandedColumns(l, expand) })),
  });
}

function checkListBody(body: unknown): {
  displayName: string;
  description: string;
  columns: unknown[];
  template: string;
} {
  if (!isObject(body)) throw errors.badRequest('The request body must be a list object.');
  const unknown = Object.keys(body).find((k) => !k.startsWith('@') && !LIST_BODY_KEYS.includes(k));
  if (unknown) throw errors.unknownProperty(unknown, 'microsoft.graph.list');
  if (typeof body.displayName !== 'string' || body.displayName.trim() === '')
    throw errors.invalidRequest('A list needs a displayName.');
  if (body.description !== undefined && typeof body.description !== 'string')
    throw errors.badRequest("'description' must be a string.");
  if (body.columns !== undefined && !Array.isArray(body.columns))
    throw errors.badRequest("'columns' must be an array.");
  const info = body.list ?? {};
  if (!isObject(info)) throw errors.badRequest("'list' must be an object.");
  const extra = Object.keys(info).find((k) => !LIST_INFO_KEYS.includes(k));
  if (extra) throw errors.unknownProperty(extra, 'microsoft.graph.listInfo');
  const template = info.template ?? 'genericList';
  if (template !== 'genericList')
    throw errors.notImplemented(`lists with template '${String(template)}' (only genericList)`);
  return {
    displayName: body.displayName,
    description: (body.description as string) ?? '',
    columns: (body.columns as unknown[]) ?? [],
    template,
  };
}

/** Creating a list needs manage on the site (Learn "Create list": Sites.Manage.All; msgraph-sdk-dotnet #1034). */
function createList(ctx: RouteContext) {
  requireSiteRole(ctx, findSite(ctx.store.read(), ctx.params.siteId ?? ''), undefined, 'manage');
  const input = checkListBody(ctx.req.body);
  const rules = columnRules(ctx);
  const columns = [...builtInColumns(), ...input.columns.map((c) => parseGraphColumn(c, rules))];
  const names = new Set<string>();
  for (const c of columns) {
    if (names.has(c.name.toLowerCase()))
      throw errors.invalidRequest(`A column named '${c.name}' already exists in this list.`);
    names.add(c.name.toLowerCase());
  }
  const now = ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  return ctx.store.update((state) => {
    const site = findSite(state, ctx.params.siteId ?? '');
    if (site.lists.some((l) => l.displayName.toLowerCase() === input.displayName.toLowerCase())) {
      throw errors.nameAlreadyExists(
        `A list, survey, discussion board, or document library with the specified title '${input.displayName}' already exists in this Web site.`,
      );
    }
    const list: ListRecord = {
      id: newGuid(),
      name: input.displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'Liste',
      displayName: input.displayName,
      description: input.description,
      template: input.template,
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdById: ctx.req.caller.userId,
      columns,
      defaultViewFields: [...GRAPH_LIST_VIEW_FIELDS],
      items: [],
      nextItemId: 1,
    };
    site.lists.push(list);
    return created({ '@odata.context': `${listContext(site)}/$entity`, ...listView(state, site, list) });
  });
}

const read = { scopes: SCOPES.sitesRead, workload: 'sharepoint' as const };

export const listRoutes: Route[] = [
  {
    ...read,
    method: 'GET',
    pattern: '/sites/{siteId}/lists',
    query: ['$select', '$filter', '$top', '$skiptoken', '$expand'],
    handle: getLists,
  },
  {
    method: 'POST',
    pattern: '/sites/{siteId}/lists',
    scopes: SCOPES.sitesWrite,
    workload: 'sharepoint',
    handle: createList,
  },
  {
    ...read,
    method: 'GET',
    pattern: '/sites/{siteId}/lists/{listId}',
    query: ['$select', '$expand'],
    handle: (ctx) => {
      const state = ctx.store.read();
      const { site, list } = siteAndList(state, ctx.params);
      requireSiteRole(ctx, site, list, 'read');
      const select = parseSelect(ctx.req.query.get('$select'), LIST_PROPERTIES, 'microsoft.graph.list');
      const expand = parseColumnsExpand(ctx.req.query.get('$expand'));
      return ok({
        '@odata.context': `${listContext(site)}${selectSuffix(select)}/$entity`,
        ...project(listView(state, site, list), select),
        ...expandedColumns(list, expand),
      });
    },
  },
];
