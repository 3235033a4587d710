import { SEED } from '../../../src/emulator/seed';
import { invitation } from './calendarSupport';
import { type Client, scratchDir, startClient } from './support';

/** Events as Exchange keeps them; sendMail's To; Sent Items and To Do read back after a lost answer. */

const SCOPES = ['User.Read', 'Calendars.ReadWrite', 'Tasks.ReadWrite', 'Mail.Send', 'Mail.ReadBasic'];
const WINDOW = 'startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z';

let client: Client;
let token = '';
let clock = Date.parse('2026-11-24T09:00:00Z');

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('exchange'), reset: true, now: () => new Date(clock) });
  token = await client.token(SCOPES);
});
afterAll(() => client.emulator.close());
afterEach(() => client.emulator.setFaults({}));

const call = (method: string, path: string, body?: unknown) =>
  client.call(method, path, { token, ...(body === undefined ? {} : { body }) });

function mail(subject: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    message: {
      subject,
      body: { contentType: 'Text', content: 'Protokoll' },
      toRecipients: [{ emailAddress: { address: SEED.organiserMail } }],
      bccRecipients: [{ emailAddress: { address: 'a.fischer@jobcenter-northeim.example', name: 'Andrea Fischer' } }],
    },
    ...extra,
  };
}

describe('emulator: events as Exchange keeps them', () => {
  it('moves a cancelled event to Deleted Items: 404 by id, gone from calendarView and /events', async () => {
    const made = await call('POST', '/me/events', invitation('tp-cancel'));
    const id = String(made.body.id);
    expect((await call('POST', `/me/events/${id}/cancel`, { comment: 'Fällt aus' })).status).toBe(202);
    const gone = await call('GET', `/me/events/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error?.code).toBe('ErrorItemNotFound');
    const view = await call('GET', `/me/calendarView?${WINDOW}`);
    expect((view.body.value ?? []).map((e) => e.id)).not.toContain(id);
    const events = await call('GET', '/me/events?$top=50');
    expect((events.body.value ?? []).map((e) => e.id)).not.toContain(id);
    expect((await call('POST', `/me/events/${id}/cancel`)).status).toBe(404);
  });

  it('remembers a transactionId only for a while: later the same POST makes a second event', async () => {
    client.emulator.setFaults({ transactionIdWindowSeconds: 120 });
    const first = await call('POST', '/me/events', invitation('tp-window'));
    clock += 60_000;
    const retry = await call('POST', '/me/events', invitation('tp-window'));
    expect(retry.body.id).toBe(first.body.id);
    clock += 121_000;
    const late = await call('POST', '/me/events', invitation('tp-window'));
    expect(late.status).toBe(201);
    expect(late.body.id).not.toBe(first.body.id);
  });
});

describe('emulator: sendMail needs a To recipient', () => {
  it('answers 400 ParameterValueEmpty for Bcc only', async () => {
    const body = mail('nur Bcc');
    delete (body.message as Record<string, unknown>).toRecipients;
    const res = await call('POST', '/me/sendMail', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'ParameterValueEmpty',
      message: "The value of the parameter 'ToRecipients' is empty.",
    });
  });
});

describe('emulator: Sent Items', () => {
  const select = '$select=subject,sentDateTime,toRecipients,bccRecipients';

  beforeAll(async () => {
    for (const subject of ['Protokoll Oktober', 'Protokoll November', 'Protokoll Dezember']) {
      clock += 60_000;
      expect((await call('POST', '/me/sendMail', mail(subject))).status).toBe(202);
    }
    expect((await call('POST', '/me/sendMail', mail('nicht gespeichert', { saveToSentItems: false }))).status).toBe(
      202,
    );
  });

  it('lists sent mail newest first with the selected properties', async () => {
    const res = await call('GET', `/me/mailFolders/SentItems/messages?${select}&$orderby=sentDateTime desc&$top=2`);
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toContain("/mailFolders('SentItems')/messages(subject,sentDateTime");
    expect(res.body.value?.map((m) => m.subject)).toEqual(['Protokoll Dezember', 'Protokoll November']);
    expect(res.body.value?.[0]).toEqual({
      '@odata.etag': expect.stringMatching(/^W\//),
      id: expect.any(String),
      subject: 'Protokoll Dezember',
      sentDateTime: expect.stringMatching(/^2026-11-24T\d\d:\d\d:\d\dZ$/),
      toRecipients: [{ emailAddress: { name: expect.any(String), address: SEED.organiserMail } }],
      bccRecipients: [{ emailAddress: { name: 'Andrea Fischer', address: 'a.fischer@jobcenter-northeim.example' } }],
    });
    expect(res.body['@odata.nextLink']).toBeDefined();
    const all = await call('GET', `/me/mailFolders/sentitems/messages?$select=subject&$top=50`);
    expect(all.body.value?.map((m) => m.subject)).not.toContain('nicht gespeichert');
  });

  it('filters on sentDateTime; a sort the filter does not lead is InefficientFilter', async () => {
    const since = new Date(clock - 90_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const found = await call(
      'GET',
      `/me/mailFolders/sentitems/messages?$filter=sentDateTime ge ${since}&$orderby=sentDateTime desc&${select}`,
    );
    expect(found.body.value?.map((m) => m.subject)).toEqual(['Protokoll Dezember', 'Protokoll November']);
    const inefficient = await call(
      'GET',
      "/me/mailFolders/sentitems/messages?$filter=subject eq 'Protokoll Dezember'&$orderby=sentDateTime desc",
    );
    expect(inefficient.status).toBe(400);
    expect(inefficient.body.error?.code).toBe('InefficientFilter');
  });

  it('needs Mail.ReadBasic; the body needs Mail.Read; other folders are not emulated', async () => {
    const sendOnly = await client.token(['User.Read', 'Mail.Send']);
    const denied = await client.call('GET', '/me/mailFolders/sentitems/messages', { token: sendOnly });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe('ErrorAccessDenied');
    const plain = await call('GET', '/me/mailFolders/sentitems/messages?$top=1');
    expect(plain.body.value?.[0]).not.toHaveProperty('body');
    expect((await call('GET', '/me/mailFolders/sentitems/messages?$select=body')).status).toBe(403);
    expect((await call('GET', '/me/mailFolders/inbox/messages')).status).toBe(501);
    expect((await call('GET', '/me/mailFolders/AAMkAGnichtda/messages')).status).toBe(404);
  });
});

describe('emulator: To Do tasks read back by title', () => {
  let tasks = '';

  beforeAll(async () => {
    const lists = await call('GET', '/me/todo/lists');
    expect(lists.body['@odata.nextLink']).toBeUndefined();
    tasks = `/me/todo/lists/${encodeURIComponent(String(lists.body.value?.[0]?.id))}/tasks`;
    for (const title of ['Raum buchen', 'Protokoll schreiben', 'Raum abschließen']) {
      const due = { dateTime: '2026-12-07T00:00:00.0000000', timeZone: 'Europe/Berlin' };
      expect((await call('POST', tasks, { title, dueDateTime: due })).status).toBe(201);
    }
  });

  it('finds a task by title (eq, contains, startswith) and pages with $top', async () => {
    const exact = await call('GET', `${tasks}?$filter=title eq 'Raum buchen'`);
    expect(exact.body.value?.map((t) => t.title)).toEqual(['Raum buchen']);
    expect(exact.body.value?.[0]?.dueDateTime).toEqual({
      dateTime: '2026-12-07T00:00:00.0000000',
      timeZone: 'Europe/Berlin',
    });
    const some = await call('GET', `${tasks}?$filter=startswith(title,'Raum')&$top=1`);
    expect(some.body.value).toHaveLength(1);
    const next = await client.call('GET', String(some.body['@odata.nextLink']), { token });
    expect(next.body.value?.map((t) => t.title)).toEqual(['Raum abschließen']);
    expect((await call('GET', `${tasks}?$filter=contains(title,'protokoll')`)).body.value).toHaveLength(1);
  });

  it('refuses combined filters (real To Do drops parts of them)', async () => {
    const res = await call('GET', `${tasks}?$filter=title eq 'Raum buchen' and status ne 'completed'`);
    expect(res.status).toBe(501);
  });
});
