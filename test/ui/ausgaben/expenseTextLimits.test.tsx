import { screen, within } from '@testing-library/react';
import { setupAusgaben } from './setupAusgaben';

const inForm = () => within(screen.getByRole('form', { name: 'Ausgabe erfassen' }));

describe('Ausgaben: a line’s texts have their limits, with a counter near them', () => {
  it('near the limit a counter; over it the message at the field, nothing cut and nothing added', async () => {
    const { user, latest } = setupAusgaben();
    await user.selectOptions(inForm().getByLabelText(/Kategorie/), 'Raum');
    const description = inForm().getByLabelText(/Wofür/);
    await user.click(description);
    await user.paste('k'.repeat(190));
    expect(description).toHaveAccessibleDescription(expect.stringContaining('190 von 200 Zeichen'));
    expect(description).not.toHaveAttribute('aria-invalid', 'true');

    await user.paste('k'.repeat(20));
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(
      expect.stringContaining('Zu lang: höchstens 200 Zeichen – bitte kürzen oder aufteilen.'),
    );
    await user.type(inForm().getByLabelText(/Betrag in Euro/), '80{Enter}');
    expect(latest.meeting.expenses ?? []).toEqual([]);
    expect(description).toHaveValue('k'.repeat(210));

    const paidBy = inForm().getByLabelText(/Bezahlt von/);
    await user.click(paidBy);
    await user.paste('p'.repeat(101));
    expect(paidBy).toHaveAccessibleDescription(expect.stringContaining('Zu lang: höchstens 100 Zeichen'));
  });
});
