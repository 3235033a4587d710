import type { GraphRequest, GraphResponse, Route, RouteContext } from './context';
import { errors, GraphError } from './errors';
import { SYSTEM_QUERY_OPTIONS } from './odata';
import { rewriteDrivePath } from './drive/path';
import { rewriteSiteKeyPath } from './sharepoint/sitePath';

/** Navigation segments of real Graph the emulator does not (yet) serve: 501, not 400. */
const KNOWN_GRAPH_SEGMENTS = new Set([
  'events',
  'calendar',
  'calendars',
  'calendarview',
  'todo',
  'sendmail',
  'messages',
  'mailfolders',
  'memberof',
  'transitivememberof',
  'manager',
  'directreports',
  'photo',
  'drive',
  'drives',
  'contacts',
  'people',
  'onlinemeetings',
  'planner',
  'insights',
  'presence',
  'findmeetingtimes',
  'owners',
  'subscriptions',
  'contacts',
  'places',
  'contenttypes',
  'items',
  'permissions',
  'applications',
  'organization',
  'teams',
  'chats',
  'me',
  'users',
  'groups',
  'sites',
  'lists',
  'columns',
  'fields',
  'versions',
  'analytics',
  'termstore',
  'pages',
  'orgcontacts',
  'search',
  'education',
  'solutions',
]);

interface Match {
  route: Route;
  params: Record<string, string>;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw errors.badRequest(`The URL segment '${segment}' is not correctly URL-encoded.`);
  }
}

/** How many leading segments of `segments` fit `pattern`; params filled on the way. */
function matchPrefix(pattern: string[], segments: string[], params: Record<string, string>): number {
  let n = 0;
  for (; n < pattern.length && n < segments.length; n++) {
    const p = pattern[n] ?? '';
    const s = segments[n] ?? '';
    if (p.startsWith('{')) params[p.slice(1, -1)] = decodeSegment(s);
    else if (p.toLowerCase() !== s.toLowerCase()) break;
  }
  return n;
}

export class Router {
  constructor(private readonly routes: readonly Route[]) {}

  /** Finds the route, checks scopes and query options, runs it; every failure becomes a Graph error. */
  handle(req: GraphRequest, base: Omit<RouteContext, 'req' | 'params'>): GraphResponse {
    const { match, segments } = this.find(req);
    this.checkScopes(match.route, req);
    this.checkQuery(match.route, req);
    return match.route.handle({ ...base, req: { ...req, path: segments }, params: match.params });
  }

  private find(req: GraphRequest): { match: Match; segments: string } {
    const path = rewriteDrivePath(rewriteSiteKeyPath(req.path));
    const segments = splitPath(path);
    let best = 0;
    let pathMatched = false;
    for (const route of this.routes) {
      const pattern = splitPath(route.pattern);
      const params: Record<string, string> = {};
      const n = matchPrefix(pattern, segments, params);
      if (n === pattern.length && n === segments.length) {
        if (route.method === req.method) return { match: { route, params }, segments: path };
        pathMatched = true;
      }
      best = Math.max(best, n);
    }
    if (pathMatched) throw errors.methodNotAllowed(req.method);
    const missing = segments[best] ?? '';
    if (KNOWN_GRAPH_SEGMENTS.has(decodeSegment(missing).toLowerCase())) {
      throw errors.notImplemented(`${req.method} /${segments.slice(0, best + 1).join('/')}`);
    }
    throw errors.segmentNotFound(decodeSegment(missing));
  }

  private checkScopes(route: Route, req: GraphRequest): void {
    if (route.scopes.length === 0) return;
    if (route.scopes.some((scope) => req.caller.scopes.has(scope.toLowerCase()))) return;
    throw errors.forbidden(route.workload);
  }

  private checkQuery(route: Route, req: GraphRequest): void {
    for (const key of req.query.keys()) {
      if (route.query?.includes(key)) continue;
      if ((SYSTEM_QUERY_OPTIONS as readonly string[]).includes(key)) {
        throw errors.notImplemented(`the query option '${key}' on ${req.method} ${route.pattern}`);
      }
      throw errors.badRequest(`The query parameter '${key}' is not supported.`);
    }
  }
}

export function isGraphError(err: unknown): err is GraphError {
  return err instanceof GraphError;
}
