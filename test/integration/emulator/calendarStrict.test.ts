import { SEED } from '../../../src/emulator/seed';
import { type Calendar, calendarClient, invitation } from './calendarSupport';
import { type Client, scratchDir, startClient } from './support';

// Requests real Graph rejects, sent on purpose: journal in the temp folder, out of the conformance check.
let client: Client;
let cal: Calendar;

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('calendar-strict'), reset: true });
  cal = await calendarClient(client);
});
afterAll(() => client.emulator.close());

const start = { dateTime: '2026-12-08T15:00:00', timeZone: 'Europe/Berlin' };
const end = { dateTime: '2026-12-08T18:00:00', timeZone: 'Europe/Berlin' };

describe('emulator: events reject what Graph rejects', () => {
  it.each([
    ['an unknown property', { event: { subject: 'x' } }, 'RequestBodyRead'],
    [
      'an attendee without address',
      { start, end, attendees: [{ emailAddress: { name: 'Ohne Adresse' } }] },
      'ErrorInvalidRecipients',
    ],
    ['an attendee without emailAddress', { start, end, attendees: [{ type: 'required' }] }, 'ErrorInvalidRecipients'],
    ['an unknown time zone', { start: { ...start, timeZone: 'Mitteleuropa' }, end }, 'TimeZoneNotSupportedException'],
    ['start as a string', { start: '2026-12-08T15:00:00', end }, 'RequestBodyRead'],
    ['an end before the start', { start: end, end: start }, 'ErrorCalendarEndDateIsEarlierThanStartDate'],
    [
      'an unknown attendee type',
      { start, end, attendees: [{ emailAddress: { address: 'a@b.de' }, type: 'chef' }] },
      'RequestBodyRead',
    ],
    ['a wrong reminder', { start, end, reminderMinutesBeforeStart: 'einen Tag' }, 'RequestBodyRead'],
  ])('400 for %s', async (_what, body, code) => {
    const res = await cal.call('POST', '/me/events', { body });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe(code);
  });

  it('501 for event features the emulator does not have', async () => {
    const res = await cal.call('POST', '/me/events', { body: { start, end, recurrence: {} } });
    expect(res.status).toBe(501);
  });

  it('needs the calendarView window, a known event and a clean cancel body', async () => {
    const view = await cal.call('GET', '/me/calendarView?startDateTime=2026-12-01T00:00:00Z');
    expect(view.status).toBe(400);
    expect(view.body.error?.code).toBe('ErrorInvalidParameter');
    expect((await cal.call('GET', '/me/events/AAMkAGnichtda')).status).toBe(404);
    const made = await cal.call('POST', '/me/events', { body: invitation('tp-strict') });
    const url = `/me/events/${encodeURIComponent(String(made.body.id))}`;
    expect((await cal.call('POST', `${url}/cancel`, { body: { reason: 'x' } })).status).toBe(400);
    expect((await cal.call('PATCH', url, { body: { transactionId: 'anders' } })).status).toBe(400);
    expect((await cal.call('GET', `${url}?$select=farbe`)).status).toBe(400);
  });

  it('needs Calendars.ReadWrite', async () => {
    const readOnly = await calendarClient(client, ['User.Read']);
    const res = await readOnly.call('POST', '/me/events', { body: invitation('tp-forbidden') });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('ErrorAccessDenied');
  });
});

describe('emulator: To Do and sendMail reject what Graph rejects', () => {
  it('rejects unknown task properties and malformed dates', async () => {
    const lists = await cal.call('GET', '/me/todo/lists');
    const tasks = `/me/todo/lists/${encodeURIComponent(String(lists.body.value?.[0]?.id))}/tasks`;
    expect((await cal.call('POST', tasks, { body: { title: 'x', due: '2027-01-01' } })).status).toBe(400);
    expect((await cal.call('POST', tasks, { body: { title: 'x', dueDateTime: '2027-01-01' } })).status).toBe(400);
    expect((await cal.call('POST', tasks, { body: { title: 'x', importance: 'dringend' } })).status).toBe(400);
    expect((await cal.call('POST', '/me/todo/lists/AAMkAGnichtda/tasks', { body: { title: 'x' } })).status).toBe(404);
  });

  it('rejects mail without recipients, recipients without address and wrong types', async () => {
    const message = { subject: 'x', body: { contentType: 'Text', content: 'y' } };
    const none = await cal.call('POST', '/me/sendMail', { body: { message } });
    expect(none.body.error?.code).toBe('ErrorInvalidRecipients');
    const noAddress = await cal.call('POST', '/me/sendMail', {
      body: { message: { ...message, toRecipients: [{ emailAddress: { name: 'Niemand' } }] } },
    });
    expect(noAddress.body.error?.code).toBe('ErrorInvalidRecipients');
    const to = [{ emailAddress: { address: SEED.distributionListMail } }];
    const flag = await cal.call('POST', '/me/sendMail', {
      body: { message: { ...message, toRecipients: to }, saveToSentItems: 'false' },
    });
    expect(flag.status).toBe(400);
    expect(
      (
        await cal.call('POST', '/me/sendMail', {
          body: { Message: { ...message, toRecipients: to }, SaveToSentItems: false },
        })
      ).status,
    ).toBe(202);
    expect(
      (await cal.call('POST', '/me/sendMail', { body: { message: { ...message, toRecipients: to, farbe: 'rot' } } }))
        .status,
    ).toBe(400);
    expect((await cal.call('POST', '/me/sendMail', { body: {} })).status).toBe(400);
  });

  it('checks reply bodies on the control endpoint', async () => {
    const bad = await cal.control('POST', '/_emulator/replies', {
      attendee: 'x@y.de',
      response: 'vielleicht',
      eventId: 'x',
    });
    expect(bad.status).toBe(400);
    const unknown = await cal.control('POST', '/_emulator/replies', {
      attendee: 'x@y.de',
      response: 'accepted',
      eventId: 'gibtsnicht',
    });
    expect(unknown.status).toBe(404);
  });
});
