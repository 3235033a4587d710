import { screen, within } from '@testing-library/react';
import { expenseLine } from '../../fixtures/expenseLine';
import { meetingWith, setupAusgaben } from './setupAusgaben';

const coffee = expenseLine();
const room = expenseLine({ id: 'l2', category: 'Raum', description: 'Saalmiete', amountCents: 4000, paidBy: '' });
const fares = expenseLine({ id: 'l3', category: 'Fahrtkosten', description: 'Bahnfahrt', amountCents: 1880 });
const withLines = () => meetingWith({ expenses: [coffee, room, fares] });
const cards = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('Ausgaben: the list of lines', () => {
  it('shows each line as a card: category, amount, what for, who paid, receipt', () => {
    setupAusgaben({ meeting: withLines() });
    expect(cards()).toHaveLength(3);
    const first = within(cards()[0]!);
    expect(first.getByText('Verpflegung')).toBeInTheDocument();
    expect(first.getByText('24,90 €')).toBeInTheDocument();
    expect(first.getByText('Kaffee und Kekse')).toBeInTheDocument();
    expect(first.getByText('M. Albers')).toBeInTheDocument();
    expect(first.getByText('2026-014')).toBeInTheDocument();
    expect(within(cards()[1]!).getAllByText('–')).toHaveLength(1);
  });

  it('changes a line in its place and gives the focus back to its button', async () => {
    const { user, latest } = setupAusgaben({ meeting: withLines() });
    await user.click(screen.getByRole('button', { name: '„Saalmiete“ bearbeiten' }));
    const form = within(screen.getByRole('form', { name: '„Saalmiete“ ändern' }));
    const amount = form.getByLabelText(/Betrag in Euro/);
    expect(form.getByLabelText(/Kategorie/)).toHaveFocus();
    expect(amount).toHaveValue('40,00');
    await user.clear(amount);
    await user.type(amount, '45,5');
    await user.click(form.getByRole('button', { name: 'Änderung übernehmen' }));

    expect(latest.meeting.expenses?.map((l) => l.amountCents)).toEqual([2490, 4550, 1880]);
    expect(within(cards()[1]!).getByText('45,50 €')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '„Saalmiete“ bearbeiten' })).toHaveFocus();
    expect(screen.getByText('„Saalmiete“ geändert.')).toBeInTheDocument();
  });

  it('keeps a wrong change on screen with the message, and drops it only on "Abbrechen"', async () => {
    const { user, update } = setupAusgaben({ meeting: withLines() });
    await user.click(screen.getByRole('button', { name: '„Bahnfahrt“ bearbeiten' }));
    const form = within(screen.getByRole('form', { name: '„Bahnfahrt“ ändern' }));
    await user.clear(form.getByLabelText(/Wofür/));
    await user.click(form.getByRole('button', { name: 'Änderung übernehmen' }));
    expect(form.getByLabelText(/Wofür/)).toHaveFocus();
    expect(form.getByLabelText(/Wofür/)).toHaveAttribute('aria-invalid', 'true');
    await user.click(form.getByRole('button', { name: 'Abbrechen' }));
    expect(update).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '„Bahnfahrt“ bearbeiten' })).toHaveFocus();
  });

  it('keeps an unfinished change across a reload of the pane', async () => {
    const first = setupAusgaben({ meeting: withLines() });
    await first.user.click(screen.getByRole('button', { name: '„Kaffee und Kekse“ bearbeiten' }));
    const editing = within(screen.getByRole('form', { name: '„Kaffee und Kekse“ ändern' }));
    await first.user.type(editing.getByLabelText(/Belegnummer/), '-b');
    first.unmount();
    setupAusgaben({ meeting: withLines(), drafts: first.drafts });
    const form = within(screen.getByRole('form', { name: '„Kaffee und Kekse“ ändern' }));
    expect(form.getByLabelText(/Belegnummer/)).toHaveValue('2026-014-b');
  });

  it('removes a line with an undo that puts it back in its place', async () => {
    const { user, latest } = setupAusgaben({ meeting: withLines() });
    await user.click(screen.getByRole('button', { name: '„Saalmiete“ entfernen' }));
    expect(latest.meeting.expenses?.map((l) => l.id)).toEqual(['l1', 'l3']);
    expect(screen.getByText('„Saalmiete“ (40,00 €) entfernt.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Entfernen von „Saalmiete“ rückgängig machen' });
    expect(undo).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(latest.meeting.expenses?.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
    expect(screen.getByRole('button', { name: '„Saalmiete“ bearbeiten' })).toHaveFocus();
    expect(screen.getByText('„Saalmiete“ ist wieder da.')).toBeInTheDocument();
  });
});

describe('Ausgaben: final minutes', () => {
  it('shows the lines read-only, with the way to change them', () => {
    setupAusgaben({ meeting: meetingWith({ status: 'protokolliert', expenses: [coffee] }) });
    expect(screen.getByText('Das Protokoll ist abgeschlossen.')).toBeInTheDocument();
    expect(screen.getByText(/das Protokoll im Bereich „Protokoll“ wieder öffnen/)).toBeInTheDocument();
    expect(screen.getByText('Kaffee und Kekse')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /bearbeiten|entfernen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ausgabe hinzufügen' })).not.toBeInTheDocument();
  });
});
