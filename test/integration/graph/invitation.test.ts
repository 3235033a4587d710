import ICAL from 'ical.js';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';
import { buildInvitation } from '../../../src/domain/invitation';
import { createEventsGateway } from '../../../src/graph/eventsGateway';
import { createGraphClient } from '../../../src/graph/graphClient';
import { invitationToEvent } from '../../../src/graph/invitationMapping';
import { type RunningEmulator, SEED, startEmulator } from '../../../src/emulator/server';
import { plannedMeeting, settings } from '../../fixtures/plannedMeeting';

const INVITEE = 'k.haddad@gmx.de';

describe('the invitation an invitee receives', () => {
  let emulator: RunningEmulator;
  afterAll(() => emulator?.close());

  it('parses with ical.js and carries local start time, organiser, attendees and the agenda', async () => {
    const dataDir = path.resolve(__dirname, '../../../test-results/emulator/integration-invitation-ics');
    rmSync(dataDir, { recursive: true, force: true });
    emulator = await startEmulator({ dataDir, port: 0, reset: true });
    const client = createGraphClient({
      tokenProvider: createEmulatorTokenProvider({ origin: emulator.url }),
      baseUrl: emulator.graphUrl,
    });
    const invitation = buildInvitation(plannedMeeting, { ...settings, speakerAddress: undefined });
    await createEventsGateway(client).create(invitationToEvent(invitation, { withAttendees: true }));

    const box = (await (await fetch(`${emulator.url}/_emulator/mailbox/${INVITEE}/invitations`)).json()) as {
      value: { ics: string; method: string }[];
    };
    expect(box.value).toHaveLength(1);
    const ics = await (await fetch(`${emulator.url}${box.value[0]!.ics}`)).text();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2027-03-16T15:00:00');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-16T14:00:00.000Z');
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe(`mailto:${SEED.organiserMail}`);
    const attendees = event.attendees.map((a) => String(a.getFirstValue()).toLowerCase());
    expect(attendees).toContain(`mailto:${SEED.distributionListMail}`);
    expect(attendees).toContain(`mailto:${SEED.roomMail}`);
    expect(event.description).toContain('Begrüßung und Vorstellungsrunde');
    expect(event.description).toContain('Input von dritter Seite');
    expect(event.summary).toBe('Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 16. März 2027');
  });
});
