import { SEED } from '../../../src/emulator/seed';
import { type Client, resultsDir, startClient } from './support';

let client: Client;
let siteId = '';
let listId = '';

const meetingList = {
  displayName: 'Vernetzungstreffen',
  columns: [
    { name: 'TpBeginn', displayName: 'Beginn', dateTime: { displayAs: 'standard', format: 'dateTime' } },
    { name: 'TpJahr', displayName: 'Jahr', number: { decimalPlaces: 'none', minimum: 0 } },
    {
      name: 'TpStatus',
      displayName: 'Status',
      choice: { choices: ['geplant', 'eingeladen'], displayAs: 'dropDownMenu', allowTextEntry: false },
    },
    {
      name: 'TpTagesordnung',
      displayName: 'Tagesordnung',
      text: { allowMultipleLines: true, textType: 'richText', linesForEditing: 6 },
    },
    // currency columns are rejected by default (tenant.rejectCurrencyColumns): the add-in's fallback
    { name: 'TpKosten', displayName: 'Kosten', number: { decimalPlaces: 'two', minimum: 0 } },
    { name: 'TpBarrierefrei', displayName: 'Stufenlos', boolean: {} },
    {
      name: 'TpDaten',
      displayName: 'Treffpunkt-Daten',
      hidden: true,
      text: { allowMultipleLines: true, textType: 'plain' },
    },
  ],
  list: { template: 'genericList' },
};

beforeAll(async () => {
  // an empty site, as on the add-in's first run (the default seed has the lists already)
  client = await startClient({ dataDir: resultsDir('sharepoint'), reset: true, seedLists: false });
});
afterAll(() => client.emulator.close());

describe('emulator: SharePoint lists and items', () => {
  it('resolves the site by hostname and path and by id', async () => {
    const byPath = await client.call('GET', `/sites/${SEED.siteHostname}:${SEED.sitePath}`);
    expect(byPath.status).toBe(200);
    expect(byPath.body).toMatchObject({
      id: SEED.siteId,
      displayName: SEED.siteDisplayName,
      webUrl: `https://${SEED.siteHostname}${SEED.sitePath}`,
    });
    siteId = String(byPath.body.id);
    const byId = await client.call('GET', `/sites/${siteId}`);
    expect(byId.body.displayName).toBe(SEED.siteDisplayName);
    const missing = await client.call('GET', `/sites/${SEED.siteHostname}:/sites/Gibtsnicht`);
    expect(missing.body.error?.code).toBe('itemNotFound');
  });

  it('has no meeting list at first, then creates it with columns', async () => {
    const none = await client.call(
      'GET',
      `/sites/${siteId}/lists?$filter=${encodeURIComponent("displayName eq 'Vernetzungstreffen'")}`,
    );
    expect(none.body.value).toEqual([]);
    const made = await client.call('POST', `/sites/${siteId}/lists`, { body: meetingList });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ displayName: 'Vernetzungstreffen', list: { template: 'genericList' } });
    listId = String(made.body.id);
    const again = await client.call('POST', `/sites/${siteId}/lists`, { body: meetingList });
    expect(again.status).toBe(409);
    // hidden columns are listed only when $select names `hidden`
    const columns = await client.call('GET', `/sites/${siteId}/lists/${listId}/columns?$select=name,hidden,text`);
    const names = columns.body.value!.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Title', 'TpBeginn', 'TpKosten', 'TpDaten']));
    expect(columns.body.value!.find((c) => c.name === 'TpDaten')).toMatchObject({
      hidden: true,
      text: { allowMultipleLines: true },
    });
  });

  it('finds the list by title, also through the key path form', async () => {
    const res = await client.call('GET', `/sites/${SEED.siteHostname}:${SEED.sitePath}:/lists/Vernetzungstreffen`);
    expect(res.body.id).toBe(listId);
  });

  it('creates an item, updates it with If-Match and answers 412 to a stale eTag', async () => {
    const base = `/sites/${siteId}/lists/${listId}/items`;
    const made = await client.call('POST', base, {
      body: {
        fields: {
          Title: 'Vernetzungstreffen März 2025',
          TpBeginn: '2025-03-12T15:00:00Z',
          TpJahr: 2025,
          TpStatus: 'geplant',
          TpKosten: 84.5,
        },
      },
    });
    expect(made.status).toBe(201);
    const etag = String(made.body.eTag);
    expect(etag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(made.body.fields).toMatchObject({
      Title: 'Vernetzungstreffen März 2025',
      TpJahr: 2025,
      '@odata.etag': etag,
    });
    const itemUrl = `${base}/${String(made.body.id)}`;
    const updated = await client.call('PATCH', `${itemUrl}/fields`, {
      body: { TpStatus: 'eingeladen' },
      headers: { 'If-Match': etag },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ TpStatus: 'eingeladen', Title: 'Vernetzungstreffen März 2025' });
    expect(updated.body['@odata.etag']).not.toBe(etag);
    const stale = await client.call('PATCH', `${itemUrl}/fields`, {
      body: { TpStatus: 'geplant' },
      headers: { 'If-Match': etag },
    });
    expect(stale.status).toBe(412);
    const read = await client.call('GET', `${itemUrl}?$expand=fields`);
    expect((read.body.fields as Record<string, unknown>).TpStatus).toBe('eingeladen');
  });

  it('lists items with $expand=fields($select=...) and pages with $top', async () => {
    const base = `/sites/${siteId}/lists/${listId}/items`;
    for (const n of [2, 3])
      await client.call('POST', base, { body: { fields: { Title: `Treffen ${n}`, TpJahr: 2025 } } });
    const seen: Record<string, unknown>[] = [];
    let next: string | undefined = `${base}?$expand=fields($select=Title,TpJahr)&$top=2`;
    while (next) {
      const page = await client.call('GET', next);
      seen.push(...page.body.value!);
      next = page.body['@odata.nextLink'] as string | undefined;
    }
    expect(seen).toHaveLength(3);
    expect(Object.keys(seen[1]?.fields as object).sort()).toEqual(['@odata.etag', 'Title', 'TpJahr']);
  });

  it('rejects unknown and mistyped fields with 400 invalidRequest', async () => {
    const base = `/sites/${siteId}/lists/${listId}/items`;
    const unknown = await client.call('POST', base, { body: { fields: { Title: 'x', Foo: 'bar' } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'invalidRequest', message: "Field 'Foo' is not recognized" });
    const typed = await client.call('POST', base, { body: { fields: { Title: 'x', TpJahr: 'zweitausend' } } });
    expect(typed.body.error?.code).toBe('invalidRequest');
    const date = await client.call('PATCH', `${base}/1/fields`, { body: { TpBeginn: '12.03.2025' } });
    expect(date.status).toBe(400);
  });

  it('needs a SharePoint scope', async () => {
    const res = await client.call('GET', `/sites/${siteId}/lists`, { token: await client.token(['User.Read']) });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('accessDenied');
    client.emulator.setTenant({ preset: 'broad' });
    const all = await client.call('GET', `/sites/${siteId}/lists`, {
      token: await client.token(['Sites.ReadWrite.All']),
    });
    client.emulator.setTenant({ preset: 'least-privilege' });
    expect(all.status).toBe(200);
  });
});
