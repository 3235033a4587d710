import { SEED } from '../../../src/emulator/seed';
import { type Attendee, type Calendar, calendarClient, DECEMBER, invitation, invitationsOf } from './calendarSupport';
import { type Client, resultsDir, startClient } from './support';

// One invitation through its life: sent, retried, read in another zone, delivered, updated, answered, cancelled.

let client: Client;
let cal: Calendar;
let eventId = '';

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
    const view = await cal.call('GET', `/me/calendarView?${DECEMBER}`);
    expect(view.body.value?.map((e) => e.id)).toEqual([eventId]);
    const messages = await invitationsOf(cal, 'hannelore.vogt@web.de');
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
    const view = await cal.call('GET', `/me/calendarView?${DECEMBER}&$select=subject,start`, {
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
    const viaList = await invitationsOf(cal, 'k.haddad@gmx.de');
    expect(viaList[0]).toMatchObject({ method: 'REQUEST', via: SEED.distributionListMail, sequence: 0 });
    const nested = await invitationsOf(cal, 'marek.nowak@landkreis-northeim.de');
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
    const box = await invitationsOf(cal, 'hannelore.vogt@web.de');
    expect(box.filter((m) => m.eventId === eventId).map((m) => m.sequence)).toEqual([0, 1]);
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

describe('emulator: cancel', () => {
  it('cancels with a comment: 202, moved to Deleted Items, cancellation delivered', async () => {
    const res = await cal.call('POST', `/me/events/${encodeURIComponent(eventId)}/cancel`, {
      body: { comment: 'Das Treffen fällt wegen Glatteis aus.' },
    });
    expect(res.status).toBe(202);
    const event = await cal.call('GET', `/me/events/${encodeURIComponent(eventId)}?$select=isCancelled`);
    expect(event.status).toBe(404);
    const box = (await invitationsOf(cal, 'hannelore.vogt@web.de')).filter((m) => m.eventId === eventId);
    expect(box[box.length - 1]).toMatchObject({
      method: 'CANCEL',
      sequence: 2,
      comment: 'Das Treffen fällt wegen Glatteis aus.',
    });
  });
});
