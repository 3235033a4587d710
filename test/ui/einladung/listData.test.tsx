import { screen, waitFor } from '@testing-library/react';
import type { Invitation } from '../../../src/domain/invitation';
import type { Meeting } from '../../../src/domain/planning';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { listReply, setupEinladung, storedEvent } from './setupEinladung';

/** The meeting as filed after sending, with the Outlook link as the list holds it. */
const sentWith = (webLink: string): Meeting => ({
  ...plannedMeeting,
  status: 'eingeladen',
  invitation: { eventId: 'evt-1', iCalUId: 'uid-evt-1', webLink, sentAt: '2027-01-25T08:00:00Z' },
});

const get = () => Promise.resolve(storedEvent([listReply]));

describe('Einladung: the Outlook link from the list opens only Outlook', () => {
  it('links to the event in Outlook on the web', async () => {
    const webLink = 'https://outlook.office365.com/owa/?itemid=AAMkAG%3D&exvsurl=1&path=/calendar/item';
    await setupEinladung({ meeting: sentWith(webLink), gateway: { events: { get } } });
    expect(await screen.findByRole('link', { name: 'Termin in Outlook öffnen' })).toHaveAttribute('href', webLink);
  });

  it.each([
    'javascript:alert(document.cookie)',
    'https://outlook.office.com.evil.example/calendar/item/evt-1',
    'https://evil.example/?https://outlook.office.com/calendar',
  ])('shows no link for %s', async (webLink) => {
    await setupEinladung({ meeting: sentWith(webLink), gateway: { events: { get } } });
    expect(await screen.findByText(/Verschickt am/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Termin in Outlook öffnen' })).not.toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('Einladung: a room mailbox from the venues list is checked like every address', () => {
  const wrongRoom: Meeting = {
    ...plannedMeeting,
    venue: { ...plannedMeeting.venue!, roomMailbox: 'Sitzungssaal Kreishaus' },
  };

  it('says in German that the room is not booked and why, and never sends to that address', async () => {
    const send = jest.fn((invitation: Invitation) => Promise.resolve({ ...storedEvent([listReply]), invitation }));
    const { user } = await setupEinladung({
      meeting: wrongRoom,
      today: '2027-02-23',
      gateway: { invitation: { send }, events: { get } },
    });
    expect(screen.getByText('Nicht eingeladen: keine gültige E-Mail-Adresse.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Der Raum „Kreishaus Northeim“ wird nicht gebucht: Sein Raumpostfach „Sitzungssaal Kreishaus“ in der ' +
          'Liste „Treffpunkt-Orte“ ist keine E-Mail-Adresse. Bitte es dort korrigieren.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Einladung jetzt senden' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const sent = send.mock.calls[0]![0];
    expect(sent.attendees.map((a) => a.address)).not.toContain('Sitzungssaal Kreishaus');
    expect(sent.attendees.some((a) => a.type === 'resource')).toBe(false);
  });

  it('says nothing for a proper room mailbox', async () => {
    await setupEinladung();
    expect(screen.queryByText('Nicht eingeladen: keine gültige E-Mail-Adresse.')).not.toBeInTheDocument();
  });

  it('says it in English in an English Outlook', async () => {
    await setupEinladung({ meeting: wrongRoom, language: 'en' });
    expect(screen.getByText('Not invited: no valid email address.')).toBeInTheDocument();
    expect(screen.getByText(/The room “Kreishaus Northeim” is not booked: its room mailbox/)).toBeInTheDocument();
  });
});
