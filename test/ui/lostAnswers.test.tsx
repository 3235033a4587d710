import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../src/domain/appError';
import type { Meeting } from '../../src/domain/planning';
import type { ItemRef } from '../../src/graph/planningGateway';
import type { ListedMeeting } from '../../src/graph/meetingMapping';
import { setupEinladung, storedEvent } from './einladung/setupEinladung';
import { setupProtokoll } from './protokoll/setupProtokoll';
import { fakeGateway, renderPane } from './support/renderPane';

const unknown = (what: string) => new AppError('unknown-outcome', `Ob ${what} …`, { status: 504 });
const REMINDER = 'Einladung zum Vernetzungstreffen am Dienstag, 16. März 2027 verschicken';

describe('Writes whose answer was lost: the pane says what happened', () => {
  it('Einladung: a reminder that may exist is looked for in To Do first, and added again only deliberately', async () => {
    const holdTheDate = jest.fn(() => Promise.resolve(storedEvent()));
    const addReminder = jest.fn(() => Promise.resolve('task-1')).mockRejectedValueOnce(unknown('die Erinnerung'));
    const { user, latest } = await setupEinladung({
      gateway: { invitation: { holdTheDate }, reminders: { addReminder } },
    });
    await user.click(screen.getByRole('button', { name: 'Termin vormerken' }));
    expect(
      await screen.findByText(
        'Der Termin ist vorgemerkt; ob die Erinnerung in Microsoft To Do angelegt ist, ist nicht sicher.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        new RegExp(`ob die Aufgabe „${REMINDER}“ am Dienstag, 23\\. Februar 2027 da ist\\. Nur wenn sie fehlt`),
      ),
    ).toBeInTheDocument();
    expect(latest.meeting.invitation?.reminderAddedAt).toBeUndefined();
    expect(addReminder).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Erinnerung anlegen' }));
    await screen.findByText(/Eine Erinnerung in Microsoft To Do ist angelegt\./);
    expect(addReminder).toHaveBeenCalledTimes(2);
  });

  it('Protokoll: a next meeting whose create answer was lost is looked for before it is created again', async () => {
    const saveMeeting = jest
      .fn((meeting: Meeting) => Promise.resolve({ itemId: `item-${meeting.id}`, etag: '"1"' }))
      .mockRejectedValueOnce(unknown('das Treffen'));
    const found: ListedMeeting = {
      itemId: 'item-found',
      etag: '"1"',
      webUrl: '',
      date: '2027-06-15',
      status: 'geplant',
      venueName: '',
    };
    const findMeeting = jest.fn(() => Promise.resolve(found));
    const addReminder = jest.fn(() => Promise.resolve('task-1'));
    const { user } = await setupProtokoll({
      gateway: { planning: { saveMeeting, findMeeting }, reminders: { addReminder } },
    });
    fireEvent.change(screen.getByLabelText('Datum des nächsten Treffens'), { target: { value: '2027-06-15' } });
    await user.click(screen.getByRole('button', { name: 'Nächstes Treffen festlegen' }));
    expect(await screen.findByText('Ob das nächste Treffen angelegt wurde, ist nicht sicher.')).toBeInTheDocument();
    expect(
      screen.getByText(/Treffpunkt sieht vor dem nächsten Versuch dort nach und legt es nie doppelt an/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Noch einmal versuchen' }));
    await screen.findByText(/Das Treffen am Dienstag, 15\. Juni 2027 ist in der SharePoint-Liste angelegt/);
    expect(findMeeting).toHaveBeenCalledTimes(1);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    expect(addReminder).toHaveBeenCalledTimes(1);
  });

  it('Planen: a new meeting whose create answer was lost is said, and saving again looks for it first', async () => {
    const user = userEvent.setup();
    const saveMeeting = jest
      .fn<Promise<ItemRef>, [Meeting, ItemRef | undefined]>(() => Promise.resolve({ itemId: '9', etag: '"2"' }))
      .mockRejectedValueOnce(unknown('das Treffen'));
    const findMeeting = jest.fn(() => Promise.resolve(undefined));
    renderPane(fakeGateway({ planning: { saveMeeting, findMeeting } }));
    await user.type(await screen.findByLabelText('Thema des Inputs'), 'Wohnraum');
    expect(
      await screen.findByText(
        /ob das Treffen in der SharePoint-Liste angelegt wurde, ließ sich noch nicht feststellen/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Jetzt speichern' }));
    await waitFor(() => expect(findMeeting).toHaveBeenCalled());
    await screen.findByText(/In SharePoint gespeichert um/);
    expect(saveMeeting.mock.calls.at(-1)![1]).toBeUndefined();
  });
});
