import { SEED } from '../../../src/emulator/seed';
import { type Client, scratchDir, startClient } from './support';

/** Provisioning through Graph as SharePoint takes it: one column at a time, strictly. */
let client: Client;
const SITE = `/sites/${SEED.siteId}`;
let listId = '';
const columnsOf = (list = listId) => `${SITE}/lists/${list}/columns`;

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('provisioning'), reset: true, seedLists: false });
  const made = await client.call('POST', `${SITE}/lists`, {
    body: { displayName: 'Vernetzungstreffen', list: { template: 'genericList' } },
  });
  listId = String(made.body.id);
});
afterAll(() => client.emulator.close());

describe('emulator: creating columns through Graph', () => {
  it('creates one column (201) whose displayName is not applied until a PATCH sets it', async () => {
    const made = await client.call('POST', columnsOf(), {
      body: { name: 'TpStatus', displayName: 'Status', choice: { choices: ['geplant', 'eingeladen'] } },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      name: 'TpStatus',
      displayName: 'TpStatus',
      choice: { choices: ['geplant', 'eingeladen'] },
    });
    const patched = await client.call('PATCH', `${columnsOf()}/${String(made.body.id)}`, {
      body: { displayName: 'Status', description: 'Stand des Treffens' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'TpStatus', displayName: 'Status', description: 'Stand des Treffens' });
    const listed = await client.call('GET', `${columnsOf()}?$select=name,displayName`);
    expect(listed.body.value).toContainEqual({ name: 'TpStatus', displayName: 'Status' });
  });

  it('rejects unknown properties, bad facet values and a second column of the same name', async () => {
    const unknown = await client.call('POST', columnsOf(), { body: { name: 'TpOrt', text: {}, farbe: 'rot' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toContain("'farbe'");
    const facet = await client.call('POST', columnsOf(), { body: { name: 'TpJahr', number: { decimalPlaces: 2 } } });
    expect(facet.status).toBe(400);
    const twice = await client.call('POST', columnsOf(), { body: { name: 'tpstatus', text: {} } });
    expect(twice.status).toBe(400);
    expect(twice.body.error).toMatchObject({
      code: 'invalidRequest',
      message: 'A duplicate field name "tpstatus" was found.',
    });
    const builtIn = await client.call('POST', columnsOf(), { body: { name: 'Title', text: {} } });
    expect(builtIn.status).toBe(400);
  });

  it('rejects currency columns (400 invalidRequest), alone and in a new list; numbers with decimals stay accepted', async () => {
    const currency = { name: 'TpKosten', displayName: 'Kosten', currency: { locale: 'de-DE' } };
    const alone = await client.call('POST', columnsOf(), { body: currency });
    expect(alone.status).toBe(400);
    expect(alone.body.error).toMatchObject({
      code: 'invalidRequest',
      message: 'Unable to determine type of provided column definition',
    });
    const list = await client.call('POST', `${SITE}/lists`, {
      body: { displayName: 'Ausgaben', columns: [{ name: 'TpText', text: {} }, currency] },
    });
    expect(list.status).toBe(400);
    const none = await client.call('GET', `${SITE}/lists?$filter=${encodeURIComponent("displayName eq 'Ausgaben'")}`);
    expect(none.body.value).toEqual([]);
    const money = await client.call('POST', columnsOf(), {
      body: { name: 'TpKosten', displayName: 'Kosten', number: { decimalPlaces: 'two', minimum: 0 } },
    });
    expect(money.status).toBe(201);
    expect(money.body).toMatchObject({ number: { decimalPlaces: 'two' } });
  });

  it('lists hidden columns and their values only when $select names them', async () => {
    const hidden = await client.call('POST', columnsOf(), {
      body: { name: 'TpDaten', hidden: true, text: { allowMultipleLines: true } },
    });
    expect(hidden.status).toBe(201);
    const plain = await client.call('GET', columnsOf());
    expect(plain.body.value?.map((c) => c.name)).not.toContain('TpDaten');
    const withHidden = await client.call('GET', `${columnsOf()}?$select=name,hidden`);
    expect(withHidden.body.value).toContainEqual({ name: 'TpDaten', hidden: true });
    const again = await client.call('POST', columnsOf(), { body: { name: 'TpDaten', text: {} } });
    expect(again.status).toBe(400);

    const item = await client.call('POST', `${SITE}/lists/${listId}/items`, {
      body: { fields: { Title: 'Treffen', TpDaten: '{"v":1}' } },
    });
    const url = `${SITE}/lists/${listId}/items/${String(item.body.id)}`;
    const all = await client.call('GET', `${url}?$expand=fields`);
    expect(all.body.fields).not.toHaveProperty('TpDaten');
    const named = await client.call('GET', `${url}?$expand=fields($select=Title,TpDaten)`);
    expect(named.body.fields).toMatchObject({ Title: 'Treffen', TpDaten: '{"v":1}' });
  });

  it('patches strictly: the type and the name stay, unknown ids are 404, an empty body is a harmless probe', async () => {
    const listed = await client.call('GET', `${columnsOf()}?$select=id,name`);
    const status = listed.body.value?.find((c) => c.name === 'TpStatus');
    const url = `${columnsOf()}/${String(status?.id)}`;
    expect((await client.call('PATCH', url, { body: { name: 'TpZustand' } })).status).toBe(400);
    expect((await client.call('PATCH', url, { body: { farbe: 'rot' } })).status).toBe(400);
    expect((await client.call('PATCH', url, { body: { choice: { choices: 'geplant' } } })).status).toBe(400);
    const probe = await client.call('PATCH', url, { body: {} });
    expect(probe.status).toBe(200);
    expect(probe.body).toMatchObject({ name: 'TpStatus', displayName: 'Status' });
    const choices = await client.call('PATCH', url, { body: { choice: { choices: ['geplant', 'abgesagt'] } } });
    expect(choices.body).toMatchObject({ choice: { choices: ['geplant', 'abgesagt'] } });
    const missing = await client.call('PATCH', `${columnsOf()}/00000000-0000-0000-0000-000000000000`, { body: {} });
    expect(missing.status).toBe(404);
  });

  it('expands the columns of every list by name ($expand=columns($select=name))', async () => {
    const res = await client.call('GET', `${SITE}/lists?$select=id,displayName&$expand=columns($select=name)`);
    expect(res.status).toBe(200);
    const meetings = res.body.value?.find((l) => l.id === listId);
    expect(meetings?.columns).toEqual(expect.arrayContaining([{ name: 'Title' }, { name: 'TpStatus' }]));
    expect(meetings?.columns).not.toContainEqual({ name: 'TpDaten' });
    const one = await client.call('GET', `${SITE}/lists/${listId}?$expand=columns($select=name,hidden)`);
    expect(one.body.columns).toContainEqual({ name: 'TpDaten', hidden: true });
  });

  it('needs role manage (or Sites.Manage.All) to create or change a column: 403 before any 400', async () => {
    const probe = `${columnsOf()}/00000000-0000-0000-0000-000000000000`;
    client.emulator.setTenant({ siteRoles: { [`${SEED.siteHostname}:${SEED.sitePath}`]: 'write' } });
    try {
      const made = await client.call('POST', columnsOf(), { body: { name: 'TpNeu', farbe: 'rot' } });
      expect(made.status).toBe(403);
      expect(made.body.error?.code).toBe('accessDenied');
      expect((await client.call('PATCH', probe, { body: { farbe: 'rot' } })).status).toBe(403);
      expect((await client.call('GET', `${columnsOf()}?$select=name`)).status).toBe(200);
      client.emulator.setTenant({ graphScopes: ['Sites.ReadWrite.All'], siteRoles: {} });
      const readWrite = await client.token(['Sites.ReadWrite.All']);
      const denied = await client.call('POST', columnsOf(), { body: { name: 'TpNeu', text: {} }, token: readWrite });
      expect(denied.status).toBe(403);
    } finally {
      client.emulator.setTenant({ preset: 'least-privilege' });
    }
  });
});
