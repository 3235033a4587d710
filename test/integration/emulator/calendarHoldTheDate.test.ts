import { SEED } from '../../../src/emulator/seed';
import { type Calendar, calendarClient, invitationsOf } from './calendarSupport';
import { type Client, resultsDir, startClient } from './support';

let client: Client;
let cal: Calendar;

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('calendar-hold'), reset: true });
  cal = await calendarClient(client);
});
afterAll(() => client.emulator.close());

describe('emulator: hold the date, then invite', () => {
  it('sends nothing for an event without attendees; a PATCH with attendees invites only them', async () => {
    const held = await cal.call('POST', '/me/events', {
      body: {
        subject: 'Vernetzungstreffen (vorgemerkt)',
        start: { dateTime: '2027-03-10T15:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2027-03-10T18:00:00', timeZone: 'Europe/Berlin' },
        transactionId: 'tp-hold',
      },
    });
    expect(held.status).toBe(201);
    const id = String(held.body.id);
    const mine = async () =>
      (await invitationsOf(cal, 'aylin.demir@landkreis-northeim.de')).filter((m) => m.eventId === id);
    expect(await mine()).toHaveLength(0);
    const patched = await cal.call('PATCH', `/me/events/${encodeURIComponent(id)}`, {
      body: { attendees: [{ emailAddress: { address: SEED.educationGroupMail }, type: 'optional' }] },
    });
    expect(patched.status).toBe(200);
    expect(await mine()).toHaveLength(1);
    expect((await invitationsOf(cal, 'hannelore.vogt@web.de')).filter((m) => m.eventId === id)).toHaveLength(0);
    expect((await cal.call('DELETE', `/me/events/${encodeURIComponent(id)}`)).status).toBe(204);
  });
});
