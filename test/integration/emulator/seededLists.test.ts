import { meetingColumns, venueColumns } from '../../../src/graph/listSchema';
import { SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { type Client, resultsDir, startClient } from './support';

// The paths the add-in's lists gateway uses: the site by key form, lists by title.
const SITE = `/sites/${SEED.siteHostname}:${SEED.sitePath}:`;
const MEETINGS = `${SITE}/lists/${encodeURIComponent(SEED_LISTS.meetingsTitle)}`;
const VENUES = `${SITE}/lists/${encodeURIComponent(SEED_LISTS.venuesTitle)}`;
const meetingSelect = ['Title', ...meetingColumns.map((c) => c.name)].join(',');
const venueSelect = ['Title', ...venueColumns.map((c) => c.name)].join(',');

type Inner = { id: string; status: number; headers: Record<string, string>; body: Record<string, unknown> };

async function batch(client: Client, requests: Record<string, unknown>[]): Promise<Map<string, Inner>> {
  const res = await client.call('POST', '/$batch', { body: { requests } });
  expect(res.status).toBe(200);
  return new Map((res.body.responses as Inner[]).map((r) => [r.id, r]));
}

describe('emulator: the seeded lists, addressed as the add-in does', () => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient({ dataDir: resultsDir('seeded-lists'), reset: true });
  });
  afterAll(() => client.emulator.close());

  it('reads both lists by title with $expand=fields($select=...)&$top=N, directly and in $batch', async () => {
    const direct = await client.call('GET', `${MEETINGS}/items?$expand=fields($select=${meetingSelect})&$top=100`);
    expect(direct.status).toBe(200);
    expect(direct.body.value?.length).toBe(8);
    const first = direct.body.value?.[0]?.fields as Record<string, unknown>;
    expect(first).toMatchObject({ TpStatus: 'protokolliert', TpJahr: 2025, TpBeginn: '2025-01-29T14:00:00Z' });
    expect(first.TpDaten).toBeUndefined();
    const results = await batch(client, [
      { id: 'meetings', method: 'GET', url: `${MEETINGS}/items?$expand=fields($select=${meetingSelect})&$top=100` },
      { id: 'venues', method: 'GET', url: `${VENUES}/items?$expand=fields($select=${venueSelect})&$top=100` },
    ]);
    expect(results.get('meetings')?.status).toBe(200);
    const venues = results.get('venues')?.body.value as { fields: Record<string, unknown> }[];
    expect(venues.map((v) => v.fields.Title)).toContain('Kreishaus Northeim');
    expect(venues.find((v) => v.fields.TpArt === 'kreishaus')?.fields.TpRaumpostfach).toBe(SEED.roomMail);
  });

  it('creates, patches with If-Match and reads an item by list title, directly and in $batch', async () => {
    const made = await client.call('POST', `${MEETINGS}/items`, {
      body: {
        fields: {
          Title: 'Vernetzungstreffen der Ehrenamtskoordination – 9. Dezember 2026',
          TpBeginn: new Date('2026-12-09T14:00:00Z').toISOString(),
          TpEnde: '2026-12-09T17:00:00Z',
          TpJahr: 2026,
          TpStatus: 'geplant',
          TpDaten: '{"version":1}',
        },
      },
    });
    expect(made.status).toBe(201);
    expect(made.body.id).toBe('9');
    expect((made.body.fields as Record<string, unknown>).TpBeginn).toBe('2026-12-09T14:00:00Z');
    const patched = await client.call('PATCH', `${MEETINGS}/items/9/fields`, {
      body: { TpStatus: 'eingeladen', TpTermin: 'https://outlook.office365.com/owa/?itemid=x' },
      headers: { 'If-Match': String(made.body.eTag) },
    });
    expect(patched.status).toBe(200);
    const etag = String(patched.body['@odata.etag']);
    const results = await batch(client, [
      {
        id: 'patch',
        method: 'PATCH',
        url: `${MEETINGS}/items/9/fields`,
        headers: { 'Content-Type': 'application/json', 'If-Match': etag },
        body: { TpOrt: 'Kreishaus Northeim' },
      },
      {
        id: 'read',
        method: 'GET',
        url: `${MEETINGS}/items/9?$expand=fields($select=${meetingSelect})`,
        dependsOn: ['patch'],
      },
      {
        id: 'stale',
        method: 'PATCH',
        url: `${MEETINGS}/items/9/fields`,
        headers: { 'Content-Type': 'application/json', 'If-Match': etag },
        body: { TpOrt: 'Einbeck' },
        dependsOn: ['read'],
      },
      {
        id: 'add',
        method: 'POST',
        url: `${VENUES}/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: 'Gemeindehaus Kalefeld', TpArt: 'initiative', TpBarrierefrei: false } },
      },
    ]);
    expect(results.get('patch')?.status).toBe(200);
    expect(results.get('read')?.body.fields).toMatchObject({ TpStatus: 'eingeladen', TpOrt: 'Kreishaus Northeim' });
    expect(results.get('stale')?.status).toBe(412);
    expect(results.get('add')?.status).toBe(201);
  });
});

describe('emulator: started without the lists (--no-seed-lists)', () => {
  let client: Client;
  beforeAll(async () => {
    // a tenant that takes currency columns (the strict default rejects them, see provisioning.test.ts)
    client = await startClient({
      dataDir: resultsDir('no-seed-lists'),
      reset: true,
      seedLists: false,
      tenant: { rejectCurrencyColumns: false },
    });
  });
  afterAll(() => client.emulator.close());

  it('answers 404 for the missing lists in $batch, then accepts them with the full column sets', async () => {
    const missing = await batch(client, [
      { id: 'meetings', method: 'GET', url: `${MEETINGS}/items?$expand=fields($select=${meetingSelect})&$top=100` },
    ]);
    expect(missing.get('meetings')?.status).toBe(404);
    const site = await client.call('GET', `${SITE.slice(0, -1)}?$select=id`);
    for (const [displayName, columns] of [
      [SEED_LISTS.meetingsTitle, meetingColumns],
      [SEED_LISTS.venuesTitle, venueColumns],
    ] as const) {
      const made = await client.call('POST', `/sites/${String(site.body.id)}/lists`, {
        body: { displayName, columns, list: { template: 'genericList' } },
      });
      expect(made.status).toBe(201);
    }
    // hidden columns are listed only when $select names `hidden`
    const columns = await client.call('GET', `${MEETINGS}/columns?$select=name,hidden,currency`);
    expect(columns.body.value?.find((c) => c.name === 'TpKosten')).toMatchObject({ currency: { locale: 'de-DE' } });
    expect(columns.body.value?.find((c) => c.name === 'TpDaten')).toMatchObject({ hidden: true });
    const items = await client.call('GET', `${MEETINGS}/items?$expand=fields($select=${meetingSelect})&$top=100`);
    expect(items.body.value).toEqual([]);
  });

  it('reseeds without the lists on reset', async () => {
    await fetch(`${client.emulator.url}/_emulator/reset`, { method: 'POST' });
    const lists = await client.call('GET', `/sites/${SEED.siteId}/lists`);
    expect(lists.body.value).toEqual([]);
  });
});
