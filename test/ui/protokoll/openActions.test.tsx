import { act, screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { ListedMeeting } from '../../../src/domain/lists';
import type { ActionItem, Meeting } from '../../../src/domain/planning';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { axeViolations } from '../support/axe';
import { held, setupProtokoll } from './setupProtokoll';

const listed = (meeting: Meeting): ListedMeeting => ({
  itemId: meeting.id,
  etag: '"1"',
  webUrl: '',
  date: meeting.date,
  status: meeting.status,
  venueName: '',
  meeting,
});

/** The meeting before the fixture's (16 March 2027), with two actions. */
const november: Meeting = {
  ...heldMeeting,
  id: 'm-2026-11',
  date: '2026-11-10',
  status: 'protokolliert',
  minutes: {
    ...heldMeeting.minutes!,
    actionItems: [
      { id: 'n1', what: 'Raum für den Fachtag anfragen', who: 'Koordinierungsstelle', due: '2027-01-15' },
      { id: 'n2', what: 'Dolmetscherliste aktualisieren', who: 'Uslar' },
    ],
  },
};

const group = (what: string) => screen.getByRole('radiogroup', { name: `Stand: ${what}` });

describe('Protokoll: the open actions of the last meeting, marked erledigt or noch offen', () => {
  it('lists them open, and keeps each mark in the minutes; arrow keys change it', async () => {
    const { user, latest, container } = await setupProtokoll({
      meeting: held(),
      model: { meetings: [listed(november)] },
    });
    const list = screen.getByRole('list', { name: 'Aufgaben aus früheren Treffen' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('Wer: Koordinierungsstelle · bis 15.01.2027 · aus dem Treffen am 10.11.2026');
    expect(within(group('Raum für den Fachtag anfragen')).getByRole('radio', { name: 'noch offen' })).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(group('Raum für den Fachtag anfragen')).getByRole('radio', { name: 'erledigt' }));
    expect(latest.meeting.minutes!.carriedActions).toEqual([
      {
        id: 'n1',
        fromMeetingId: 'm-2026-11',
        fromDate: '2026-11-10',
        what: 'Raum für den Fachtag anfragen',
        who: 'Koordinierungsstelle',
        due: '2027-01-15',
        status: 'erledigt',
      },
    ]);
    const second = within(group('Dolmetscherliste aktualisieren')).getByRole('radio', { name: 'noch offen' });
    await user.click(second);
    await user.keyboard('{ArrowLeft}');
    await waitFor(() =>
      expect(latest.meeting.minutes!.carriedActions!.map((a) => [a.id, a.status])).toEqual([
        ['n1', 'erledigt'],
        ['n2', 'erledigt'],
      ]),
    );
  });

  it('shows the marks read-only once the minutes are final', async () => {
    const marked = held({
      status: 'protokolliert',
      minutes: {
        ...heldMeeting.minutes!,
        final: { at: '2027-03-17T09:00:00Z' },
        carriedActions: [
          {
            id: 'n1',
            fromMeetingId: november.id,
            fromDate: november.date,
            what: 'Raum für den Fachtag anfragen',
            who: '',
            status: 'erledigt',
          },
        ],
      },
    });
    await setupProtokoll({ meeting: marked, model: { meetings: [listed(november)] } });
    const done = within(group('Raum für den Fachtag anfragen')).getByRole('radio', { name: 'erledigt' });
    expect(done).toBeChecked();
    expect(done).toBeDisabled();
    expect(within(group('Dolmetscherliste aktualisieren')).getByRole('radio', { name: 'noch offen' })).toBeChecked();
  });

  it('speaks English in an English pane', async () => {
    await setupProtokoll({ meeting: held(), model: { meetings: [listed(november)] }, language: 'en' });
    expect(screen.getByRole('heading', { name: 'Open actions from the last meeting' })).toBeInTheDocument();
    const status = screen.getByRole('radiogroup', { name: 'Status: Raum für den Fachtag anfragen' });
    expect(within(status).getByRole('radio', { name: 'still open' })).toBeChecked();
    expect(screen.getAllByRole('checkbox', { name: 'Action for a colleague at the county' })).toHaveLength(1);
  });

  it('shows no such section when the last minutes left nothing open', async () => {
    await setupProtokoll({ meeting: held(), model: { meetings: [] } });
    expect(screen.queryByRole('list', { name: 'Aufgaben aus früheren Treffen' })).not.toBeInTheDocument();
  });
});

describe('Protokoll: an action for a county colleague as a task in Microsoft To Do, once', () => {
  const action: ActionItem = { id: 'a1', what: 'Checkliste verschicken', who: 'Miriam Albers', due: '2027-04-30' };
  const withAction = (a: ActionItem) => held({ minutes: { ...heldMeeting.minutes!, actionItems: [a] } });
  const forCounty = 'Aufgabe für eine Kollegin / einen Kollegen im Landkreis';

  it('is offered once ticked, made with its due date, then shows since when and never again', async () => {
    let answer: (value: { id: string; recovered: boolean }) => void = () => undefined;
    const addReminder = jest.fn(() => new Promise<{ id: string; recovered: boolean }>((r) => (answer = r)));
    const { user, latest, container } = await setupProtokoll({
      meeting: withAction(action),
      gateway: { reminders: { addReminder } },
    });
    expect(screen.queryByRole('button', { name: /in Microsoft To Do übernehmen/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: forCounty }));
    expect(latest.meeting.minutes!.actionItems[0]!.forCounty).toBe(true);
    const button = screen.getByRole('button', { name: '„Checkliste verschicken“ in Microsoft To Do übernehmen' });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(button);
    await user.click(button);
    expect(addReminder).toHaveBeenCalledTimes(1);
    expect(addReminder).toHaveBeenCalledWith(
      {
        title: 'Checkliste verschicken – Miriam Albers',
        body: 'Aufgabe aus dem Protokoll des Vernetzungstreffens am Dienstag, 16. März 2027 (zuständig: Miriam Albers).',
        dueDate: '2027-04-30',
      },
      { lookFirst: true },
    );
    await act(async () => answer({ id: 'task-1', recovered: false }));
    const since = await screen.findByText('In To Do seit Dienstag, 16. März 2027, 17:15 Uhr');
    expect(since).toHaveFocus();
    expect(latest.meeting.minutes!.actionItems[0]!.todo).toEqual({
      addedAt: '2027-03-16T16:15:00.000Z',
      taskId: 'task-1',
    });
    expect(screen.queryByRole('button', { name: /in Microsoft To Do übernehmen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: forCounty })).toBeDisabled();
  });

  it('asks for a due date before it offers the task', async () => {
    const noDue: ActionItem = { id: 'a1', what: 'Checkliste verschicken', who: 'Miriam Albers', forCounty: true };
    await setupProtokoll({ meeting: withAction(noDue) });
    expect(screen.getByText(/Mit einem Datum unter „Bis wann“/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /in Microsoft To Do übernehmen/ })).not.toBeInTheDocument();
  });

  it('names Tasks.ReadWrite when the grant is missing, and says it is never made twice after a lost answer', async () => {
    const refused = new AppError('forbidden', '403', { status: 403, capability: 'tasks', missing: 'Tasks.ReadWrite' });
    const lost = new AppError('unknown-outcome', 'lost');
    const addReminder = jest
      .fn()
      .mockRejectedValueOnce(refused)
      .mockRejectedValueOnce(lost)
      .mockResolvedValueOnce({ id: 'task-1', recovered: true });
    const { user, latest } = await setupProtokoll({
      meeting: withAction({ ...action, forCounty: true }),
      gateway: { reminders: { addReminder } },
    });
    const button = () => screen.getByRole('button', { name: /in Microsoft To Do übernehmen/ });
    await user.click(button());
    expect(await screen.findByText(/^Die IT des Landkreises muss erteilen: Tasks\.ReadWrite/)).toBeInTheDocument();
    await user.click(button());
    expect(await screen.findByText(/sieht beim nächsten Versuch zuerst dort nach/)).toBeInTheDocument();
    expect(latest.meeting.minutes!.actionItems[0]!.todo).toBeUndefined();
    await user.click(button());
    expect(await screen.findByText(/schon in Microsoft To Do; sie wurde nicht doppelt angelegt/)).toBeInTheDocument();
    expect(latest.meeting.minutes!.actionItems[0]!.todo).toEqual({
      addedAt: '2027-03-16T16:15:00.000Z',
      taskId: 'task-1',
    });
    expect(addReminder).toHaveBeenCalledTimes(3);
  });
});
