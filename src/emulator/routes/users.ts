import type { Route } from '../context';
import { findUser } from '../directory';
import { errors } from '../errors';
import { OTHER_USERS_SCOPES, SCOPES } from '../scopes';
import { userResponse } from './me';

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/users/{userId}',
    scopes: SCOPES.users,
    workload: 'directory',
    query: ['$select'],
    handle: (ctx) => {
      const user = findUser(ctx.store.read(), ctx.params.userId ?? '');
      const mayReadOthers = OTHER_USERS_SCOPES.some((s) => ctx.req.caller.scopes.has(s.toLowerCase()));
      if (user.id !== ctx.req.caller.userId && !mayReadOthers) throw errors.forbidden('directory');
      return userResponse(ctx, user);
    },
  },
];
