import { fireEvent, screen } from '@testing-library/react';
import { setup } from './setupPlanen';

describe('Planen: date and time', () => {
  it('shows the date, the start, the end time and the invitation due date', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Termin', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('2027-03-16');
    expect(screen.getByLabelText('Beginn')).toHaveValue('15:00');
    expect(screen.getByText('bis 18:00 Uhr (3 Stunden)')).toBeInTheDocument();
    expect(screen.getByText('Einladung versenden bis Dienstag, 23. Februar 2027')).toBeInTheDocument();
  });

  it('warns in plain German about Easter Monday in the Easter holidays', () => {
    const { latest } = setup();
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2027-03-29' } });
    expect(latest.meeting.date).toBe('2027-03-29');
    expect(screen.getByText('Der 29. März 2027 ist ein Feiertag (Ostermontag).')).toBeInTheDocument();
    expect(screen.getByText('Der Tag fällt in die Osterferien.')).toBeInTheDocument();
    expect(screen.getByText('Einladung versenden bis Montag, 8. März 2027')).toBeInTheDocument();
  });

  it('says when the invitation is overdue and when there are no school holiday data', () => {
    setup({ today: '2027-03-02' });
    expect(screen.getByText('Die Einladung ist seit 7 Tagen fällig.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2030-03-12' } });
    expect(
      screen.getByText('Für dieses Datum sind keine Schulferien hinterlegt; bitte selbst prüfen.'),
    ).toBeInTheDocument();
  });

  it('keeps an empty date or time on screen with a message and stores nothing', () => {
    const { update, latest } = setup();
    const date = screen.getByLabelText('Datum des Treffens');
    fireEvent.change(date, { target: { value: '' } });
    expect(date).toHaveValue('');
    expect(date).toHaveAccessibleDescription('Bitte ein Datum wählen.');
    const start = screen.getByLabelText('Beginn');
    fireEvent.change(start, { target: { value: '' } });
    expect(screen.getByText('Bitte eine Uhrzeit wie 15:00 eingeben.')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
    expect(latest.meeting.date).toBe('2027-03-16');

    fireEvent.change(start, { target: { value: '16:30' } });
    expect(latest.meeting.startTime).toBe('16:30');
    expect(screen.getByText('bis 19:30 Uhr (3 Stunden)')).toBeInTheDocument();
  });

  it('takes a proposed date', async () => {
    const { user, latest } = setup();
    await user.click(screen.getByRole('button', { name: 'Vorschlag: Di., 09.03.2027' }));
    expect(latest.meeting.date).toBe('2027-03-09');
    expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('2027-03-09');
  });
});
