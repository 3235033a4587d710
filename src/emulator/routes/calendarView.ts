import { ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { findUser } from '../directory';
import { errors } from '../errors';
import { parseSelect } from '../odata';
import { paginate } from '../paging';
import { calendarEvents } from '../calendar/events';
import { SCOPES } from '../scopes';
import {
  EVENT_PROPERTIES,
  eventsContext,
  eventView,
  preferenceApplied,
  preferredTimeZone,
  selectEvent,
} from '../calendar/eventView';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?$/;
const MISSING =
  'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';

/** calendarView's own parameters (names case-insensitive); without an offset a time is read as UTC. */
function window(rawQuery: string | undefined): { start: number; end: number } {
  const params = new Map<string, string>();
  for (const part of (rawQuery ?? '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(decodeURIComponent(part.slice(0, eq)).toLowerCase(), decodeURIComponent(part.slice(eq + 1)));
  }
  const read = (name: string): number => {
    const value = params.get(name);
    if (value === undefined || value === '') throw errors.invalidParameter(MISSING);
    if (!ISO.test(value))
      throw errors.invalidParameter(`The value '${value}' of parameter '${name}' is not a valid ISO 8601 date-time.`);
    return Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
  };
  return { start: read('startdatetime'), end: read('enddatetime') };
}

/** GET /me/calendarView: the events overlapping the window, by start time. */
function calendarView(ctx: RouteContext): GraphResponse {
  const { start, end } = window(ctx.req.rawQuery);
  const state = ctx.store.read();
  const user = findUser(state, ctx.params.userId ?? ctx.req.caller.userId);
  const mayRead =
    user.id === ctx.req.caller.userId ||
    SCOPES.calendarsReadShared.some((s) => ctx.req.caller.scopes.has(s.toLowerCase()));
  if (!mayRead) throw errors.forbidden('exchange');
  const select = parseSelect(ctx.req.query.get('$select'), EVENT_PROPERTIES, 'microsoft.graph.event');
  const zone = preferredTimeZone(ctx.req.headers.prefer);
  const events = calendarEvents(state, user.id)
    .filter((e) => Date.parse(e.startUtc) < end && Date.parse(e.endUtc) > start)
    .sort((a, b) => Date.parse(a.startUtc) - Date.parse(b.startUtc));
  const base = ctx.params.userId === undefined ? '/me' : `/users/${encodeURIComponent(user.id)}`;
  const page = paginate(events, {
    query: ctx.req.query,
    collectionUrl: `${ctx.graphBase}${base}/calendarView`,
    defaultTop: 10,
  });
  const own = (ctx.req.rawQuery ?? '').split('&').filter((p) => p && !/^(\$|%24)/.test(p));
  const nextLink = page.nextLink ? [page.nextLink, ...own].join('&') : undefined;
  return ok(
    {
      '@odata.context': eventsContext(user.id, select).replace('/events', '/calendarView'),
      ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
      value: page.value.map((e) => selectEvent(eventView(e, zone), select)),
    },
    preferenceApplied(zone),
  );
}

const common = {
  method: 'GET' as const,
  scopes: SCOPES.calendarsRead,
  workload: 'exchange' as const,
  query: ['$select', '$top', '$skiptoken'],
  handle: calendarView,
};

export const calendarViewRoutes: Route[] = [
  { ...common, pattern: '/me/calendarView' },
  { ...common, pattern: '/users/{userId}/calendarView' },
  { ...common, pattern: '/me/calendar/calendarView' },
];
