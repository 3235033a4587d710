import ICAL from 'ical.js';
import { SEED } from '../../../src/emulator/seed';
import { type Calendar, calendarClient, invitation } from './calendarSupport';
import { type Client, resultsDir, startClient } from './support';

let client: Client;
let cal: Calendar;
let eventId = '';

const CN_WITH_COMMA = 'Fischer, Andrea; Jobcenter';

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('invitation-ics'), reset: true });
  cal = await calendarClient(client);
  const body = invitation('tp-ics');
  const attendees = body.attendees as Record<string, unknown>[];
  attendees[2] = {
    emailAddress: { address: 'a.fischer@jobcenter-northeim.example', name: CN_WITH_COMMA },
    type: 'optional',
  };
  const res = await cal.call('POST', '/me/events', { body });
  eventId = String(res.body.id);
});
afterAll(() => client.emulator.close());

async function ics(address: string, n: number): Promise<{ status: number; type: string; text: string }> {
  return cal.control('GET', `/_emulator/mailbox/${encodeURIComponent(address)}/invitations/${n}.ics`);
}

function vevent(text: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const component = calendar.getFirstSubcomponent('vevent');
  if (!component) throw new Error('no VEVENT');
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return new ICAL.Event(component);
}

describe('emulator: the invitation as an invitee receives it (iCalendar)', () => {
  it('is served as text/calendar; method=REQUEST with CRLF lines of at most 75 octets', async () => {
    const res = await ics('hannelore.vogt@web.de', 1);
    expect(res.type).toBe('text/calendar; method=REQUEST; charset=utf-8');
    expect(res.text.endsWith('\r\n')).toBe(true);
    expect(res.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of res.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(res.text).toContain('\r\n ');
    expect(res.text).toContain('DTSTART;TZID=Europe/Berlin:20261208T150000');
    expect(res.text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });

  it('parses with ical.js: local start, organiser, attendees, agenda in the description', async () => {
    const event = vevent((await ics('hannelore.vogt@web.de', 1)).text);
    expect(event.uid).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(event.startDate.toString()).toBe('2026-12-08T15:00:00');
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-08T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-08T17:00:00.000Z');
    expect(event.organizer).toBe(`mailto:${SEED.organiserMail}`);
    expect(event.component.getFirstProperty('organizer')?.getParameter('cn')).toBe(SEED.organiserName);
    const attendees = event.attendees.map((a) => ({
      mail: a.getFirstValue(),
      cn: a.getParameter('cn'),
      role: a.getParameter('role'),
      partstat: a.getParameter('partstat'),
      rsvp: a.getParameter('rsvp'),
    }));
    expect(attendees).toContainEqual({
      mail: `mailto:${SEED.distributionListMail}`,
      cn: 'Vernetzung Ehrenamtskoordination',
      role: 'REQ-PARTICIPANT',
      partstat: 'NEEDS-ACTION',
      rsvp: 'TRUE',
    });
    expect(attendees).toContainEqual(expect.objectContaining({ cn: CN_WITH_COMMA, role: 'OPT-PARTICIPANT' }));
    expect(attendees).toContainEqual(
      expect.objectContaining({ mail: `mailto:${SEED.roomMail}`, role: 'NON-PARTICIPANT' }),
    );
    expect(event.summary).toBe('Vernetzungstreffen der Ehrenamtskoordination – 8. Dezember 2026');
    expect(event.location).toBe('Kreishaus Northeim, Großer Sitzungssaal, Medenheimer Straße 6/8, 37154 Northeim');
    expect(event.description).toContain('1. Begrüßung und Vorstellungsrunde\n2. Aktuelles aus dem Landkreis');
    expect(event.description).toContain('Input: Jobcenter, Fragen & Antworten');
    expect(event.component.getFirstPropertyValue('x-alt-desc')).toContain('<ol><li>Begrüßung');
    expect(event.sequence).toBe(0);
    const alarm = event.component.getFirstSubcomponent('valarm');
    expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-86400);
  });

  it('sends an update with SEQUENCE 1 and a cancellation with METHOD:CANCEL', async () => {
    const url = `/me/events/${encodeURIComponent(eventId)}`;
    await cal.call('PATCH', url, {
      body: {
        start: { dateTime: '2026-12-09T15:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2026-12-09T18:00:00', timeZone: 'Europe/Berlin' },
      },
    });
    const update = vevent((await ics('hannelore.vogt@web.de', 2)).text);
    expect(update.sequence).toBe(1);
    expect(update.startDate.toString()).toBe('2026-12-09T15:00:00');
    await cal.call('POST', `${url}/cancel`, { body: { comment: 'Leider abgesagt; neuer Termin folgt.' } });
    const res = await ics('hannelore.vogt@web.de', 3);
    expect(res.type).toBe('text/calendar; method=CANCEL; charset=utf-8');
    const cancel = vevent(res.text);
    expect(cancel.sequence).toBe(2);
    expect(cancel.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.description.startsWith('Leider abgesagt; neuer Termin folgt.')).toBe(true);
  });

  it('answers 404 for a message that is not there', async () => {
    expect((await ics('hannelore.vogt@web.de', 99)).status).toBe(404);
    const res = await cal.control('GET', '/_emulator/mailbox/nobody%40example.org/invitations/1.ics');
    expect(res.status).toBe(404);
  });
});
