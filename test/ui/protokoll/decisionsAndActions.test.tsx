import { fireEvent, screen, within } from '@testing-library/react';
import { axeViolations } from '../support/axe';
import { invitedMeeting, setupProtokoll } from './setupProtokoll';

const section = (heading: string) => screen.getByRole('heading', { name: heading, level: 3 }).closest('section')!;

describe('Protokoll: decisions', () => {
  it('adds, edits and removes decisions, keeping the focus where the user is', async () => {
    const { user, latest } = await setupProtokoll();
    expect(within(section('Beschlüsse')).getByText('Noch keine Beschlüsse.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Beschluss hinzufügen' }));
    const first = screen.getByRole('textbox', { name: 'Beschluss 1' });
    expect(first).toHaveFocus();
    await user.type(first, 'Die Checkliste wird über den Verteiler geteilt.');
    await user.click(screen.getByRole('button', { name: 'Beschluss hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Beschluss 2' }), 'Sommerfest im Juli.');
    expect(latest.meeting.minutes?.decisions.map((d) => d.text)).toEqual([
      'Die Checkliste wird über den Verteiler geteilt.',
      'Sommerfest im Juli.',
    ]);
    expect(latest.meeting.status).toBe('durchgeführt');

    await user.click(screen.getByRole('button', { name: 'Beschluss 1 entfernen' }));
    expect(latest.meeting.minutes?.decisions.map((d) => d.text)).toEqual(['Sommerfest im Juli.']);
    expect(screen.getByRole('button', { name: 'Beschluss hinzufügen' })).toHaveFocus();
  });

  it('asks for the sentence of an empty decision once the user has left it', async () => {
    const { user } = await setupProtokoll();
    await user.click(screen.getByRole('button', { name: 'Beschluss hinzufügen' }));
    const message = 'Bitte den Beschluss in einem Satz eintragen oder die leere Zeile löschen.';
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Beschluss 1' })).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('Protokoll: action items', () => {
  it('records what, who (person or initiative) and the due date', async () => {
    const { user, latest } = await setupProtokoll();
    await user.click(screen.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    const item = screen.getByRole('group', { name: 'Aufgabe 1' });
    expect(within(item).getByRole('textbox', { name: 'Was ist zu tun?' })).toHaveFocus();
    await user.keyboard('Checkliste verschicken');
    await user.type(within(item).getByRole('textbox', { name: /^Wer/ }), 'Netzwerk Asyl Uslar');
    fireEvent.change(within(item).getByLabelText(/^Bis wann/), { target: { value: '2027-04-30' } });
    expect(latest.meeting.minutes?.actionItems).toEqual([
      { id: expect.any(String), what: 'Checkliste verschicken', who: 'Netzwerk Asyl Uslar', due: '2027-04-30' },
    ]);
    fireEvent.change(within(item).getByLabelText(/^Bis wann/), { target: { value: '' } });
    expect(latest.meeting.minutes?.actionItems[0]).not.toHaveProperty('due');
  });

  it('shows the German problem under each field', async () => {
    const meeting = invitedMeeting({
      minutes: {
        notes: {},
        decisions: [],
        actionItems: [{ id: 'a1', what: '', who: 'Ute Schaper', due: '2027-03-01' }],
        attendance: [],
      },
    });
    await setupProtokoll({ meeting });
    const item = screen.getByRole('group', { name: 'Aufgabe 1' });
    expect(within(item).getByRole('textbox', { name: 'Was ist zu tun?' })).toHaveAccessibleDescription(
      expect.stringContaining(
        'Bitte eintragen, was zu tun ist (z. B. „Checkliste verschicken“), oder die Aufgabe löschen.',
      ),
    );
    expect(within(item).getByLabelText(/^Bis wann/)).toHaveAccessibleDescription(
      expect.stringContaining('Die Frist liegt vor dem Treffen (16.03.2027).'),
    );
  });

  it('removes an action item and warns about individual cases in it', async () => {
    const { user, latest, container } = await setupProtokoll();
    await user.click(screen.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    await user.keyboard('Frau Petrowa wegen ihrer Duldung anrufen');
    expect(screen.getByText(/„Frau Petrowa“ sieht nach dem Namen einer Person aus/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Aufgabe 1 entfernen' }));
    expect(latest.meeting.minutes?.actionItems).toEqual([]);
    expect(screen.getByRole('button', { name: 'Aufgabe hinzufügen' })).toHaveFocus();
  });
});
