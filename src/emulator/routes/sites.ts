import { GRAPH_CONTEXT, ok, type Route } from '../context';
import { parseSelect, project, selectSuffix } from '../odata';
import { SCOPES } from '../scopes';
import { requireSiteRole } from '../sharepoint/access';
import { findSite } from '../sharepoint/lookup';
import { BASE_ITEM_PROPERTIES, siteView } from '../sharepoint/views';

const SITE_PROPERTIES = [...BASE_ITEM_PROPERTIES, 'siteCollection', 'root'];

export const siteRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/sites/{siteId}',
    scopes: SCOPES.sitesRead,
    workload: 'sharepoint',
    query: ['$select'],
    handle: (ctx) => {
      const site = findSite(ctx.store.read(), ctx.params.siteId ?? '');
      requireSiteRole(ctx, site, undefined, 'read');
      const select = parseSelect(ctx.req.query.get('$select'), SITE_PROPERTIES, 'microsoft.graph.site');
      return ok({
        '@odata.context': `${GRAPH_CONTEXT}sites${selectSuffix(select)}/$entity`,
        ...project(siteView(site), select),
      });
    },
  },
];
