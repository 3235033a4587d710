import { GRAPH_CONTEXT, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { requireDriveRole } from '../drive/access';
import { type Addressed, addressed, DRIVE_PREFIXES, driveRead, itemSelect, viewOf } from '../drive/itemRoutes';
import { findDrive, childrenOf } from '../drive/lookup';
import { driveItemContext, driveView, selectItem } from '../drive/views';
import { parseSelect, project, selectSuffix } from '../odata';
import { paginate } from '../paging';
import { findSite } from '../sharepoint/lookup';
import { graphPathOf, PATH_SEGMENT } from '../drive/path';
import { driveErrors } from '../drive/driveErrors';

const DRIVE_PROPERTIES = [
  'id',
  'name',
  'description',
  'driveType',
  'webUrl',
  'createdDateTime',
  'lastModifiedDateTime',
  'createdBy',
  'quota',
];

function getDrive(ctx: RouteContext): GraphResponse {
  const { site, drive } = findDrive(ctx.store.read(), ctx.params);
  requireDriveRole(ctx, site, drive, 'read');
  const select = parseSelect(ctx.req.query.get('$select'), DRIVE_PROPERTIES, 'microsoft.graph.drive');
  return ok({
    '@odata.context': `${GRAPH_CONTEXT}drives${selectSuffix(select)}/$entity`,
    ...project(driveView(site, drive), select),
  });
}

/** GET /sites/{id}/drives: the site's document libraries (the emulator has the default one). */
function listDrives(ctx: RouteContext): GraphResponse {
  const site = findSite(ctx.store.read(), ctx.params.siteId ?? '');
  const drive = site.drive;
  if (!drive) throw driveErrors.itemNotFound();
  requireDriveRole(ctx, site, drive, 'read');
  const select = parseSelect(ctx.req.query.get('$select'), DRIVE_PROPERTIES, 'microsoft.graph.drive');
  return ok({
    '@odata.context': `${GRAPH_CONTEXT}sites('${site.id}')/drives${selectSuffix(select)}`,
    value: [project(driveView(site, drive), select)],
  });
}

function getItem(ctx: RouteContext): GraphResponse {
  const target = addressed(ctx, 'read');
  const select = itemSelect(ctx);
  const view = viewOf(ctx, ctx.store.read(), target);
  const context = `${driveItemContext(target.drive)}${selectSuffix(select)}/$entity`;
  return ok({ '@odata.context': context, ...selectItem(view, select) }, { ETag: String(view.eTag) });
}

function children(ctx: RouteContext): GraphResponse {
  const target: Addressed = addressed(ctx, 'read');
  if (!target.item.isFolder) throw driveErrors.itemNotFound();
  const select = itemSelect(ctx);
  const sorted = childrenOf(target.drive, target.item).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const collectionUrl = `${ctx.graphBase}${graphPathOf(ctx.req.path)}`;
  const page = paginate(sorted, { query: ctx.req.query, collectionUrl, defaultTop: 200 });
  const state = ctx.store.read();
  return ok({
    '@odata.context': `${driveItemContext(target.drive)}('${target.item.id}')/children${selectSuffix(select)}`,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((item) => viewOf(ctx, state, { ...target, item }, select)),
  });
}

export const driveRoutes: Route[] = [
  { ...driveRead, method: 'GET', pattern: '/sites/{siteId}/drive', query: ['$select'], handle: getDrive },
  { ...driveRead, method: 'GET', pattern: '/sites/{siteId}/drives', query: ['$select'], handle: listDrives },
  { ...driveRead, method: 'GET', pattern: '/drives/{driveId}', query: ['$select'], handle: getDrive },
  ...DRIVE_PREFIXES.flatMap((prefix): Route[] =>
    [`${prefix}/items/{itemId}`, `${prefix}/items/{itemId}/${PATH_SEGMENT}/{path}`].flatMap((item): Route[] => [
      { ...driveRead, method: 'GET', pattern: item, query: ['$select'], handle: getItem },
      {
        ...driveRead,
        method: 'GET',
        pattern: `${item}/children`,
        query: ['$select', '$top', '$skiptoken'],
        handle: children,
      },
    ]),
  ),
];
