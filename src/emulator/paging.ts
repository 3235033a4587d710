import type { GraphRequest, GraphResponse } from './context';
import { errors } from './errors';

export interface PageRequest {
  query: Map<string, string>;
  /** absolute URL of the collection without query, e.g. http://127.0.0.1:4000/v1.0/groups/x/members */
  collectionUrl: string;
  /** Graph's default page size for this collection */
  defaultTop: number;
  maxTop?: number;
}

export interface Page<T> {
  value: T[];
  nextLink?: string;
}

function parseTop(raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const top = Number(raw);
  if (!/^\d+$/.test(raw) || top < 1 || top > max) {
    throw errors.badRequest(`Invalid page size specified: '${raw}'. Must be an integer between 1 and ${max}.`);
  }
  return top;
}

function parseSkipToken(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const decoded = Buffer.from(raw, 'base64url').toString('utf8');
  const match = /^emu-offset:(\d+)$/.exec(decoded);
  if (!match?.[1]) throw errors.badRequest(`The $skiptoken '${raw}' is not valid.`);
  return Number(match[1]);
}

/** Cuts one page out of `all` and builds the @odata.nextLink for the rest, keeping the other query options. */
export function paginate<T>(all: readonly T[], request: PageRequest): Page<T> {
  const top = parseTop(request.query.get('$top'), request.defaultTop, request.maxTop ?? 999);
  const offset = parseSkipToken(request.query.get('$skiptoken'));
  const value = all.slice(offset, offset + top);
  if (offset + top >= all.length) return { value };
  const params: string[] = [];
  for (const [key, val] of request.query) {
    if (key !== '$skiptoken') params.push(`${key}=${encodeURIComponent(val)}`);
  }
  params.push(`$skiptoken=${Buffer.from(`emu-offset:${offset + top}`).toString('base64url')}`);
  return { value, nextLink: `${request.collectionUrl}?${params.join('&')}` };
}

/*
 * Server-side paging on demand (fault option maxPageSize): whatever page a route answers is cut
 * again into pages of at most N. The next link carries the route's own $skiptoken (if any) and how
 * many items of that route page were already served, so routes need not know about the cap.
 */

const CAP_PREFIX = 'emu-cap:';

interface CapToken {
  /** the route's own $skiptoken for the page being served, if any */
  inner: string | null;
  /** items of that route page already served */
  served: number;
}

function encodeCap(token: CapToken): string {
  return Buffer.from(`${CAP_PREFIX}${JSON.stringify({ i: token.inner, k: token.served })}`).toString('base64url');
}

function decodeCap(raw: string | undefined): CapToken | undefined {
  if (raw === undefined) return undefined;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  if (!text.startsWith(CAP_PREFIX)) return undefined;
  try {
    const { i, k } = JSON.parse(text.slice(CAP_PREFIX.length)) as { i: unknown; k: unknown };
    if ((typeof i === 'string' || i === null) && Number.isInteger(k) && (k as number) >= 0)
      return { inner: i, served: k as number };
  } catch {
    /* not one of ours: falls through */
  }
  throw errors.badRequest(`The $skiptoken '${raw}' is not valid.`);
}

function isSkipToken(part: string): boolean {
  const key = part.slice(0, part.includes('=') ? part.indexOf('=') : part.length).toLowerCase();
  return key === '$skiptoken' || key === '%24skiptoken' || key === 'skiptoken';
}

/** The query string without $skiptoken, as sent (or rebuilt from the parsed options). */
function otherParams(req: GraphRequest): string[] {
  const raw = req.rawQuery ?? [...req.query].map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return raw.split('&').filter((part) => part !== '' && !isSkipToken(part));
}

/** The request the route is to see: a cap token replaced by the route's own $skiptoken (or none). */
export function uncap(req: GraphRequest): { routed: GraphRequest; served: number } {
  const token = decodeCap(req.query.get('$skiptoken'));
  if (!token) return { routed: req, served: 0 };
  const query = new Map(req.query);
  query.delete('$skiptoken');
  const params = otherParams(req);
  if (token.inner !== null) {
    query.set('$skiptoken', token.inner);
    params.push(`$skiptoken=${encodeURIComponent(token.inner)}`);
  }
  return { routed: { ...req, query, rawQuery: params.join('&') }, served: token.served };
}

export interface CapRequest {
  /** the request as the client sent it (its path and query make the next link) */
  req: GraphRequest;
  routed: GraphRequest;
  served: number;
  maxPageSize: number;
  graphBase: string;
}

function withPage(body: Record<string, unknown>, value: unknown[], nextLink: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(body)) if (key !== 'value' && key !== '@odata.nextLink') out[key] = v;
  if (typeof nextLink === 'string') out['@odata.nextLink'] = nextLink;
  out.value = value;
  return out;
}

/** Cuts a collection answer to at most maxPageSize items with an @odata.nextLink for the rest. */
export function capPage(response: GraphResponse, cap: CapRequest): GraphResponse {
  const body = response.body as Record<string, unknown> | undefined;
  if (cap.maxPageSize < 1 || cap.req.method !== 'GET' || response.status !== 200) return response;
  if (typeof body !== 'object' || body === null || !Array.isArray(body.value)) return response;
  const all = body.value as unknown[];
  if (cap.served === 0 && all.length <= cap.maxPageSize) return response;
  const end = cap.served + cap.maxPageSize;
  const inner = cap.routed.query.get('$skiptoken') ?? null;
  const nextLink =
    end < all.length
      ? `${cap.graphBase}${cap.req.path}?${[...otherParams(cap.req), `$skiptoken=${encodeCap({ inner, served: end })}`].join('&')}`
      : body['@odata.nextLink'];
  return { ...response, body: withPage(body, all.slice(cap.served, end), nextLink) };
}
