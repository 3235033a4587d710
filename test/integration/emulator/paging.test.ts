import { SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { invitation } from './calendarSupport';
import { type Client, resultsDir, startClient } from './support';

/** With maxPageSize every collection comes in small pages; following the next links gives the same set. */

const SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'GroupMember.Read.All',
  'Sites.Selected',
  'Calendars.ReadWrite',
  'Tasks.ReadWrite',
  'Mail.Send',
  'Mail.ReadBasic',
];
const SITE = `/sites/${SEED.siteId}`;
const WINDOW = 'startDateTime=2026-12-01T00:00:00Z&endDateTime=2027-01-31T00:00:00Z';

let client: Client;
let token = '';
let listId = '';

type Page = { value?: Record<string, unknown>[]; '@odata.nextLink'?: string };

/** Every item of a collection by its next links; each page at most `max` long. */
async function all(path: string, max = Infinity): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = path;
  for (let pages = 0; next !== undefined; pages++) {
    if (pages > 60) throw new Error(`no end of ${path}`);
    const res = await client.call('GET', next, { token });
    if (res.status !== 200) throw new Error(`${next}: ${res.status} ${JSON.stringify(res.body)}`);
    const body = res.body as Page;
    expect(body.value?.length ?? 0).toBeLessThanOrEqual(max);
    ids.push(...(body.value ?? []).map((v) => String(v.id ?? v.name)));
    next = body['@odata.nextLink'];
  }
  return ids;
}

const COLLECTIONS = () => [
  `${SITE}/lists`,
  `${SITE}/lists/${SEED_LISTS.meetingsId}/items?$expand=fields&$top=100`,
  `${SITE}/lists/${SEED_LISTS.meetingsId}/columns`,
  `/groups/${SEED.distributionListId}/members?$select=displayName,mail`,
  `/groups/${SEED.distributionListId}/transitiveMembers?$select=displayName,mail&$top=999`,
  `/me/calendarView?${WINDOW}&$select=subject&$top=50`,
  '/me/events?$select=subject',
  `/me/todo/lists/${encodeURIComponent(listId)}/tasks?$top=50`,
  '/me/mailFolders/sentitems/messages?$select=subject&$top=25',
];

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('paging'), reset: true });
  token = await client.token(SCOPES);
  const lists = await client.call('GET', '/me/todo/lists', { token });
  listId = String(lists.body.value?.[0]?.id);
  for (let i = 1; i <= 5; i++) {
    const day = String(i + 1).padStart(2, '0');
    const event = { ...invitation(`tp-paging-${i}`), attendees: [] };
    const start = { dateTime: `2026-12-${day}T15:00:00`, timeZone: 'Europe/Berlin' };
    const end = { dateTime: `2026-12-${day}T17:00:00`, timeZone: 'Europe/Berlin' };
    expect((await client.call('POST', '/me/events', { token, body: { ...event, start, end } })).status).toBe(201);
    const tasks = `/me/todo/lists/${encodeURIComponent(listId)}/tasks`;
    expect((await client.call('POST', tasks, { token, body: { title: `Aufgabe ${i}` } })).status).toBe(201);
    const message = {
      subject: `Protokoll ${i}`,
      body: { contentType: 'Text', content: 'Anbei das Protokoll.' },
      toRecipients: [{ emailAddress: { address: SEED.organiserMail } }],
    };
    expect((await client.call('POST', '/me/sendMail', { token, body: { message } })).status).toBe(202);
  }
});
afterAll(() => client.emulator.close());

describe('emulator: server-side paging on demand (maxPageSize)', () => {
  it('serves every collection in pages of at most N, also below $top, with the same items in the end', async () => {
    const unpaged = new Map<string, string[]>();
    for (const path of COLLECTIONS()) unpaged.set(path, await all(path));
    client.emulator.setFaults({ maxPageSize: 2 });
    try {
      for (const path of COLLECTIONS()) {
        const whole = unpaged.get(path) ?? [];
        expect(whole.length).toBeGreaterThan(2);
        expect(await all(path, 2)).toEqual(whole);
      }
    } finally {
      client.emulator.setFaults({});
    }
  });

  it('keeps a route’s own smaller pages and the query options in the next link', async () => {
    client.emulator.setFaults({ maxPageSize: 3 });
    try {
      const first = await client.call('GET', `/me/calendarView?${WINDOW}&$select=subject&$top=2`, { token });
      expect(first.body.value).toHaveLength(2);
      const next = String(first.body['@odata.nextLink']);
      expect(next).toContain('startDateTime=');
      expect(next).toContain('$select=subject');
      const second = await client.call('GET', `/me/calendarView?${WINDOW}&$select=subject&$top=5`, { token });
      expect(second.body.value).toHaveLength(3);
      expect(await all(`/me/calendarView?${WINDOW}&$select=subject&$top=5`, 3)).toHaveLength(5);
    } finally {
      client.emulator.setFaults({});
    }
  });

  it('pages inside $batch answers too, with absolute next links', async () => {
    client.emulator.setFaults({ maxPageSize: 2 });
    try {
      const res = await client.call('POST', '/$batch', {
        token,
        body: {
          requests: [
            { id: '1', method: 'GET', url: `/sites/${SEED.siteId}/lists/${SEED_LISTS.meetingsId}/items?$top=100` },
            { id: '2', method: 'GET', url: '/me/mailFolders/SentItems/messages?$select=subject' },
          ],
        },
      });
      const responses = res.body.responses as { id: string; status: number; body: Page }[];
      for (const inner of responses) {
        expect(inner.status).toBe(200);
        expect(inner.body.value).toHaveLength(2);
        expect(inner.body['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\//);
      }
      const rest = await all(String(responses[1]?.body['@odata.nextLink']), 2);
      expect(rest).toHaveLength(3);
    } finally {
      client.emulator.setFaults({});
    }
  });

  it('is set and read through /_emulator/faults', async () => {
    const set = await fetch(`${client.emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ maxPageSize: 3 }),
    });
    expect(await set.json()).toMatchObject({ maxPageSize: 3, lostAnswers: [] });
    const bad = await fetch(`${client.emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ maxPageSize: 'drei' }),
    });
    expect(bad.status).toBe(400);
    client.emulator.setFaults({});
  });
});
