import { screen, within } from '@testing-library/react';
import { expenseLine } from '../../fixtures/expenseLine';
import { meetingWith, setupAusgaben } from './setupAusgaben';

describe('Ausgaben in English (Outlook in English)', () => {
  it('names the sections, the form and the actions in English; amounts stay German', async () => {
    const room = expenseLine({ id: 'l2', category: 'Raum', description: 'Saalmiete', amountCents: 4000 });
    const { user } = setupAusgaben({ meeting: meetingWith({ expenses: [room] }), language: 'en' });

    expect(screen.getByRole('heading', { name: 'Totals' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Recorded expenses' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Record an expense' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Expenses in 2027' })).toBeInTheDocument();
    const form = within(screen.getByRole('form', { name: 'Record an expense' }));
    expect(form.getByLabelText(/Amount in euros/)).toBeInTheDocument();
    expect(form.getByRole('button', { name: 'Add expense' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove “Saalmiete”' }));
    expect(screen.getByText('“Saalmiete” (40,00 €) removed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo removing “Saalmiete”' }));
    expect(screen.getByText('“Saalmiete” is back.')).toBeInTheDocument();
  });

  it('says in English what is wrong with a field', async () => {
    const { user, update } = setupAusgaben({ language: 'en' });
    const form = within(screen.getByRole('form', { name: 'Record an expense' }));
    await user.click(form.getByRole('button', { name: 'Add expense' }));
    expect(form.getByLabelText(/Category/)).toHaveAccessibleDescription(
      expect.stringContaining(
        'Please choose a category: Verpflegung, Getränke, Raum, Honorar, Fahrtkosten, Sonstiges.',
      ),
    );
    expect(form.getByLabelText(/What for/)).toHaveAccessibleDescription(
      expect.stringContaining('Please describe what the money was spent on'),
    );
    const amount = form.getByLabelText(/Amount in euros/);
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('The amount is missing.'));
    await user.type(amount, '12.5x');
    expect(amount).toHaveAccessibleDescription(
      expect.stringContaining('“12.5x” is not an amount. Please enter an amount like 12,50.'),
    );
    expect(update).not.toHaveBeenCalled();
  });

  it('says in English that final minutes make the expenses read-only', () => {
    setupAusgaben({ meeting: meetingWith({ status: 'protokolliert' }), language: 'en' });
    expect(screen.getByText('The minutes are final.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
