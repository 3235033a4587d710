import { screen } from '@testing-library/react';
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
