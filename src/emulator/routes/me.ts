import { GRAPH_CONTEXT, ok, type Route, type RouteContext } from '../context';
import { findUser, USER_PROPERTIES, userDefault } from '../directory';
import { parseSelect, project, selectSuffix } from '../odata';
import { SCOPES } from '../scopes';
import type { UserRecord } from '../state';

/** A user as GET /me or /users/{id} returns it, honouring $select. */
export function userResponse(ctx: RouteContext, user: UserRecord) {
  const select = parseSelect(ctx.req.query.get('$select'), USER_PROPERTIES, 'microsoft.graph.user');
  const body = select ? project(user, select) : userDefault(user);
  return ok({ '@odata.context': `${GRAPH_CONTEXT}users${selectSuffix(select)}/$entity`, ...body });
}

export const meRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me',
    scopes: SCOPES.me,
    workload: 'directory',
    query: ['$select'],
    handle: (ctx) => userResponse(ctx, findUser(ctx.store.read(), ctx.req.caller.userId)),
  },
];
