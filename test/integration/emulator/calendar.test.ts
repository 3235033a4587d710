import { DEFAULT_PROFILE } from '../../../src/emulator/tenant';
import { SEED } from '../../../src/emulator/seed';
import { type Calendar, calendarClient, invitation } from './calendarSupport';
import { type Client, resultsDir, startClient } from './support';

let client: Client;
let cal: Calendar;
let eventId = '';

type Attendee = {
  type: string;
  status: { response: string; time: string };
  emailAddress: { name: string; address: string };
};
const WINDOW = 'startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z';

async function invitations(address: string): Promise<Record<string, unknown>[]> {
  const res = await cal.control('GET', `/_emulator/mailbox/${encodeURIComponent(address)}/invitations`);
  return (JSON.parse(res.text) as { value: Record<string, unknown>[] }).value;
}

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('calendar'), reset: true });
  cal = await calendarClient(client);
});
afterAll(() => client.emulator.close());

describe('emulator: events', () => {
  it('creates the invitation with 201 in Graph’s shape, times in UTC', async () => {
    const res = await cal.call('POST', '/me/events', { body: invitation('tp-2026-12-08') });
    expect(res.status).toBe(201);
    eventId = String(res.body.id);
    expect(res.body).toMatchObject({
      subject: 'Vernetzungstreffen der Ehrenamtskoordination – 8. Dezember 2026',
      start: { dateTime: '2026-12-08T14:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-12-08T17:00:00.0000000', timeZone: 'UTC' },
      originalStartTimeZone: 'Europe/Berlin',
      organizer: { emailAddress: { name: SEED.organiserName, address: SEED.organiserMail } },
      isOrganizer: true,
      isCancelled: false,
      transactionId: 'tp-2026-12-08',
      reminderMinutesBeforeStart: 1440,
      body: { contentType: 'html' },
      location: { displayName: 'Kreishaus Northeim, Großer Sitzungssaal', address: { city: 'Northeim' } },
    });
    expect(String(res.body.iCalUId)).toMatch(/^040000008200E00074C5B7101A82E008[0-9A-F]+$/);
    expect(String(res.body.webLink)).toContain(encodeURIComponent(eventId));
    expect(String(res.body.bodyPreview)).toContain('1. Begrüßung und Vorstellungsrunde');
    const attendees = res.body.attendees as Attendee[];
    expect(attendees).toHaveLength(4);
    expect(attendees[0]).toMatchObject({ type: 'required', status: { response: 'none' } });
  });

  it('returns the same event for a retried POST with the same transactionId, also after an injected 503', async () => {
    const march = {
      ...invitation('tp-2027-03-10'),
      start: { dateTime: '2027-03-10T15:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2027-03-10T18:00:00', timeZone: 'Europe/Berlin' },
    };
    client.emulator.setFaults({ rate503: 1 });
    const failed = await cal.call('POST', '/me/events', { body: march });
    expect(failed.status).toBe(503);
    client.emulator.setFaults({});
    const first = await cal.call('POST', '/me/events', { body: march });
    const retry = await cal.call('POST', '/me/calendar/events', { body: march });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const again = await cal.call('POST', '/me/events', { body: invitation('tp-2026-12-08') });
    expect(again.body.id).toBe(eventId);
    const view = await cal.call('GET', `/me/calendarView?${WINDOW}`);
    expect(view.body.value?.map((e) => e.id)).toEqual([eventId]);
    const messages = await invitations('hannelore.vogt@web.de');
    expect(messages.filter((m) => m.eventId === eventId)).toHaveLength(1);
    await cal.call('DELETE', `/me/events/${encodeURIComponent(String(first.body.id))}`);
  });

  it('answers in the zone asked for with Prefer: outlook.timezone, honouring $select', async () => {
    const res = await cal.call('GET', `/me/events/${encodeURIComponent(eventId)}?$select=subject,start,end,attendees`, {
      headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('preference-applied')).toBe('outlook.timezone="W. Europe Standard Time"');
    expect(res.body.start).toEqual({ dateTime: '2026-12-08T15:00:00.0000000', timeZone: 'W. Europe Standard Time' });
    expect(
      Object.keys(res.body)
        .filter((k) => !k.startsWith('@'))
        .sort(),
    ).toEqual(['attendees', 'end', 'id', 'start', 'subject']);
    const view = await cal.call('GET', `/me/calendarView?${WINDOW}&$select=subject,start`, {
      headers: { Prefer: 'outlook.timezone="Europe/Berlin"' },
    });
    expect(view.body.value?.[0]?.start).toEqual({ dateTime: '2026-12-08T15:00:00.0000000', timeZone: 'Europe/Berlin' });
  });

  it('delivers the invitation to every member of the lists, nested lists and contacts included', async () => {
    const state = await cal.control('GET', '/_emulator/mailboxes');
    const boxes = (JSON.parse(state.text) as { value: { address: string }[] }).value.map((b) => b.address);
    for (const address of [
      'hannelore.vogt@web.de',
      'claudia.jordan@northeim.de'.replace('claudia.jordan', 'c.jordan'),
      'jonas.wittkopf@landkreis-northeim.de',
      'svetlana.kuehn@landkreis-northeim.de',
      'a.fischer@jobcenter-northeim.example',
      SEED.roomMail,
    ])
      expect(boxes).toContain(address);
    expect(boxes).not.toContain(SEED.organiserMail);
    expect(boxes).not.toContain(SEED.distributionListMail);
    const viaList = await invitations('k.haddad@gmx.de');
    expect(viaList[0]).toMatchObject({ method: 'REQUEST', via: SEED.distributionListMail, sequence: 0 });
    const nested = await invitations('marek.nowak@landkreis-northeim.de');
    expect(nested.filter((m) => m.eventId === eventId)).toHaveLength(1);
  });

  it('sends updates with a higher SEQUENCE on change and keeps answers', async () => {
    const url = `/me/events/${encodeURIComponent(eventId)}`;
    const before = await cal.call('GET', url);
    const res = await cal.call('PATCH', url, {
      body: { subject: 'Vernetzungstreffen der Ehrenamtskoordination – 8. Dezember 2026 (neuer Raum)' },
    });
    expect(res.status).toBe(200);
    expect(res.body.changeKey).not.toBe(before.body.changeKey);
    const box = await invitations('hannelore.vogt@web.de');
    expect(box.filter((m) => m.eventId === eventId).map((m) => m.sequence)).toEqual([0, 1]);
  });
});

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
    const mine = async () => (await invitations('aylin.demir@landkreis-northeim.de')).filter((m) => m.eventId === id);
    expect(await mine()).toHaveLength(0);
    const patched = await cal.call('PATCH', `/me/events/${encodeURIComponent(id)}`, {
      body: { attendees: [{ emailAddress: { address: SEED.educationGroupMail }, type: 'optional' }] },
    });
    expect(patched.status).toBe(200);
    expect(await mine()).toHaveLength(1);
    expect((await invitations('hannelore.vogt@web.de')).filter((m) => m.eventId === id)).toHaveLength(0);
    expect((await cal.call('DELETE', `/me/events/${encodeURIComponent(id)}`)).status).toBe(204);
  });
});

