import {
  AuthenticationHandler,
  Client,
  type Context,
  type Middleware,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import { type Client as EmulatorClient, scratchDir, startClient } from './support';

/**
 * The browser's CORS check, simulated: the preflight for every request header that is not
 * CORS-safelisted, and only safelisted or exposed response headers readable afterwards
 * (Fetch standard). Microsoft's Graph client runs against it exactly as in the task pane.
 */
const ORIGIN = 'https://localhost:3000';
const SAFE_RESPONSE = [
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
];
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function safelisted(name: string, value: string): boolean {
  if (['accept', 'accept-language', 'content-language'].includes(name)) return true;
  return name === 'content-type' && SIMPLE_TYPES.includes(value.split(';')[0]?.trim().toLowerCase() ?? '');
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);

async function preflight(url: string, method: string, unsafe: string[]): Promise<void> {
  const answer = await fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: ORIGIN,
      'Access-Control-Request-Method': method,
      ...(unsafe.length > 0 ? { 'Access-Control-Request-Headers': unsafe.join(',') } : {}),
    },
  });
  const origin = answer.headers.get('access-control-allow-origin');
  const methods = list(answer.headers.get('access-control-allow-methods'));
  const allowed = list(answer.headers.get('access-control-allow-headers'));
  const refused = unsafe.filter((h) => !allowed.includes(h));
  const methodOk = ['GET', 'HEAD', 'POST'].includes(method) || methods.includes(method.toLowerCase());
  if (!answer.ok || (origin !== '*' && origin !== ORIGIN) || !methodOk || refused.length > 0)
    throw new TypeError(`Failed to fetch (CORS preflight refused: ${refused.join(', ') || method})`);
}

/** What the page's fetch() would see; `seen` collects the response header names the page could read. */
async function browserFetch(url: string, init: RequestInit, seen: string[][] = []): Promise<Response> {
  const headers = new Headers(init.headers);
  const method = (init.method ?? 'GET').toUpperCase();
  const unsafe = [...headers.keys()].filter((name) => !safelisted(name, headers.get(name) ?? '')).sort();
  if (unsafe.length > 0 || !['GET', 'HEAD', 'POST'].includes(method)) await preflight(url, method, unsafe);
  headers.set('Origin', ORIGIN);
  const answer = await fetch(url, { ...init, headers });
  const origin = answer.headers.get('access-control-allow-origin');
  if (origin !== '*' && origin !== ORIGIN) throw new TypeError('Failed to fetch (no Access-Control-Allow-Origin)');
  const exposed = list(answer.headers.get('access-control-expose-headers'));
  const visible = new Headers();
  answer.headers.forEach((value, name) => {
    if (SAFE_RESPONSE.includes(name) || exposed.includes(name)) visible.set(name, value);
  });
  seen.push([...visible.keys()]);
  const body = [204, 304].includes(answer.status) ? null : await answer.arrayBuffer();
  return new Response(body, { status: answer.status, statusText: answer.statusText, headers: visible });
}

/** The last link of the chain: the page's fetch, sent to the emulator instead of graph.microsoft.com. */
class BrowserHandler implements Middleware {
  constructor(
    private readonly emulatorUrl: string,
    readonly seen: string[][],
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const target = url.replace('https://graph.microsoft.com', this.emulatorUrl);
    context.response = await browserFetch(target, context.options ?? {}, this.seen);
  }
}

interface JournalLine {
  url: string;
  request: { headers: Record<string, string> };
  response: { status: number };
}

let emulator: EmulatorClient;
let draws: number[] = [];

beforeAll(async () => {
  emulator = await startClient({
    dataDir: scratchDir('cors'),
    reset: true,
    random: () => draws.shift() ?? 0.99,
  });
});
afterAll(() => emulator.emulator.close());

/** Microsoft's Graph client with its own retry and telemetry handlers, as the SDK builds them. */
function graphClient(seen: string[][]): Client {
  const auth = new AuthenticationHandler({ getAccessToken: () => emulator.token() });
  const retry = new RetryHandler(new RetryHandlerOptions(0, 3));
  const telemetry = new TelemetryHandler();
  auth.setNext(retry);
  retry.setNext(telemetry);
  telemetry.setNext(new BrowserHandler(emulator.emulator.url, seen));
  return Client.initWithMiddleware({ middleware: auth });
}

async function journal(): Promise<JournalLine[]> {
  const text = await (await fetch(`${emulator.emulator.url}/_emulator/journal`)).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as JournalLine);
}

describe('emulator: CORS as a browser meets it', () => {
  it('lets the Graph client retry a throttled request: Retry-Attempt passes the preflight, Retry-After stays unreadable', async () => {
    emulator.emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 1 });
    draws = [0.1, 0.2, 0.9];
    const seen: string[][] = [];
    const before = (await journal()).length;
    const me = (await graphClient(seen).api('/me').select('displayName').get()) as { displayName: string };
    emulator.emulator.setFaults({});
    expect(me.displayName).toBe('Miriam Albers');
    const lines = (await journal()).slice(before);
    expect(lines.map((l) => l.response.status)).toEqual([429, 429, 200]);
    expect(lines.map((l) => l.request.headers['retry-attempt'])).toEqual([undefined, '1', '2']);
    const sdk = lines[2]?.request.headers.sdkversion ?? '';
    expect(sdk).toMatch(/^graph-js\/\d/);
    expect(sdk).toContain('featureUsage=');
    expect(new Set(lines.map((l) => l.request.headers['client-request-id'])).size).toBe(1);
    expect(seen[0]).not.toContain('retry-after');
    expect(seen[0]).toEqual(expect.arrayContaining(['request-id', 'client-request-id', 'content-type']));
  });

  it('sends a PATCH with If-Match and Prefer through the preflight', async () => {
    const token = await emulator.token();
    const res = await browserFetch(`${emulator.emulator.graphUrl}/me`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'If-Match': '*',
        Prefer: 'return=minimal',
        'client-request-id': 'c0ffee00-0000-4000-8000-000000000000',
        SdkVersion: 'graph-js/3.0.7',
        'Retry-Attempt': '1',
      },
      body: '{}',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('request-id')).toBeTruthy();
  });

  it('refuses, as a browser would, a request header Graph does not allow', async () => {
    await expect(
      browserFetch(`${emulator.emulator.graphUrl}/me`, { headers: { 'X-Treffpunkt-Debug': '1' } }),
    ).rejects.toThrow(TypeError);
  });

  it('answers a preflight with Graph’s lists: allowed request headers, no exposed Retry-After', async () => {
    const res = await fetch(`${emulator.emulator.graphUrl}/me/sendMail`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,client-request-id,content-type,retry-attempt,sdkversion',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(list(res.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining(['authorization', 'client-request-id', 'content-type', 'retry-attempt', 'sdkversion']),
    );
    emulator.emulator.setFaults({ rate429: 1 });
    const throttled = await fetch(`${emulator.emulator.graphUrl}/me`, { headers: { Origin: ORIGIN } });
    emulator.emulator.setFaults({});
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(list(throttled.headers.get('access-control-expose-headers'))).not.toContain('retry-after');
  });
});
