import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setup } from './setupPlanen';

describe('Planen: date and time', () => {
  it('shows the date, the start, the end time and the invitation due date', async () => {
    await setup();
    expect(screen.getByRole('heading', { name: 'Termin', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('16.03.2027');
    expect(screen.getByLabelText('Beginn')).toHaveValue('15:00');
    expect(screen.getByText('bis 18:00 Uhr (3 Stunden)')).toBeInTheDocument();
    expect(screen.getByText('Einladung versenden bis Dienstag, 23. Februar 2027')).toBeInTheDocument();
  });

  it('warns in plain German about Easter Monday in the Easter holidays', async () => {
    const { latest } = await setup();
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2027-03-29' } });
    expect(latest.meeting.date).toBe('2027-03-29');
    expect(screen.getByText('Der 29. März 2027 ist ein Feiertag (Ostermontag).')).toBeInTheDocument();
    expect(screen.getByText('Der Tag fällt in die Osterferien.')).toBeInTheDocument();
    expect(screen.getByText('Einladung versenden bis Montag, 8. März 2027')).toBeInTheDocument();
  });

  it('says when the invitation is overdue and when there are no school holiday data', async () => {
    await setup({ today: '2027-03-02' });
    expect(screen.getByText('Die Einladung ist seit 7 Tagen fällig.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2030-03-12' } });
    expect(
      screen.getByText('Für dieses Datum sind keine Schulferien hinterlegt; bitte selbst prüfen.'),
    ).toBeInTheDocument();
  });

  it('keeps an empty date or time on screen with a message and stores nothing', async () => {
    const { update, latest } = await setup();
    const date = screen.getByLabelText('Datum des Treffens');
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.blur(date);
    expect(date).toHaveValue('');
    expect(date).toHaveAccessibleDescription('Bitte ein Datum wählen.');
    const start = screen.getByLabelText('Beginn');
    fireEvent.change(start, { target: { value: '' } });
    fireEvent.blur(start);
    expect(screen.getByText('Bitte eine Uhrzeit wie 15:00 eingeben.')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
    expect(latest.meeting.date).toBe('2027-03-16');

    fireEvent.change(start, { target: { value: '16:30' } });
    expect(latest.meeting.startTime).toBe('16:30');
    expect(screen.getByText('bis 19:30 Uhr (3 Stunden)')).toBeInTheDocument();
  });

  it('takes a proposed date', async () => {
    const { user, latest } = await setup();
    await user.click(screen.getByRole('button', { name: 'Vorschlag: Di., 09.03.2027' }));
    expect(latest.meeting.date).toBe('2027-03-09');
    expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('09.03.2027');
  });

  it('takes a date typed the German way, and keeps text that is no date with a message', async () => {
    const { user, latest } = await setup();
    const date = screen.getByLabelText('Datum des Treffens');
    await user.clear(date);
    await user.type(date, '30.3.2027');
    expect(latest.meeting.date).toBe('2027-03-30');
    await user.clear(date);
    await user.type(date, '31.04.2027');
    await user.tab();
    expect(date).toHaveValue('31.04.2027');
    expect(date).toHaveAccessibleDescription('Bitte ein Datum wie 16.03.2027 eingeben.');
    expect(latest.meeting.date).toBe('2027-03-30');
    await user.clear(date);
    await user.type(date, '6.4.27');
    await user.tab();
    expect(latest.meeting.date).toBe('2027-04-06');
    expect(date).toHaveValue('06.04.2027');
  });

  it('picks a date from the German calendar, weeks from Monday', async () => {
    const { user, latest } = await setup();
    await user.click(screen.getByRole('button', { name: 'Kalender für „Datum des Treffens“ öffnen' }));
    const march = await screen.findByRole('grid', { name: /März 2027/ });
    expect(
      within(march)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']));
    await user.click(within(march).getByRole('button', { name: '23, März, 2027' }));
    expect(latest.meeting.date).toBe('2027-03-23');
    expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('23.03.2027');
  });

  it('takes a time on the 24-hour clock, typed or picked', async () => {
    const { user, latest } = await setup();
    // A plain field until the user reaches it; then Fluent's time picker takes the focus over.
    await user.click(screen.getByLabelText('Beginn'));
    const start = await screen.findByRole('combobox', { name: 'Beginn' });
    await waitFor(() => expect(start).toHaveFocus());
    await user.clear(start);
    await user.type(start, '16.30');
    expect(latest.meeting.startTime).toBe('16:30');
    await user.clear(start);
    await user.type(start, '3 PM');
    await user.tab();
    expect(start).toHaveValue('3 PM');
    expect(screen.getByText('Bitte eine Uhrzeit wie 15:00 eingeben (24 Stunden).')).toBeInTheDocument();
    expect(latest.meeting.startTime).toBe('16:30');
  });
});