describe('emulator: replies', () => {
  it('records an answer; a list member appears among the attendees as they answer', async () => {
    const reply = await cal.control('POST', '/_emulator/replies', {
      eventId,
      attendee: 'k.haddad@gmx.de',
      response: 'accepted',
      comment: 'Bis dann!',
    });
    expect(reply.status).toBe(200);
    const direct = await cal.control('POST', '/_emulator/replies', {
      eventId,
      attendee: 'a.fischer@jobcenter-northeim.example',
      response: 'tentativelyAccepted',
    });
    expect(direct.status).toBe(200);
    const res = await cal.call('GET', `/me/events/${encodeURIComponent(eventId)}?$select=attendees`);
    const attendees = res.body.attendees as Attendee[];
    expect(attendees.find((a) => a.emailAddress.address === 'k.haddad@gmx.de')).toMatchObject({
      type: 'required',
      status: { response: 'accepted' },
      emailAddress: { name: expect.stringContaining('Karim Haddad') },
    });
    expect(attendees.find((a) => a.emailAddress.address.startsWith('a.fischer'))?.status.response).toBe(
      'tentativelyAccepted',
    );
    const stranger = await cal.control('POST', '/_emulator/replies', {
      eventId,
      attendee: 'someone@example.org',
      response: 'accepted',
    });
    expect(stranger.status).toBe(400);
  });

  it('answers for N list members at random (seeded), each once', async () => {
    const res = await cal.control('POST', '/_emulator/replies/random', { eventId, count: 5, seed: 7 });
    const replies = (JSON.parse(res.text) as { value: { attendee: { address: string } }[] }).value;
    expect(replies).toHaveLength(5);
    const event = await cal.call('GET', `/me/events/${encodeURIComponent(eventId)}?$select=attendees`);
    const answered = (event.body.attendees as Attendee[]).filter((a) => a.status.response !== 'none');
    expect(answered).toHaveLength(7);
    expect(new Set(answered.map((a) => a.emailAddress.address)).size).toBe(7);
  });
});

describe('emulator: shared mailbox, $batch, cancel', () => {
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
            url: `/me/calendarView?${WINDOW}&$select=subject`,
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

  it('cancels with a comment: 202, moved to Deleted Items, cancellation delivered', async () => {
    const res = await cal.call('POST', `/me/events/${encodeURIComponent(eventId)}/cancel`, {
      body: { comment: 'Das Treffen fällt wegen Glatteis aus.' },
    });
    expect(res.status).toBe(202);
    const event = await cal.call('GET', `/me/events/${encodeURIComponent(eventId)}?$select=isCancelled`);
    expect(event.status).toBe(404);
    const box = (await invitations('hannelore.vogt@web.de')).filter((m) => m.eventId === eventId);
    expect(box[box.length - 1]).toMatchObject({
      method: 'CANCEL',
      sequence: 2,
      comment: 'Das Treffen fällt wegen Glatteis aus.',
    });
  });
});

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
