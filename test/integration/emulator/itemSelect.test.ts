import { SEED } from '../../../src/emulator/seed';
import { SEED_LISTS } from '../../../src/emulator/seedFacts';
import { type Client, resultsDir, scratchDir, startClient } from './support';

const items = `/sites/${SEED.siteId}/lists/${SEED_LISTS.meetingsId}/items`;

describe('emulator: $select on list items', () => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient({ dataDir: resultsDir('sharepoint-select'), reset: true });
  });
  afterAll(() => client.emulator.close());

  it('keeps only the selected item properties, the annotations and the expanded fields, across pages', async () => {
    const first = await client.call(
      'GET',
      `${items}?$select=id,webUrl&$expand=fields($select=TpBeginn,TpKosten)&$top=5`,
    );
    expect(first.status).toBe(200);
    expect(first.body['@odata.context']).toMatch(/\/items\(id,webUrl\)$/);
    const row = first.body.value![0]!;
    expect(Object.keys(row).sort()).toEqual(['@odata.etag', 'fields', 'fields@odata.context', 'id', 'webUrl']);
    expect(Object.keys(row.fields as object).sort()).toEqual(['@odata.etag', 'TpBeginn', 'TpKosten']);
    const next = String(first.body['@odata.nextLink']);
    expect(new URL(next).searchParams.get('$select')).toBe('id,webUrl');
    const second = await client.call('GET', next);
    expect(second.body.value).toHaveLength(3);
    expect(Object.keys(second.body.value![0]!).sort()).toEqual([
      '@odata.etag',
      'fields',
      'fields@odata.context',
      'id',
      'webUrl',
    ]);
  });

  it('selects on a single item too', async () => {
    const one = await client.call('GET', `${items}/1?$select=id,eTag&$expand=fields($select=Title)`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: '1', eTag: expect.any(String), fields: { Title: expect.any(String) } });
    expect(one.body).not.toHaveProperty('createdBy');
  });
});

describe('emulator: $select on list items rejects what Graph rejects', () => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient({ dataDir: scratchDir('sharepoint-select-strict'), reset: true });
  });
  afterAll(() => client.emulator.close());

  it('answers 400 to an unknown property', async () => {
    const res = await client.call('GET', `${items}?$select=id,farbe`);
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toContain(
      "Could not find a property named 'farbe' on type 'microsoft.graph.listItem'",
    );
  });
});
