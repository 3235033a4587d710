import { created, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { errors } from '../errors';
import { selectSuffix } from '../odata';
import { SCOPES } from '../scopes';
import type { ColumnRecord, ListRecord, SiteRecord } from '../state';
import { requireSiteRole } from '../sharepoint/access';
import { listedColumns, parseColumnSelect } from '../sharepoint/columnQuery';
import { patchColumn } from '../sharepoint/columnPatch';
import { columnView } from '../sharepoint/columns';
import { siteAndList } from '../sharepoint/lookup';
import { checkNewColumnName, columnRules, parseGraphColumn } from '../sharepoint/provisioning';
import { listContext } from '../sharepoint/views';

/** Graph: list columns need Sites.Read.All or more; creating and changing them Sites.Manage.All or more. */
const READ_SCOPES = SCOPES.sitesRead;
const MANAGE_SCOPES = SCOPES.sitesManage;

const columnsContext = (site: SiteRecord, list: ListRecord): string => `${listContext(site)}('${list.id}')/columns`;

const isoNow = (ctx: RouteContext): string =>
  ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');

function findColumn(list: ListRecord, id: string): ColumnRecord {
  const column = list.columns.find((c) => c.id.toLowerCase() === id.toLowerCase());
  if (!column) throw errors.itemNotFound(`Column '${id}' does not exist in list '${list.displayName}'.`);
  return column;
}

function getColumns(ctx: RouteContext): GraphResponse {
  const { site, list } = siteAndList(ctx.store.read(), ctx.params);
  requireSiteRole(ctx, site, list, 'read');
  const select = parseColumnSelect(ctx.req.query.get('$select'));
  return ok({
    '@odata.context': `${columnsContext(site, list)}${selectSuffix(select)}`,
    value: listedColumns(list, select),
  });
}

function getColumn(ctx: RouteContext): GraphResponse {
  const { site, list } = siteAndList(ctx.store.read(), ctx.params);
  requireSiteRole(ctx, site, list, 'read');
  const select = parseColumnSelect(ctx.req.query.get('$select'));
  const column = columnView(findColumn(list, ctx.params.columnId ?? ''));
  const body = select ? Object.fromEntries(Object.entries(column).filter(([k]) => select.includes(k))) : column;
  return ok({ '@odata.context': `${columnsContext(site, list)}${selectSuffix(select)}/$entity`, ...body });
}

function createColumn(ctx: RouteContext): GraphResponse {
  return ctx.store.update((state) => {
    const { site, list } = siteAndList(state, ctx.params);
    requireSiteRole(ctx, site, list, 'manage');
    const column = parseGraphColumn(ctx.req.body, columnRules(ctx));
    checkNewColumnName(list, column.name);
    list.columns.push(column);
    list.lastModifiedDateTime = isoNow(ctx);
    return created({ '@odata.context': `${columnsContext(site, list)}/$entity`, ...columnView(column) });
  });
}

function updateColumn(ctx: RouteContext): GraphResponse {
  return ctx.store.update((state) => {
    const { site, list } = siteAndList(state, ctx.params);
    requireSiteRole(ctx, site, list, 'manage');
    const column = findColumn(list, ctx.params.columnId ?? '');
    const changed = patchColumn(column, ctx.req.body);
    list.columns = list.columns.map((c) => (c === column ? changed : c));
    list.lastModifiedDateTime = isoNow(ctx);
    return ok({ '@odata.context': `${columnsContext(site, list)}/$entity`, ...columnView(changed) });
  });
}

const base = { workload: 'sharepoint' as const };
const COLUMNS = '/sites/{siteId}/lists/{listId}/columns';

export const columnRoutes: Route[] = [
  { ...base, method: 'GET', pattern: COLUMNS, scopes: READ_SCOPES, query: ['$select'], handle: getColumns },
  { ...base, method: 'POST', pattern: COLUMNS, scopes: MANAGE_SCOPES, handle: createColumn },
  {
    ...base,
    method: 'GET',
    pattern: `${COLUMNS}/{columnId}`,
    scopes: READ_SCOPES,
    query: ['$select'],
    handle: getColumn,
  },
  { ...base, method: 'PATCH', pattern: `${COLUMNS}/{columnId}`, scopes: MANAGE_SCOPES, handle: updateColumn },
];
