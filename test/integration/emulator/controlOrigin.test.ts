import { type Client, scratchDir, startClient } from './support';

/**
 * The control endpoints (/_emulator/*) hand out tokens and change the tenant: a page from another
 * origin must get neither an answer nor CORS. Pages on this machine (the pane's dev server on any
 * port) and clients without an Origin (Node, curl) keep working; Graph's own CORS is unchanged.
 */
const FOREIGN = ['https://evil.example', 'http://192.168.1.20:3000', 'null', 'http://localhost.evil.example'];
const LOOPBACK = ['https://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:5173'];
const TOKEN_BODY = JSON.stringify({ scopes: ['User.Read'] });

let client: Client;
beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('control-origin'), reset: true });
});
afterAll(() => client.emulator.close());

const control = (path: string) => `${client.emulator.url}/_emulator${path}`;

function tokenRequest(origin: string | undefined): Promise<Response> {
  return fetch(control('/token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
    body: TOKEN_BODY,
  });
}

/** Form-encoded, as the pane sends it: a CORS simple request, which a browser sends without a preflight. */
function formTokenRequest(origin: string): Promise<Response> {
  return fetch(control('/token'), {
    method: 'POST',
    headers: { Origin: origin },
    body: new URLSearchParams({ scope: 'User.Read Sites.Selected', flow: 'nested' }),
  });
}

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });
}

describe('emulator: control endpoints answer this machine only', () => {
  it.each(FOREIGN)('refuses a token request from %s with 403 and no CORS', async (origin) => {
    const res = await tokenRequest(origin);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await res.json()) as { access_token?: string; error?: { code: string; message: string } };
    expect(body.access_token).toBeUndefined();
    expect(body.error?.code).toBe('Forbidden');
    expect(body.error?.message).toContain(origin);
  });

  it.each(FOREIGN)('refuses the preflight from %s without CORS', async (origin) => {
    const res = await preflight(control('/token'), origin);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('refuses a form-encoded token request (no preflight) from a foreign page, and answers one from this machine', async () => {
    const foreign = await formTokenRequest('https://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await foreign.json()) as { access_token?: string }).access_token).toBeUndefined();

    const local = await formTokenRequest('https://localhost:3000');
    expect(local.status).toBe(200);
    expect(local.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    const answer = (await local.json()) as { access_token?: string; scope?: string };
    expect(answer.access_token).toBeTruthy();
    expect(answer.scope?.split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Sites.Selected']));
  });

  it('changes nothing for a foreign page: faults and state stay as they were', async () => {
    const before = await (await fetch(control('/faults'))).json();
    const set = await fetch(control('/faults'), {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
      body: JSON.stringify({ rate503: 1 }),
    });
    expect(set.status).toBe(403);
    expect(await (await fetch(control('/faults'))).json()).toEqual(before);
    expect((await client.call('GET', '/me')).status).toBe(200);
  });

  it.each(LOOPBACK)('answers %s (any port) and names it in CORS, preflight included', async (origin) => {
    const pre = await preflight(control('/token'), origin);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    const res = await tokenRequest(origin);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('vary')).toContain('Origin');
    expect(((await res.json()) as { access_token?: string }).access_token).toBeTruthy();
  });

  it('answers clients without an Origin (Node, curl), granting no CORS', async () => {
    const res = await tokenRequest(undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(control('/state'))).status).toBe(200);
  });

  it('keeps Graph’s CORS (*) for every origin on /v1.0', async () => {
    const pre = await preflight(`${client.emulator.graphUrl}/me`, 'https://evil.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    const res = await fetch(`${client.emulator.graphUrl}/me`, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
