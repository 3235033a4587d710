import { SEED } from '../../../src/emulator/seed';
import { type Calendar, calendarClient, invitation } from './calendarSupport';
import { type Client, resultsDir, startClient } from './support';

let client: Client;
let cal: Calendar;

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('calendar-todo-mail'), reset: true });
  cal = await calendarClient(client);
  // An invitation delivered, so that the overview lists its .ics next to the outbox.
  await cal.call('POST', '/me/events', { body: invitation('tp-2026-12-08') });
});
afterAll(() => client.emulator.close());

describe('emulator: To Do and mail', () => {
  it('has the default list "Aufgaben" and creates a reminder task', async () => {
    const lists = await cal.call('GET', '/me/todo/lists');
    const list = lists.body.value?.find((l) => l.wellknownListName === 'defaultList');
    expect(list).toMatchObject({ displayName: 'Aufgaben', isOwner: true });
    const task = await cal.call('POST', `/me/todo/lists/${encodeURIComponent(String(list?.id))}/tasks`, {
      body: {
        title: 'Einladung zum Vernetzungstreffen am 10. März 2027 verschicken',
        body: { content: 'Treffpunkt öffnen, Einladung prüfen und senden.', contentType: 'text' },
        dueDateTime: { dateTime: '2027-02-17T00:00:00', timeZone: 'Europe/Berlin' },
        reminderDateTime: { dateTime: '2027-02-17T09:00:00', timeZone: 'Europe/Berlin' },
        isReminderOn: true,
        importance: 'high',
      },
    });
    expect(task.status).toBe(201);
    expect(task.body).toMatchObject({
      title: expect.stringContaining('Einladung'),
      status: 'notStarted',
      importance: 'high',
      isReminderOn: true,
      reminderDateTime: { dateTime: '2027-02-17T09:00:00', timeZone: 'Europe/Berlin' },
    });
  });

  it('sends mail with 202 into the outbox', async () => {
    const res = await cal.call('POST', '/me/sendMail', {
      body: {
        message: {
          subject: 'Protokoll des Vernetzungstreffens',
          body: { contentType: 'HTML', content: '<p>Das Protokoll steht in der Liste.</p>' },
          toRecipients: [{ emailAddress: { address: SEED.distributionListMail } }],
          ccRecipients: [{ emailAddress: { address: 'jonas.wittkopf@landkreis-northeim.de', name: 'Jonas Wittkopf' } }],
        },
        saveToSentItems: true,
      },
    });
    expect(res.status).toBe(202);
    const outbox = JSON.parse((await cal.control('GET', '/_emulator/outbox')).text) as {
      value: { subject: string; from: { address: string } }[];
    };
    expect(outbox.value).toEqual([
      expect.objectContaining({
        subject: 'Protokoll des Vernetzungstreffens',
        from: { name: SEED.organiserName, address: SEED.organiserMail },
      }),
    ]);
    const overview = await cal.control('GET', '/_emulator/');
    expect(overview.text).toContain('Protokoll des Vernetzungstreffens');
    expect(overview.text).toContain('.ics</a>');
  });
});
