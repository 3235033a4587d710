import { readFileSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { join } from 'node:path';
import { SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { type Client, scratchDir, startClient } from './support';

/** The default view colleagues open, and SharePoint's REST API that changes it (SharePoint token only). */
const HOST = `https://${SEED.siteHostname}`;
const REST = (listId: string) => `${SEED.sitePath}/_api/web/lists(guid'${listId}')/DefaultView/ViewFields`;
const NOMETADATA = { Accept: 'application/json;odata=nometadata' };

let client: Client;
let sharePointToken = '';

interface SavedState {
  sites: { id: string; lists: (Record<string, unknown> & { id: string; defaultViewFields?: string[] })[] }[];
}
const seededSite = (state: SavedState) => state.sites.find((s) => s.id === SEED.siteId);

/** A preflight as a browser sends it (fetch may not set Origin itself). */
function preflight(url: string): Promise<IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://localhost:3000', 'Access-Control-Request-Method': 'POST' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.headers);
    });
    req.on('error', reject);
    req.end();
  });
}

interface RestReply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function rest(method: string, path: string, token: string | null, accept = NOMETADATA): Promise<RestReply> {
  const headers: Record<string, string> = {
    ...accept,
    ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
  };
  const res = await fetch(`${client.emulator.url}${path}`, { method, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function setTenant(change: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${client.emulator.url}/_emulator/tenant`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('default-view'), reset: true });
  sharePointToken = await client.token([`${HOST}/Sites.Selected`]);
});
afterAll(() => client.emulator.close());
afterEach(async () => {
  await fetch(`${client.emulator.url}/_emulator/tenant/reset`, { method: 'POST' });
});

describe('emulator: the default view colleagues see', () => {
  it('shows the seeded lists (made by an older version) with the title only', async () => {
    const res = await rest('GET', REST(SEED_LISTS.meetingsId), sharePointToken);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      Items: ['LinkTitle'],
      SchemaXml: '<ViewFields><FieldRef Name="LinkTitle" /></ViewFields>',
    });
    const page = await (await fetch(`${client.emulator.url}/_emulator/`)).text();
    expect(page).toContain('Standardansicht (was Kolleg*innen in SharePoint sehen): Title');
  });

  it('does not add columns created through Graph; addViewField does (internal or display name, once)', async () => {
    const list = await client.call('POST', `/sites/${SEED.siteId}/lists`, { body: { displayName: 'Orte 2' } });
    const listId = String(list.body.id);
    const column = await client.call('POST', `/sites/${SEED.siteId}/lists/${listId}/columns`, {
      body: { name: 'TpArt', displayName: 'Art', text: {} },
    });
    expect(column.status).toBe(201);
    expect((await rest('GET', REST(listId), sharePointToken)).body.Items).toEqual(['LinkTitle']);

    const added = await rest('POST', `${REST(listId)}/addViewField('TpArt')`, sharePointToken);
    expect(added).toMatchObject({ status: 200, body: { 'odata.null': true } });
    await client.call('PATCH', `/sites/${SEED.siteId}/lists/${listId}/columns/${String(column.body.id)}`, {
      body: { displayName: 'Art' },
    });
    expect((await rest('POST', `${REST(listId)}/addViewField('Art')`, sharePointToken)).status).toBe(200);
    const view = await rest('GET', REST(listId), sharePointToken);
    expect(view.body).toEqual({
      Items: ['LinkTitle', 'TpArt'],
      SchemaXml: '<ViewFields><FieldRef Name="LinkTitle" /><FieldRef Name="TpArt" /></ViewFields>',
    });
    const state = (await (await fetch(`${client.emulator.url}/_emulator/state`)).json()) as SavedState;
    expect(seededSite(state)?.lists.find((l) => l.id === listId)?.defaultViewFields).toEqual(['LinkTitle', 'TpArt']);

    const unknown = await rest('POST', `${REST(listId)}/addViewField('Gibtsnicht')`, sharePointToken);
    expect(unknown.status).toBe(400);
    expect(unknown.body['odata.error']).toMatchObject({ code: '-2147024809, System.ArgumentException' });
  });

  it('answers odata=verbose in SharePoint verbose JSON', async () => {
    const res = await rest('GET', REST(SEED_LISTS.venuesId), sharePointToken, {
      Accept: 'application/json;odata=verbose',
    });
    expect(res.body).toMatchObject({ d: { Items: { results: ['LinkTitle'] } } });
  });
});

describe('emulator: SharePoint REST takes only SharePoint tokens with Manage Lists', () => {
  it('answers 401 with SharePoint challenge without a token and for a Graph token', async () => {
    const none = await rest('GET', REST(SEED_LISTS.meetingsId), null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('client_id="00000003-0000-0ff1-ce00-000000000000"');
    const graph = await rest('GET', REST(SEED_LISTS.meetingsId), await client.token(['Sites.Selected']));
    expect(graph.status).toBe(401);
    expect(graph.headers.get('x-ms-diagnostics')).toContain("Invalid audience Uri 'https://graph.microsoft.com/'");
    expect(graph.body.error_description).toContain('AudienceUriValidationFailedException');
  });

  it('refuses addViewField below role manage with SharePoint access denied, but lets the view be read', async () => {
    await setTenant({ siteRoles: { [`${SEED.siteHostname}:${SEED.sitePath}`]: 'write' } });
    const read = await rest('GET', REST(SEED_LISTS.meetingsId), sharePointToken);
    expect(read.status).toBe(200);
    const denied = await rest('POST', `${REST(SEED_LISTS.meetingsId)}/addViewField('TpBeginn')`, sharePointToken);
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      'odata.error': {
        code: '-2147024891, System.UnauthorizedAccessException',
        message: {
          lang: 'en-US',
          value: 'Access denied. You do not have permission to perform this action or access this resource.',
        },
      },
    });
    const verbose = await rest('POST', `${REST(SEED_LISTS.meetingsId)}/addViewField('TpBeginn')`, sharePointToken, {
      Accept: 'application/json;odata=verbose',
    });
    expect(verbose.body.error).toMatchObject({ code: '-2147024891, System.UnauthorizedAccessException' });
  });

  it('lets AllSites.Manage change the view on any site it may manage, without a site role', async () => {
    await setTenant({ sharePointScopes: ['AllSites.Manage'], siteRoles: {} });
    const token = await client.token([`${HOST}/AllSites.Manage`]);
    const added = await rest('POST', `${REST(SEED_LISTS.meetingsId)}/addViewField('TpBeginn')`, token);
    expect(added.status).toBe(200);
  });

  it('answers unknown lists 404, other REST paths 501, a GET on addViewField 400, with CORS and a journal line', async () => {
    const missing = await rest('GET', REST('00000000-0000-0000-0000-000000000000'), sharePointToken);
    expect(missing.status).toBe(404);
    expect((await rest('GET', `${SEED.sitePath}/_api/web/lists`, sharePointToken)).status).toBe(501);
    expect((await rest('GET', `${REST(SEED_LISTS.meetingsId)}/addViewField('Title')`, sharePointToken)).status).toBe(
      400,
    );
    const cors = await preflight(`${client.emulator.url}${REST(SEED_LISTS.meetingsId)}/addViewField('Title')`);
    expect(cors['access-control-allow-origin']).toBeTruthy(); // the same CORS answer as Graph's routes
    expect(cors['access-control-allow-methods']).toContain('POST');
    expect(missing.headers.get('access-control-allow-origin')).toBeTruthy();
    const journal = readFileSync(client.emulator.journalPath, 'utf8');
    expect(journal).toContain('/_api/web/lists(guid');
    expect(journal).not.toContain(sharePointToken);
  });
});

describe('emulator: a saved state from before default views', () => {
  it('loads with the title-only view for every list', async () => {
    const dataDir = scratchDir('default-view-migration');
    const first = await startClient({ dataDir, reset: true });
    await first.emulator.close();
    const file = join(dataDir, 'state.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedState;
    for (const list of saved.sites.flatMap((s) => s.lists)) delete list.defaultViewFields;
    writeFileSync(file, JSON.stringify(saved));
    const again = await startClient({ dataDir });
    const state = (await (await fetch(`${again.emulator.url}/_emulator/state`)).json()) as SavedState;
    expect(seededSite(state)?.lists.map((l) => l.defaultViewFields)).toEqual([
      ['LinkTitle'],
      ['LinkTitle'],
      ['LinkTitle'],
      ['LinkTitle'],
    ]);
    const items = await again.call('GET', `/sites/${SEED.siteId}/lists/${SEED_LISTS.meetingsId}/items?$top=1`);
    expect(items.status).toBe(200);
    await again.emulator.close();
  });
});
