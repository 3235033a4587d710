import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { Meeting } from '../../../src/domain/planning';
import type { ListedMeeting } from '../../../src/domain/lists';
import { emptyMinutes } from '../../../src/domain/minutes';
import { invitedMeeting, setupProtokoll } from './setupProtokoll';

const dateField = () => screen.getByLabelText('Datum des nächsten Treffens');
const confirm = () => screen.getByRole('button', { name: 'Nächstes Treffen festlegen' });

function gateway() {
  const saveMeeting = jest.fn((meeting: Meeting) => Promise.resolve({ itemId: `item-${meeting.id}`, etag: '"1"' }));
  const addReminder = jest.fn(() => Promise.resolve({ id: 'task-1', recovered: false }));
  const findMeeting = jest.fn(() => Promise.resolve(undefined as ListedMeeting | undefined));
  return {
    saveMeeting,
    addReminder,
    findMeeting,
    options: { planning: { saveMeeting, findMeeting }, reminders: { addReminder } },
  };
}

describe('Protokoll: the next meeting', () => {
  it('fixes the date, creates the next planned meeting with the standard agenda and its reminder', async () => {
    const fake = gateway();
    const { user, latest } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());

    await screen.findByText(/Das Treffen am Dienstag, 15\. Juni 2027 ist in der SharePoint-Liste angelegt/);
    expect(
      screen.getByText(/am Dienstag, 25\. Mai 2027 um 9:00 Uhr daran, die Einladung zu verschicken/),
    ).toBeInTheDocument();
    expect(latest.meeting.minutes?.nextMeetingDate).toBe('2027-06-15');
    expect(latest.meeting.status).toBe('durchgeführt');
    expect(latest.meeting.id).toBe('m-2027-03');

    expect(fake.saveMeeting).toHaveBeenCalledTimes(1);
    const [next, ref] = fake.saveMeeting.mock.calls[0] as unknown as [Meeting, unknown];
    expect(ref).toBeUndefined();
    expect(next).toMatchObject({ date: '2027-06-15', status: 'geplant', startTime: '15:00' });
    expect(next.id).not.toBe(latest.meeting.id);
    expect(next.agenda.map((item) => item.title)).toEqual([
      'Begrüßung und Vorstellungsrunde',
      'Aktuelles aus dem Landkreis',
      'Aktuelles aus den Initiativen',
      'Kaffeepause',
      'Input von dritter Seite',
      'Termine und nächstes Treffen',
    ]);
    expect(fake.addReminder).toHaveBeenCalledWith({
      title: 'Einladung zum Vernetzungstreffen am Dienstag, 15. Juni 2027 verschicken',
      body: expect.stringContaining('Einladung'),
      dueDate: '2027-05-25',
    });
    expect(screen.getByText('Festgelegt: Dienstag, 15. Juni 2027.')).toBeInTheDocument();
  });

  it('takes a date typed with a two-digit year and confirmed with Enter, without leaving the field', async () => {
    const fake = gateway();
    const { user, latest } = await setupProtokoll({ gateway: fake.options });
    await user.type(dateField(), '15.06.27{Enter}');
    await screen.findByText(/Das Treffen am Dienstag, 15\. Juni 2027 ist in der SharePoint-Liste angelegt/);
    expect(latest.meeting.minutes?.nextMeetingDate).toBe('2027-06-15');
    expect(fake.saveMeeting).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Bitte ein Datum wählen.')).not.toBeInTheDocument();
  });

  it('moves the meeting planned for the first date when the date is changed, never making a second one', async () => {
    const fake = gateway();
    const { user, latest } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());
    await screen.findByText(/Das Treffen am Dienstag, 15\. Juni 2027 ist in der SharePoint-Liste angelegt/);

    fireEvent.change(dateField(), { target: { value: '2027-06-22' } });
    await user.click(confirm());
    await screen.findByText(/Das geplante Treffen vom Dienstag, 15\. Juni 2027 ist auf diesen Tag verlegt/);
    expect(fake.saveMeeting).toHaveBeenCalledTimes(2);
    const [first] = fake.saveMeeting.mock.calls[0] as unknown as [Meeting];
    const [moved, ref] = fake.saveMeeting.mock.calls[1] as unknown as [Meeting, unknown];
    expect(moved.id).toBe(first.id);
    expect(moved.date).toBe('2027-06-22');
    expect(ref).toEqual({ itemId: `item-${first.id}`, etag: '"1"' });
    expect(fake.addReminder).toHaveBeenLastCalledWith(expect.objectContaining({ dueDate: '2027-06-01' }));
    expect(latest.meeting.minutes?.nextMeetingDate).toBe('2027-06-22');
  });

  it('moves a planned meeting found in the list for the date fixed in an earlier session', async () => {
    const fake = gateway();
    const planned: Meeting = { ...invitedMeeting(), id: 'm-2027-06', date: '2027-06-15', status: 'geplant' };
    delete planned.invitation;
    const listed: ListedMeeting = {
      itemId: '12',
      etag: '"4"',
      webUrl: '',
      date: '2027-06-15',
      status: 'geplant',
      venueName: '',
      meeting: planned,
    };
    const minutes = { ...emptyMinutes(), nextMeetingDate: '2027-06-15' };
    const { user } = await setupProtokoll({
      gateway: fake.options,
      model: { meetings: [listed] },
      meeting: invitedMeeting({ status: 'durchgeführt', minutes }),
    });
    fireEvent.change(dateField(), { target: { value: '2027-06-29' } });
    await user.click(confirm());
    await screen.findByText(/ist auf diesen Tag verlegt/);
    expect(fake.saveMeeting).toHaveBeenCalledTimes(1);
    expect(fake.saveMeeting.mock.calls[0]).toEqual([
      expect.objectContaining({ id: 'm-2027-06', date: '2027-06-29' }),
      { itemId: '12', etag: '"4"' },
    ]);
  });

  it('records on the next meeting that its invitation reminder is in To Do, made before the item', async () => {
    const fake = gateway();
    const { user } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());
    await screen.findByText(/ist in der SharePoint-Liste angelegt/);
    const [next] = fake.saveMeeting.mock.calls[0] as unknown as [Meeting];
    expect(next.invitation).toEqual({ reminderAddedAt: '2027-03-16T16:15:00.000Z' });
    expect(fake.addReminder.mock.invocationCallOrder[0]).toBeLessThan(fake.saveMeeting.mock.invocationCallOrder[0]!);
  });

  it('does not claim the reminder on the next meeting when adding it failed', async () => {
    const fake = gateway();
    fake.addReminder.mockRejectedValueOnce(new AppError('throttled', '429'));
    const { user } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());
    await screen.findByText(/ist angelegt, aber die Erinnerung in Microsoft To Do fehlt noch/);
    const [next] = fake.saveMeeting.mock.calls[0] as unknown as [Meeting];
    expect(next.invitation?.reminderAddedAt).toBeUndefined();
  });

  it('after a failed create adds no second reminder', async () => {
    const fake = gateway();
    fake.saveMeeting.mockRejectedValueOnce(new AppError('offline', 'dropped'));
    const { user } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());
    await screen.findByText('Das nächste Treffen wurde nicht angelegt.');
    await user.click(screen.getByRole('button', { name: 'Noch einmal versuchen' }));
    await screen.findByText(/ist in der SharePoint-Liste angelegt/);
    expect(fake.addReminder).toHaveBeenCalledTimes(1);
    const [again] = fake.saveMeeting.mock.calls[1] as unknown as [Meeting];
    expect(again.invitation?.reminderAddedAt).toBe('2027-03-16T16:15:00.000Z');
  });

  it('refuses a date on or before this meeting with the German reason, creating nothing', async () => {
    const fake = gateway();
    const { user, latest } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-03-10' } });
    await user.click(confirm());
    expect(dateField()).toHaveAccessibleDescription(
      'Das nächste Treffen muss nach diesem Treffen (16.03.2027) liegen. Bitte ein späteres Datum wählen.',
    );
    await user.click(confirm());
    expect(fake.saveMeeting).not.toHaveBeenCalled();
    expect(latest.meeting.minutes).toBeUndefined();
    fireEvent.change(dateField(), { target: { value: '' } });
    await user.click(confirm());
    expect(dateField()).toHaveAccessibleDescription('Bitte ein Datum wählen.');
  });

  it('after a failed reminder offers it again without a second meeting', async () => {
    const fake = gateway();
    fake.addReminder.mockRejectedValueOnce(new AppError('throttled', '429'));
    const { user } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());
    await screen.findByText(/ist angelegt, aber die Erinnerung in Microsoft To Do fehlt noch/);
    await user.click(screen.getByRole('button', { name: 'Noch einmal versuchen' }));
    await screen.findByText(/ist in der SharePoint-Liste angelegt/);
    expect(fake.saveMeeting).toHaveBeenCalledTimes(1);
    expect(fake.addReminder).toHaveBeenCalledTimes(2);
  });

  it('after a failed create looks for the item before creating it again', async () => {
    const fake = gateway();
    fake.saveMeeting.mockRejectedValueOnce(new AppError('offline', 'dropped'));
    const { user } = await setupProtokoll({ gateway: fake.options });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());
    await screen.findByText('Das nächste Treffen wurde nicht angelegt.');
    await user.click(screen.getByRole('button', { name: 'Noch einmal versuchen' }));
    await screen.findByText(/ist in der SharePoint-Liste angelegt/);
    const ids = fake.saveMeeting.mock.calls.map(([m]) => m.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(fake.findMeeting).toHaveBeenCalledWith(ids[0]);
  });

  it('does not create a second meeting for a date the list already has', async () => {
    const fake = gateway();
    const existing: ListedMeeting = {
      itemId: '12',
      etag: '"1"',
      webUrl: '',
      date: '2027-06-15',
      status: 'geplant',
      venueName: '',
    };
    const { user } = await setupProtokoll({ gateway: fake.options, model: { meetings: [existing] } });
    fireEvent.change(dateField(), { target: { value: '2027-06-15' } });
    await user.click(confirm());
    await waitFor(() =>
      expect(screen.getByText(/gibt es schon ein Treffen in der SharePoint-Liste/)).toBeInTheDocument(),
    );
    expect(fake.saveMeeting).not.toHaveBeenCalled();
  });
});
