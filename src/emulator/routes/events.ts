import { created, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { findUser } from '../directory';
import { errors } from '../errors';
import { parseSelect } from '../odata';
import { DEFAULT_TRANSACTION_ID_WINDOW_SECONDS } from '../faults';
import { paginate } from '../paging';
import { SCOPES } from '../scopes';
import type { UserRecord } from '../state';
import { readEventInput } from '../calendar/eventBody';
import { calendarEvents, cancelEvent, createEvent, deleteEvent, findEvent, updateEvent } from '../calendar/events';
import {
  EVENT_PROPERTIES,
  eventsContext,
  eventView,
  preferenceApplied,
  preferredTimeZone,
  selectEvent,
} from '../calendar/eventView';
import { checkKeys, expectObject, readString } from '../calendar/values';

const EVENT_TYPE = 'microsoft.graph.event';

/** The calendar's owner: the caller for /me, else /users/{id|upn}, which needs a *.Shared scope (delegated access). */
export function owner(ctx: RouteContext, write: boolean): UserRecord {
  const state = ctx.store.read();
  const userId = ctx.params.userId;
  if (userId === undefined) return findUser(state, ctx.req.caller.userId);
  const user = findUser(state, userId);
  if (user.id === ctx.req.caller.userId) return user;
  const shared = write ? SCOPES.calendarsWriteShared : SCOPES.calendarsReadShared;
  if (!shared.some((s) => ctx.req.caller.scopes.has(s.toLowerCase()))) throw errors.forbidden('exchange');
  return user;
}

function answer(
  ctx: RouteContext,
  owner: UserRecord,
  eventId: string,
  status: 200 | 201,
  select?: string[],
): GraphResponse {
  const zone = preferredTimeZone(ctx.req.headers.prefer);
  const event = findEvent(ctx.store.read(), owner.id, eventId);
  const body = {
    '@odata.context': `${eventsContext(owner.id, select)}/$entity`,
    ...selectEvent(eventView(event, zone), select),
  };
  const headers = preferenceApplied(zone);
  return status === 201 ? created(body, headers) : ok(body, headers);
}

function postEvent(ctx: RouteContext): GraphResponse {
  const input = readEventInput(ctx.req.body);
  const user = owner(ctx, true);
  const options = {
    now: ctx.now(),
    transactionIdWindowSeconds: ctx.transactionIdWindowSeconds ?? DEFAULT_TRANSACTION_ID_WINDOW_SECONDS,
  };
  const id = ctx.store.update((state) => createEvent(state, user, input, options).event.id);
  return answer(ctx, user, id, 201);
}

function getEvent(ctx: RouteContext): GraphResponse {
  const select = parseSelect(ctx.req.query.get('$select'), EVENT_PROPERTIES, EVENT_TYPE);
  return answer(ctx, owner(ctx, false), ctx.params.eventId ?? '', 200, select);
}

function patchEvent(ctx: RouteContext): GraphResponse {
  const input = readEventInput(ctx.req.body);
  const user = owner(ctx, true);
  ctx.store.update((state) =>
    updateEvent(state, user, findEvent(state, user.id, ctx.params.eventId ?? ''), input, ctx.now()),
  );
  return answer(ctx, user, ctx.params.eventId ?? '', 200);
}

/** `{"comment": "..."}` (the CSDL spells it Comment; both are read). */
function readComment(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  const input = expectObject(body, 'cancel');
  checkKeys(input, ['comment', 'Comment'], 'Microsoft.OutlookServices.Cancel');
  const comment = input.comment ?? input.Comment;
  return comment === undefined || comment === null ? undefined : readString(comment, 'comment');
}

function postCancel(ctx: RouteContext): GraphResponse {
  const comment = readComment(ctx.req.body);
  const user = owner(ctx, true);
  ctx.store.update((state) =>
    cancelEvent(state, user, findEvent(state, user.id, ctx.params.eventId ?? ''), comment, ctx.now()),
  );
  return { status: 202, headers: {} };
}

function removeEvent(ctx: RouteContext): GraphResponse {
  const user = owner(ctx, true);
  ctx.store.update((state) => deleteEvent(state, user, findEvent(state, user.id, ctx.params.eventId ?? ''), ctx.now()));
  return { status: 204, headers: {} };
}

function listEvents(ctx: RouteContext): GraphResponse {
  const user = owner(ctx, false);
  const select = parseSelect(ctx.req.query.get('$select'), EVENT_PROPERTIES, EVENT_TYPE);
  const zone = preferredTimeZone(ctx.req.headers.prefer);
  const events = calendarEvents(ctx.store.read(), user.id);
  const base = ctx.params.userId === undefined ? '/me' : `/users/${encodeURIComponent(user.id)}`;
  const page = paginate(events, {
    query: ctx.req.query,
    collectionUrl: `${ctx.graphBase}${base}/events`,
    defaultTop: 10,
  });
  return ok(
    {
      '@odata.context': eventsContext(user.id, select),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      value: page.value.map((e) => selectEvent(eventView(e, zone), select)),
    },
    preferenceApplied(zone),
  );
}

const read = { scopes: SCOPES.calendarsRead, workload: 'exchange' as const };
const write = { scopes: SCOPES.calendarsWrite, workload: 'exchange' as const };

/** Each route for /me and for /users/{userId}. */
function twins(route: Omit<Route, 'pattern'> & { path: string }): Route[] {
  const { path, ...rest } = route;
  return [
    { ...rest, pattern: `/me${path}` },
    { ...rest, pattern: `/users/{userId}${path}` },
  ];
}

export const eventRoutes: Route[] = [
  ...twins({ ...write, method: 'POST', path: '/events', handle: postEvent }),
  ...twins({ ...write, method: 'POST', path: '/calendar/events', handle: postEvent }),
  ...twins({ ...read, method: 'GET', path: '/events', query: ['$select', '$top', '$skiptoken'], handle: listEvents }),
  ...twins({ ...read, method: 'GET', path: '/events/{eventId}', query: ['$select'], handle: getEvent }),
  ...twins({ ...write, method: 'PATCH', path: '/events/{eventId}', handle: patchEvent }),
  ...twins({ ...write, method: 'DELETE', path: '/events/{eventId}', handle: removeEvent }),
  ...twins({ ...write, method: 'POST', path: '/events/{eventId}/cancel', handle: postCancel }),
  ...twins({ ...write, method: 'POST', path: '/events/{eventId}/microsoft.graph.cancel', handle: postCancel }),
];
