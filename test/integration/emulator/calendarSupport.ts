import { SEED } from '../../../src/emulator/seed';
import type { Client, Reply } from './support';

export const CALENDAR_SCOPES = ['User.Read', 'Calendars.ReadWrite', 'Tasks.ReadWrite', 'Mail.Send'];

/** The invitation the add-in sends: list as required attendee, optional groups, speaker, room as resource. */
export function invitation(transactionId: string): Record<string, unknown> {
  return {
    subject: 'Vernetzungstreffen der Ehrenamtskoordination – 8. Dezember 2026',
    body: {
      contentType: 'HTML',
      content:
        '<p>Liebe Ehrenamtskoordinator*innen,</p><p>herzliche Einladung; Tagesordnung:</p><ol><li>Begrüßung und Vorstellungsrunde</li><li>Aktuelles aus dem Landkreis</li><li>Aktuelles aus den Initiativen</li><li>Input: Jobcenter, Fragen &amp; Antworten</li><li>Termine und nächstes Treffen</li></ol>',
    },
    start: { dateTime: '2026-12-08T15:00:00', timeZone: 'Europe/Berlin' },
    end: { dateTime: '2026-12-08T18:00:00', timeZone: 'Europe/Berlin' },
    location: {
      displayName: 'Kreishaus Northeim, Großer Sitzungssaal',
      address: {
        street: 'Medenheimer Straße 6/8',
        postalCode: '37154',
        city: 'Northeim',
        countryOrRegion: 'Deutschland',
      },
    },
    attendees: [
      {
        emailAddress: { address: SEED.distributionListMail, name: 'Vernetzung Ehrenamtskoordination' },
        type: 'required',
      },
      { emailAddress: { address: SEED.fsaGroupMail, name: 'Flüchtlingssozialarbeit' }, type: 'optional' },
      { emailAddress: { address: 'a.fischer@jobcenter-northeim.example', name: 'Andrea Fischer' }, type: 'optional' },
      { emailAddress: { address: SEED.roomMail, name: 'Kreishaus Northeim, Großer Sitzungssaal' }, type: 'resource' },
    ],
    isReminderOn: true,
    reminderMinutesBeforeStart: 1440,
    responseRequested: true,
    allowNewTimeProposals: false,
    transactionId,
  };
}

export interface Calendar {
  call(method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<Reply>;
  control(method: string, path: string, body?: unknown): Promise<{ status: number; type: string; text: string }>;
}

export async function calendarClient(client: Client, scopes = CALENDAR_SCOPES): Promise<Calendar> {
  const token = await client.token(scopes);
  return {
    call: (method, path, init = {}) => client.call(method, path, { ...init, token }),
    control: async (method, path, body) => {
      const res = await fetch(`${client.emulator.url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    },
  };
}

/** An attendee of an event as Graph returns it. */
export type Attendee = {
  type: string;
  status: { response: string; time: string };
  emailAddress: { name: string; address: string };
};

/** December 2026, the month of the seeded invitation, as a calendarView window. */
export const DECEMBER = 'startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z';

/** The meeting messages a mailbox received (the emulator's control API). */
export async function invitationsOf(cal: Calendar, address: string): Promise<Record<string, unknown>[]> {
  const res = await cal.control('GET', `/_emulator/mailbox/${encodeURIComponent(address)}/invitations`);
  return (JSON.parse(res.text) as { value: Record<string, unknown>[] }).value;
}
