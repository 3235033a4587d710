import { DEFAULT_PROFILE } from '../../../src/emulator/tenant';
import { SEED } from '../../../src/emulator/seed';
import { type Calendar, calendarClient, DECEMBER, invitation } from './calendarSupport';
import { type Client, resultsDir, startClient } from './support';

let client: Client;
let cal: Calendar;
let eventId = '';

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('calendar-shared'), reset: true });
  cal = await calendarClient(client);
  // The invitation the $batch reads.
  eventId = String((await cal.call('POST', '/me/events', { body: invitation('tp-2026-12-08') })).body.id);
});
afterAll(() => client.emulator.close());

describe('emulator: shared mailbox, $batch', () => {
  it('creates in a shared mailbox with Calendars.ReadWrite.Shared, not without', async () => {
    const body = { ...invitation('tp-shared'), attendees: [] };
    const denied = await cal.call('POST', `/users/${SEED.sharedMailboxMail}/events`, { body });
    expect(denied.status).toBe(403);
    client.emulator.setTenant({ graphScopes: [...DEFAULT_PROFILE.graphScopes, 'Calendars.ReadWrite.Shared'] });
    const shared = await calendarClient(client, ['Calendars.ReadWrite.Shared']);
    const made = await shared.call('POST', `/users/${SEED.sharedMailboxMail}/events`, { body });
    expect(made.status).toBe(201);
    expect(made.body.organizer).toEqual({
      emailAddress: { name: 'Koordinierungsstelle Migration und Teilhabe', address: SEED.sharedMailboxMail },
    });
  });

  it('runs event requests inside $batch', async () => {
    const res = await cal.call('POST', '/$batch', {
      body: {
        requests: [
          { id: 'get', method: 'GET', url: `/me/events/${encodeURIComponent(eventId)}?$select=subject,attendees` },
          {
            id: 'view',
            method: 'GET',
            url: `/me/calendarView?${DECEMBER}&$select=subject`,
            headers: { Prefer: 'outlook.timezone="Europe/Berlin"' },
          },
          { id: 'lists', method: 'GET', url: '/me/todo/lists' },
        ],
      },
    });
    const responses = res.body.responses as { id: string; status: number; headers: Record<string, string> }[];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(responses[1]?.headers['Preference-Applied']).toBe('outlook.timezone="Europe/Berlin"');
  });
});
