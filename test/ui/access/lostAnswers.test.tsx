import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { Meeting } from '../../../src/domain/planning';
import type { ItemRef, ListedMeeting } from '../../../src/domain/lists';
import { setupEinladung, storedEvent } from '../einladung/setupEinladung';
import { setupProtokoll } from '../protokoll/setupProtokoll';
import { fakeGateway, renderPane } from '../support/renderPane';

const unknown = (what: string) => new AppError('unknown-outcome', `Ob ${what} …`, { status: 504 });
const ITEM_FOUND =
  'Die Antwort von Microsoft 365 ging verloren; das Treffen war aber schon in SharePoint gespeichert. ' +
  'Es wurde nicht doppelt angelegt.';
const REMINDER_FOUND =
  'Die Antwort von Microsoft 365 ging verloren; die Erinnerung ist aber in To Do angelegt (nicht doppelt).';
const REMINDER = 'Einladung zum Vernetzungstreffen am Dienstag, 16. März 2027 verschicken';

describe('Writes whose answer was lost: the pane says what happened', () => {
  it('Einladung: a reminder that may exist is looked for in To Do first, and added again only deliberately', async () => {
    const holdTheDate = jest.fn(() => Promise.resolve(storedEvent()));
    const addReminder = jest
      .fn(() => Promise.resolve({ id: 'task-1', recovered: false }))
      .mockRejectedValueOnce(unknown('die Erinnerung'));
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
    const addReminder = jest.fn(() => Promise.resolve({ id: 'task-1', recovered: false }));
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

  it('Planen: a new meeting whose lost answer was found in the list is said once in the save status', async () => {
    const user = userEvent.setup();
    const saveMeeting = jest
      .fn<Promise<ItemRef & { recovered?: true }>, [Meeting, ItemRef | undefined]>(() =>
        Promise.resolve({ itemId: '9', etag: '"3"' }),
      )
      .mockResolvedValueOnce({ itemId: '9', etag: '"2"', recovered: true });
    renderPane(fakeGateway({ planning: { saveMeeting } }));
    // One change (pasted), so a busy machine's slow typing cannot start a second save before the first is said.
    await user.click(await screen.findByLabelText('Thema des Inputs'));
    await user.paste('Wohnraum');
    const status = await screen.findByText(new RegExp(`^In SharePoint gespeichert um \\d\\d:\\d\\d\\. ${ITEM_FOUND}$`));
    expect(status).toHaveAttribute('role', 'status');
    expect(saveMeeting).toHaveBeenCalledTimes(1);

    await user.paste(' und Arbeit');
    await waitFor(() => expect(saveMeeting).toHaveBeenCalledTimes(2));
    expect(saveMeeting.mock.calls[1]![1]).toEqual({ itemId: '9', etag: '"2"' });
    await waitFor(() => expect(screen.queryByText(new RegExp(ITEM_FOUND))).not.toBeInTheDocument());
    expect(screen.getByText(/^In SharePoint gespeichert um \d\d:\d\d$/)).toBeInTheDocument();
  });

  it('Einladung: a reminder whose lost answer was found in To Do is said where the held date is', async () => {
    const holdTheDate = jest.fn(() => Promise.resolve(storedEvent()));
    const addReminder = jest.fn(() => Promise.resolve({ id: 'task-1', recovered: true }));
    const { user, latest } = await setupEinladung({
      gateway: { invitation: { holdTheDate }, reminders: { addReminder } },
    });
    await user.click(screen.getByRole('button', { name: 'Termin vormerken' }));
    const said = await screen.findByText(REMINDER_FOUND);
    expect(said).toHaveAttribute('role', 'status');
    expect(addReminder).toHaveBeenCalledTimes(1);
    expect(latest.meeting.invitation?.reminderAddedAt).toBeDefined();
    expect(screen.getByText(/Eine Erinnerung in Microsoft To Do ist angelegt\./)).toBeInTheDocument();
  });

  it('Protokoll: a next meeting and its reminder whose lost answers were found are said with the outcome', async () => {
    const saveMeeting = jest.fn((meeting: Meeting) =>
      Promise.resolve({ itemId: `item-${meeting.id}`, etag: '"1"', recovered: true as const }),
    );
    const addReminder = jest.fn(() => Promise.resolve({ id: 'task-1', recovered: true }));
    const { user } = await setupProtokoll({ gateway: { planning: { saveMeeting }, reminders: { addReminder } } });
    fireEvent.change(screen.getByLabelText('Datum des nächsten Treffens'), { target: { value: '2027-06-15' } });
    await user.click(screen.getByRole('button', { name: 'Nächstes Treffen festlegen' }));
    const outcome = await screen.findByText(
      /Das Treffen am Dienstag, 15\. Juni 2027 ist in der SharePoint-Liste angelegt/,
    );
    expect(outcome.textContent).toContain(ITEM_FOUND);
    expect(outcome.textContent).toContain(REMINDER_FOUND);
    expect(outcome.closest('[role="status"]')).not.toBeNull();
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    expect(addReminder).toHaveBeenCalledTimes(1);
  });
});
