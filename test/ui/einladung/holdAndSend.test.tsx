import { screen, waitFor } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import { buildInvitation, type Invitation } from '../../../src/domain/invitation';
import type { Meeting } from '../../../src/domain/planning';
import { defaultTeamSettings } from '../../../src/domain/settings';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { testConfig } from '../support/renderPane';
import { listReply, setupEinladung, storedEvent } from './setupEinladung';

const NOW = '2027-02-01T09:30:00.000Z';
const reminderText = 'Der Termin ist vorgemerkt, aber die Erinnerung in Microsoft To Do fehlt noch.';
const held: Meeting = { ...plannedMeeting, invitation: { eventId: 'evt-1', heldAt: '2027-01-20T08:00:00Z' } };

describe('Einladung: holding the date', () => {
  it('records the held event at once and offers the failed To Do reminder again on its own', async () => {
    const holdTheDate = jest.fn(() => Promise.resolve(storedEvent()));
    const addReminder = jest
      .fn(() => Promise.resolve({ id: 'task-1', recovered: false }))
      .mockRejectedValueOnce(new AppError('throttled', '429'));
    const get = jest.fn(() => Promise.resolve(storedEvent()));
    const { user, latest } = await setupEinladung({
      gateway: { invitation: { holdTheDate }, reminders: { addReminder }, events: { get } },
    });
    await user.click(screen.getByRole('button', { name: 'Termin vormerken' }));

    await screen.findByText(reminderText);
    expect(latest.meeting.invitation).toMatchObject({ eventId: 'evt-1', heldAt: NOW });
    expect(latest.meeting.invitation?.reminderAddedAt).toBeUndefined();
    expect(screen.getByText('Termin vorgemerkt (noch ohne Einladung)')).toBeInTheDocument();
    expect(screen.queryByText(/Eine Erinnerung in Microsoft To Do ist angelegt/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Noch einmal versuchen' }));
    await screen.findByText(/Eine Erinnerung in Microsoft To Do ist angelegt\./);
    expect(screen.queryByText(reminderText)).not.toBeInTheDocument();
    expect(holdTheDate).toHaveBeenCalledTimes(1);
    expect(addReminder).toHaveBeenCalledTimes(2);
    expect(addReminder).toHaveBeenLastCalledWith({
      title: 'Einladung zum Vernetzungstreffen am Dienstag, 16. März 2027 verschicken',
      body: expect.stringContaining('„Einladung“'),
      dueDate: '2027-02-23',
    });
    expect(latest.meeting.invitation).toMatchObject({ eventId: 'evt-1', heldAt: NOW, reminderAddedAt: NOW });
    // A held date has no replies to read.
    expect(get).not.toHaveBeenCalled();
  });

  it('adds no second reminder for a meeting whose reminder came with it from the Protokoll', async () => {
    const holdTheDate = jest.fn(() => Promise.resolve(storedEvent()));
    const addReminder = jest.fn(() => Promise.resolve({ id: 'task-1', recovered: false }));
    const meeting: Meeting = { ...plannedMeeting, invitation: { reminderAddedAt: '2026-12-01T17:00:00Z' } };
    const { user, latest } = await setupEinladung({
      meeting,
      gateway: { invitation: { holdTheDate }, reminders: { addReminder } },
    });
    expect(screen.getByText('Noch nicht eingeladen')).toBeInTheDocument();
    expect(
      screen.getByText(/Die Erinnerung für den Fälligkeitstag steht schon in Microsoft To Do/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Termin vormerken' }));
    await screen.findByText(/Eine Erinnerung in Microsoft To Do ist angelegt\./);
    expect(holdTheDate).toHaveBeenCalledTimes(1);
    expect(addReminder).not.toHaveBeenCalled();
    expect(latest.meeting.invitation).toMatchObject({
      eventId: 'evt-1',
      heldAt: NOW,
      reminderAddedAt: '2026-12-01T17:00:00Z',
    });
  });

  it('does not read the event of a held date, where there are no replies', async () => {
    const get = jest.fn(() => Promise.reject(new AppError('not-found', '404')));
    await setupEinladung({ meeting: held, gateway: { events: { get } } });
    expect(screen.getByText('Antworten gibt es, sobald die Einladung verschickt ist.')).toBeInTheDocument();
    expect(get).not.toHaveBeenCalled();
  });

  it('shows no "gone from Outlook" for a released hold', async () => {
    const get = jest.fn(() => Promise.reject(new AppError('not-found', '404')));
    const released: Meeting = {
      ...held,
      status: 'abgesagt',
      invitation: { ...held.invitation, cancelledAt: '2027-01-25T08:00:00Z', cancelMessage: '' },
    };
    await setupEinladung({ meeting: released, gateway: { events: { get } } });
    expect(screen.getByText('Treffen abgesagt')).toBeInTheDocument();
    expect(screen.queryByText(/Den Termin gibt es in Outlook nicht mehr/)).not.toBeInTheDocument();
    expect(get).not.toHaveBeenCalled();
  });
});

describe('Einladung: sending a held date', () => {
  it('sends the whole invitation as it is now (subject, time, place), onto the held event', async () => {
    const update = jest.fn((...[id]: [string, Invitation]) => Promise.resolve(storedEvent([listReply], id)));
    const send = jest.fn(() => Promise.resolve(storedEvent([listReply], 'evt-2')));
    const get = jest.fn(() => Promise.resolve(storedEvent([listReply])));
    // Held for 16 March in the Kreishaus; moved since to 23 March, 16:00.
    const moved: Meeting = { ...held, date: '2027-03-23', startTime: '16:00' };
    const { user, latest } = await setupEinladung({
      meeting: moved,
      today: '2027-03-02',
      gateway: { invitation: { update, send }, events: { get } },
    });
    await user.click(screen.getByRole('button', { name: 'Einladung jetzt senden' }));
    await screen.findByText('Einladung verschickt');

    expect(send).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledTimes(1);
    const [eventId, sent] = update.mock.calls[0]!;
    expect(eventId).toBe('evt-1');
    expect(sent).toEqual(buildInvitation(moved, defaultTeamSettings(testConfig.distributionList)));
    expect(sent).toMatchObject({
      subject: 'Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 23. März 2027',
      start: '2027-03-23T16:00:00',
      location: { displayName: expect.stringContaining('Kreishaus Northeim') },
    });
    expect(latest.meeting).toMatchObject({ status: 'eingeladen', invitation: { eventId: 'evt-1', sentAt: NOW } });
    // The answer of the update is shown; nothing is read again.
    await waitFor(() => expect(screen.getByText(/Der Verteiler ist als Ganzes eingeladen/)).toBeInTheDocument());
    expect(get).not.toHaveBeenCalled();
  });
});
