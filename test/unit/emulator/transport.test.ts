import type { IncomingMessage } from 'node:http';
import { parseArgs } from '../../../src/emulator/cli';
import type { GraphRequest } from '../../../src/emulator/context';
import { ALLOWED_REQUEST_HEADERS, corsHeaders, EXPOSED_RESPONSE_HEADERS, sleep } from '../../../src/emulator/http';
import { parseQuery } from '../../../src/emulator/odata';
import { capPage, uncap } from '../../../src/emulator/paging';

const message = (method: string, headers: Record<string, string> = {}) => ({ method, headers }) as IncomingMessage;

function request(path: string, rawQuery = ''): GraphRequest {
  return {
    method: 'GET',
    path,
    query: parseQuery(rawQuery),
    rawQuery,
    headers: {},
    body: undefined,
    caller: { userId: 'u', scopes: new Set() },
  } as unknown as GraphRequest;
}

describe('CORS as Graph answers it', () => {
  it('allows the headers Microsoft’s JS SDK sends, Retry-Attempt included, on a preflight', () => {
    const headers = corsHeaders(message('OPTIONS', { origin: 'https://localhost:3000' }));
    expect(headers['Access-Control-Allow-Origin']).toBe('*');
    const allowed = (headers['Access-Control-Allow-Headers'] ?? '').split(', ').map((h) => h.toLowerCase());
    for (const name of ['authorization', 'content-type', 'client-request-id', 'sdkversion', 'retry-attempt'])
      expect(allowed).toContain(name);
    expect(headers['Access-Control-Allow-Methods']).toContain('PATCH');
    expect(headers['Access-Control-Expose-Headers']).toBeUndefined();
  });

  it('exposes only what Graph exposes: no Retry-After', () => {
    const headers = corsHeaders(message('GET', { origin: 'https://localhost:3000' }));
    expect(headers['Access-Control-Expose-Headers']).toBe(EXPOSED_RESPONSE_HEADERS.join(', '));
    expect(EXPOSED_RESPONSE_HEADERS.map((h) => h.toLowerCase())).not.toContain('retry-after');
    expect(EXPOSED_RESPONSE_HEADERS).toEqual(expect.arrayContaining(['ETag', 'Location', 'WWW-Authenticate']));
    expect(headers['Access-Control-Allow-Headers']).toBeUndefined();
    expect(ALLOWED_REQUEST_HEADERS).not.toContain('X-Anything');
  });
});

describe('server-side paging on demand', () => {
  const base = 'http://127.0.0.1:4000/v1.0';
  const items = Array.from({ length: 7 }, (_, i) => ({ id: String(i + 1) }));
  const answer = (value: unknown[], nextLink?: string) => ({
    status: 200,
    headers: {},
    body: { '@odata.context': 'ctx', ...(nextLink ? { '@odata.nextLink': nextLink } : {}), value },
  });

  function walk(first: GraphRequest, routePage: (routed: GraphRequest) => ReturnType<typeof answer>) {
    const seen: string[] = [];
    let req: GraphRequest | undefined = first;
    for (let guard = 0; req && guard < 20; guard++) {
      const { routed, served } = uncap(req);
      const body = capPage(routePage(routed), { req, routed, served, maxPageSize: 3, graphBase: base }).body as {
        value: { id: string }[];
        '@odata.nextLink'?: string;
      };
      expect(body.value.length).toBeLessThanOrEqual(3);
      seen.push(...body.value.map((v) => v.id));
      const next = body['@odata.nextLink'];
      if (!next) break;
      const url = new URL(next);
      req = request(url.pathname.replace('/v1.0', ''), url.search.slice(1));
    }
    return seen;
  }

  it('cuts a route’s whole answer into pages with next links the route never sees', () => {
    const seen = walk(request('/sites/s/lists/l/columns', '$select=name'), (routed) => {
      expect(routed.query.has('$skiptoken')).toBe(false);
      expect(routed.query.get('$select')).toBe('name');
      return answer(items);
    });
    expect(seen).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('cuts a route’s own pages too, also below $top, keeping its skiptoken', () => {
    const seen = walk(request('/groups/g/members', '$top=5'), (routed) => {
      const offset = Number(routed.query.get('$skiptoken') ?? '0');
      const next = offset + 5 < items.length ? `${base}/groups/g/members?$top=5&$skiptoken=${offset + 5}` : undefined;
      return answer(items.slice(offset, offset + 5), next);
    });
    expect(seen).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('leaves small pages, errors and single entities alone', () => {
    const small = answer(items.slice(0, 2));
    const req = request('/me/events');
    expect(capPage(small, { req, routed: req, served: 0, maxPageSize: 3, graphBase: base })).toBe(small);
    const entity = { status: 200, headers: {}, body: { id: 'x' } };
    expect(capPage(entity, { req, routed: req, served: 0, maxPageSize: 3, graphBase: base })).toBe(entity);
    expect(() => uncap(request('/me/events', '$skiptoken=bm9wZQ'))).not.toThrow();
  });
});

describe('emulator CLI', () => {
  it('reads --max-page-size', () => {
    expect(parseArgs(['--max-page-size', '3'], {}).faults.maxPageSize).toBe(3);
    expect(() => parseArgs(['--max-page-size', '1.5'], {})).toThrow(/whole number/);
  });
});

describe('the default latency wait', () => {
  afterEach(() => jest.useRealTimers());

  it('resolves only once the configured milliseconds have passed on the timer, at once for 0', async () => {
    jest.useFakeTimers();
    let done = false;
    const waiting = sleep(120).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(119);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
    await sleep(0);
    expect(jest.getTimerCount()).toBe(0);
  });
});
