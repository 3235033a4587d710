import { SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { DEFAULT_PROFILE, SEEDED_SITE_KEY, type TenantProfile } from '../../../src/emulator/tenant';
import { type Client, type Reply, scratchDir, startClient } from './support';
import { control } from './tenantSupport';

let client: Client;
const SITE = `/sites/${SEED.siteId}`;
const MEETINGS = `${SITE}/lists/${SEED_LISTS.meetingsId}`;
const VENUES = `${SITE}/lists/${SEED_LISTS.venuesId}`;
const STALE = { 'If-Match': '"00000000-0000-0000-0000-000000000000,1"' };

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('site-roles'), reset: true });
});
afterAll(() => client.emulator.close());
afterEach(() => control(client, 'POST', '/_emulator/tenant/reset'));

/** The tenant changed, then a fresh token for `scopes`; every call below uses it. */
async function as(tenant: Partial<TenantProfile> & { preset?: string }, scopes = ['Sites.Selected']) {
  client.emulator.setTenant(tenant);
  const token = await client.token(scopes);
  return (method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) =>
    client.call(method, path, { ...init, token });
}

const newList = (name: string) => ({ displayName: name, list: { template: 'genericList' } });
const item = { fields: { Title: 'Probe' } };
const denied = (res: Reply) => [res.status, res.body.error?.code];

describe('emulator tenant: the app’s role on the site (Sites.Selected)', () => {
  it('with manage (the README’s grant) reads, writes items and creates lists', async () => {
    const call = await as({});
    expect((await call('GET', SITE)).status).toBe(200);
    expect((await call('GET', `${SITE}/lists`)).status).toBe(200);
    expect((await call('POST', `${SITE}/lists`, { body: newList('Probe manage') })).status).toBe(201);
    expect((await call('POST', `${MEETINGS}/items`, { body: item })).status).toBe(201);
  });

  it('with write reads and writes items but cannot create lists; a stale If-Match answers 412', async () => {
    const call = await as({ preset: 'site-write' });
    expect(denied(await call('POST', `${SITE}/lists`, { body: newList('Probe write') }))).toEqual([
      403,
      'accessDenied',
    ]);
    const made = await call('POST', `${MEETINGS}/items`, { body: item });
    expect(made.status).toBe(201);
    const probe = await call('PATCH', `${MEETINGS}/items/${String(made.body.id)}/fields`, { body: {}, headers: STALE });
    expect(probe.status).toBe(412);
  });

  it('with read only reads; a write is 403 before its body or eTag is looked at', async () => {
    const call = await as({ preset: 'site-read' });
    expect((await call('GET', `${MEETINGS}/items`)).status).toBe(200);
    expect(denied(await call('POST', `${MEETINGS}/items`, { body: item }))).toEqual([403, 'accessDenied']);
    expect((await call('POST', `${MEETINGS}/items`, { body: { nonsense: 1 } })).status).toBe(403);
    expect((await call('PATCH', `${MEETINGS}/items/1/fields`, { body: {}, headers: STALE })).status).toBe(403);
    expect((await call('DELETE', `${MEETINGS}/items/1`, { headers: STALE })).status).toBe(403);
  });

  it('without a role on the site, Sites.Selected reaches nothing', async () => {
    const call = await as({ preset: 'no-site-role' });
    for (const path of [SITE, `${SITE}/lists`, MEETINGS, `${MEETINGS}/items`]) {
      expect(denied(await call('GET', path))).toEqual([403, 'accessDenied']);
    }
  });

  it('with fullcontrol creates lists; site keys compare case-insensitively', async () => {
    const call = await as({ siteRoles: { [SEEDED_SITE_KEY.toUpperCase()]: 'fullcontrol' } });
    expect((await call('POST', `${SITE}/lists`, { body: newList('Probe fullcontrol') })).status).toBe(201);
  });

  it('applies a changed grant to tokens already issued', async () => {
    const call = await as({});
    expect((await call('POST', `${MEETINGS}/items`, { body: item })).status).toBe(201);
    client.emulator.setTenant({ preset: 'site-read' });
    expect((await call('POST', `${MEETINGS}/items`, { body: item })).status).toBe(403);
  });

  it('holds inside $batch too', async () => {
    const call = await as({ preset: 'site-read' });
    const batch = await call('POST', '/$batch', {
      body: {
        requests: [
          {
            id: '1',
            method: 'POST',
            url: `${MEETINGS}/items`,
            body: item,
            headers: { 'Content-Type': 'application/json' },
          },
        ],
      },
    });
    const responses = batch.body.responses as { status: number }[];
    expect(responses[0]?.status).toBe(403);
  });
});

describe('emulator tenant: roles on single lists (Lists.SelectedOperations.Selected)', () => {
  const listsOnly = {
    graphScopes: [...DEFAULT_PROFILE.graphScopes, 'Lists.SelectedOperations.Selected'],
    listRoles: { [`${SEEDED_SITE_KEY}/${SEED_LISTS.meetingsTitle}`]: 'write' as const },
  };

  it('reaches the granted list with its role, nothing on the site level, no other list', async () => {
    const call = await as(listsOnly, ['Lists.SelectedOperations.Selected']);
    expect((await call('GET', MEETINGS)).status).toBe(200);
    expect((await call('GET', `${MEETINGS}/items`)).status).toBe(200);
    expect((await call('POST', `${MEETINGS}/items`, { body: item })).status).toBe(201);
    expect(denied(await call('GET', SITE))).toEqual([403, 'accessDenied']);
    expect((await call('GET', `${SITE}/lists`)).status).toBe(403);
    expect((await call('POST', `${SITE}/lists`, { body: newList('Probe list role') })).status).toBe(403);
    expect((await call('GET', `${VENUES}/items`)).status).toBe(403);
  });

  it('takes the list by id as key; a read role on the list does not write', async () => {
    const byId = { ...listsOnly, listRoles: { [`${SEEDED_SITE_KEY}/${SEED_LISTS.meetingsId}`]: 'read' as const } };
    const call = await as(byId, ['Lists.SelectedOperations.Selected']);
    expect((await call('GET', `${MEETINGS}/items`)).status).toBe(200);
    expect((await call('POST', `${MEETINGS}/items`, { body: item })).status).toBe(403);
  });
});

describe('emulator tenant: tenant-wide Sites permissions', () => {
  const wide = { graphScopes: ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] };

  it('Sites.Read.All reads, Sites.ReadWrite.All writes items, only Sites.Manage.All creates lists', async () => {
    const read = await as(wide, ['Sites.Read.All']);
    expect((await read('GET', `${MEETINGS}/items`)).status).toBe(200);
    expect((await read('POST', `${MEETINGS}/items`, { body: item })).status).toBe(403);
    const write = await as(wide, ['Sites.ReadWrite.All']);
    expect((await write('POST', `${MEETINGS}/items`, { body: item })).status).toBe(201);
    expect((await write('POST', `${SITE}/lists`, { body: newList('Probe readwrite') })).status).toBe(403);
    const manage = await as(wide, ['Sites.Manage.All']);
    expect((await manage('POST', `${SITE}/lists`, { body: newList('Probe manage all') })).status).toBe(201);
  });
});
