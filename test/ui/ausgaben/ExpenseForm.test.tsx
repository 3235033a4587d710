import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expenseLine } from '../../fixtures/expenseLine';
import { meetingWith, setupAusgaben } from './setupAusgaben';

const form = () => screen.getByRole('form', { name: 'Ausgabe erfassen' });
const inForm = () => within(form());

async function fill(user: UserEvent, values: { category?: string; description?: string; amount?: string }) {
  if (values.category) await user.selectOptions(inForm().getByLabelText(/Kategorie/), values.category);
  if (values.description) await user.type(inForm().getByLabelText(/Wofür/), values.description);
  if (values.amount) await user.type(inForm().getByLabelText(/Betrag in Euro/), values.amount);
}

describe('Ausgaben: adding a line', () => {
  it('takes an amount typed the German way and adds 12,50 €', async () => {
    const { user, latest } = setupAusgaben();
    expect(screen.getByText('Noch keine Ausgaben erfasst.')).toBeInTheDocument();
    await fill(user, { category: 'Getränke', description: 'Wasser und Saft', amount: '12,50' });
    await user.type(inForm().getByLabelText(/Bezahlt von/), 'M. Albers');
    await user.type(inForm().getByLabelText(/Belegnummer/), 'R-17{Enter}');

    expect(latest.meeting.expenses).toEqual([
      {
        id: 'new-1',
        category: 'Getränke',
        description: 'Wasser und Saft',
        amountCents: 1250,
        paidBy: 'M. Albers',
        receiptNumber: 'R-17',
      },
    ]);
    const list = screen.getByRole('list');
    expect(within(list).getByText('12,50 €')).toBeInTheDocument();
    expect(within(list).getByText('Wasser und Saft')).toBeInTheDocument();
    expect(screen.getByText('„Wasser und Saft“ mit 12,50 € hinzugefügt.')).toHaveAttribute('role', 'status');
    expect(inForm().getByLabelText(/Betrag in Euro/)).toHaveValue('');
    expect(inForm().getByLabelText(/Kategorie/)).toHaveFocus();
  });

  it('adds the next line with a fresh id', async () => {
    const { user, latest } = setupAusgaben();
    await fill(user, { category: 'Raum', description: 'Saalmiete', amount: '1.234,5{Enter}' });
    await fill(user, { category: 'Honorar', description: 'Input Jobcenter', amount: '150{Enter}' });
    expect(latest.meeting.expenses?.map((l) => [l.id, l.amountCents])).toEqual([
      ['new-1', 123450],
      ['new-2', 15000],
    ]);
  });

  it('says in German what is wrong with "12.5x", keeps the text and stores nothing', async () => {
    const { user, update } = setupAusgaben();
    await fill(user, { category: 'Verpflegung', description: 'Kuchen', amount: '12.5x' });
    await user.click(inForm().getByRole('button', { name: 'Ausgabe hinzufügen' }));

    const amount = inForm().getByLabelText(/Betrag in Euro/);
    expect(amount).toHaveValue('12.5x');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(
      expect.stringContaining('„12.5x“ ist kein Betrag. Bitte einen Betrag wie 12,50 eingeben.'),
    );
    expect(amount).toHaveFocus();
    expect(inForm().getByLabelText(/Wofür/)).toHaveValue('Kuchen');
    expect(update).not.toHaveBeenCalled();

    await user.clear(amount);
    await user.type(amount, '12,5');
    expect(amount).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/ist kein Betrag/)).not.toBeInTheDocument();
  });

  it('names every missing field and moves the focus to the first one', async () => {
    const { user, update } = setupAusgaben();
    await user.click(inForm().getByRole('button', { name: 'Ausgabe hinzufügen' }));
    const category = inForm().getByLabelText(/Kategorie/);
    expect(category).toHaveFocus();
    expect(category).toHaveAttribute('aria-invalid', 'true');
    expect(category).toHaveAccessibleDescription(expect.stringContaining('Bitte eine Kategorie wählen'));
    expect(inForm().getByLabelText(/Wofür/)).toHaveAccessibleDescription(
      expect.stringContaining('Bitte beschreiben, wofür das Geld ausgegeben wurde'),
    );
    expect(inForm().getByLabelText(/Betrag in Euro/)).toHaveAccessibleDescription(
      expect.stringContaining('Der Betrag fehlt. Bitte einen Betrag wie 12,50 eingeben.'),
    );
    expect(update).not.toHaveBeenCalled();
  });

  it('keeps what was typed in the form across a reload of the pane', async () => {
    const first = setupAusgaben();
    await fill(first.user, { category: 'Fahrtkosten', description: 'Bahnfahrt Referentin', amount: '12.5x' });
    first.unmount();

    setupAusgaben({ drafts: first.drafts });
    expect(inForm().getByLabelText(/Kategorie/)).toHaveValue('Fahrtkosten');
    expect(inForm().getByLabelText(/Wofür/)).toHaveValue('Bahnfahrt Referentin');
    expect(inForm().getByLabelText(/Betrag in Euro/)).toHaveValue('12.5x');
  });

  it('forgets the form once the line is added', async () => {
    const first = setupAusgaben();
    await fill(first.user, { category: 'Raum', description: 'Saalmiete', amount: '40{Enter}' });
    first.unmount();
    setupAusgaben({ drafts: first.drafts, meeting: meetingWith({ expenses: [expenseLine()] }) });
    expect(inForm().getByLabelText(/Wofür/)).toHaveValue('');
  });
});
