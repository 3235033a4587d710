import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expenseLine } from '../../fixtures/expenseLine';
import { meetingWith, setupAusgaben } from './setupAusgaben';

const form = () => within(screen.getByRole('form', { name: 'Ausgabe erfassen' }));
/** Amounts are written with a no-break space before the euro sign. */
const euro = (text: string) => text.replace(/ €/g, '\u00a0€');
/**
 * The question, found by its title; roles inside it need `hidden: true` in jsdom (see
 * test/ui/support/dialogs.ts: tabster may leave the open surface aria-hidden, without a computed name).
 */
const question = () =>
  screen.queryAllByRole('alertdialog', { hidden: true }).find((d) => d.textContent?.startsWith('Betrag prüfen'));
const asked = () =>
  waitFor(() => {
    const dialog = question();
    if (!dialog) throw new Error('Not asked.');
    return dialog;
  });

async function add(user: UserEvent, description: string, amount: string) {
  await user.selectOptions(form().getByLabelText(/Kategorie/), 'Raum');
  await user.type(form().getByLabelText(/Wofür/), description);
  await user.type(form().getByLabelText(/Betrag in Euro/), `${amount}{Enter}`);
}

describe('Ausgaben: an amount over 10.000 € is asked about once', () => {
  it('asks before adding 12.345,00 €; "Betrag ändern" takes nothing and returns to the amount', async () => {
    const { user, latest } = setupAusgaben();
    await add(user, 'Saalmiete', '12345');

    const dialog = await asked();
    expect(dialog).toHaveTextContent(
      'Stimmt der Betrag von 12.345,00 €? Das ist mehr als 10.000,00 € und für ein Treffen ungewöhnlich viel',
    );
    expect(latest.meeting.expenses ?? []).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Betrag ändern', hidden: true }));
    expect(question()).toBeUndefined();
    expect(latest.meeting.expenses ?? []).toEqual([]);
    expect(form().getByLabelText(/Betrag in Euro/)).toHaveValue('12345');
    await waitFor(() => expect(form().getByLabelText(/Betrag in Euro/)).toHaveFocus());
  });

  it('adds the line once confirmed, and does not ask again about the same amount', async () => {
    const { user, latest } = setupAusgaben();
    await add(user, 'Saalmiete', '12345');
    await user.click(
      within(await asked()).getByRole('button', { name: euro('Ja, 12.345,00 € übernehmen'), hidden: true }),
    );
    expect(latest.meeting.expenses?.map((line) => line.amountCents)).toEqual([1234500]);
    expect(screen.getByText('„Saalmiete“ mit 12.345,00 € hinzugefügt.')).toBeInTheDocument();
    await waitFor(() => expect(form().getByLabelText(/Kategorie/)).toHaveFocus());

    await add(user, 'Saalmiete zweiter Tag', '12.345,00');
    expect(question()).toBeUndefined();
    expect(latest.meeting.expenses?.map((line) => line.amountCents)).toEqual([1234500, 1234500]);

    await add(user, 'Technik', '20000');
    expect(await asked()).toBeInTheDocument();
  });

  it('asks again after "Betrag ändern" when the same amount is sent unchanged', async () => {
    const { user, latest } = setupAusgaben();
    await add(user, 'Saalmiete', '12345');
    await user.click(within(await asked()).getByRole('button', { name: 'Betrag ändern', hidden: true }));
    await user.click(form().getByRole('button', { name: 'Ausgabe hinzufügen' }));
    expect(await asked()).toBeInTheDocument();
    expect(latest.meeting.expenses ?? []).toEqual([]);
  });

  it('takes 10.000,00 € itself without asking', async () => {
    const { user, latest } = setupAusgaben();
    await add(user, 'Saalmiete', '10.000');
    expect(question()).toBeUndefined();
    expect(latest.meeting.expenses?.map((line) => line.amountCents)).toEqual([1000000]);
  });

  it('asks when a line is changed to such an amount, but not when a stored one keeps its amount', async () => {
    const hall = expenseLine({ id: 'l9', category: 'Raum', description: 'Stadthalle', amountCents: 1500000 });
    const { user, latest } = setupAusgaben({ meeting: meetingWith({ expenses: [expenseLine(), hall] }) });

    await user.click(screen.getByRole('button', { name: '„Stadthalle“ bearbeiten' }));
    const editHall = within(screen.getByRole('form', { name: '„Stadthalle“ ändern' }));
    await user.type(editHall.getByLabelText(/Belegnummer/), '-b');
    await user.click(editHall.getByRole('button', { name: 'Änderung übernehmen' }));
    expect(question()).toBeUndefined();
    expect(latest.meeting.expenses?.[1]?.receiptNumber).toBe('2026-014-b');

    await user.click(screen.getByRole('button', { name: '„Kaffee und Kekse“ bearbeiten' }));
    const editCoffee = within(screen.getByRole('form', { name: '„Kaffee und Kekse“ ändern' }));
    await user.clear(editCoffee.getByLabelText(/Betrag in Euro/));
    await user.type(editCoffee.getByLabelText(/Betrag in Euro/), '24900');
    await user.click(editCoffee.getByRole('button', { name: 'Änderung übernehmen' }));
    expect(latest.meeting.expenses?.[0]?.amountCents).toBe(2490);
    await user.click(
      within(await asked()).getByRole('button', { name: euro('Ja, 24.900,00 € übernehmen'), hidden: true }),
    );
    expect(latest.meeting.expenses?.[0]?.amountCents).toBe(2490000);
  });

  it('asks in English in an English Outlook', async () => {
    const { user } = setupAusgaben({ language: 'en' });
    const english = within(screen.getByRole('form', { name: 'Record an expense' }));
    await user.selectOptions(english.getByLabelText(/Category/), 'Raum');
    await user.type(english.getByLabelText(/What for/), 'Hall');
    await user.type(english.getByLabelText(/Amount in euros/), '12345{Enter}');
    const dialog = await waitFor(() => {
      const found = screen.queryAllByRole('alertdialog', { hidden: true })[0];
      if (!found) throw new Error('Not asked.');
      return found;
    });
    expect(dialog).toHaveTextContent('Check the amount');
    expect(dialog).toHaveTextContent('Is 12.345,00 € right? That is more than 10.000,00 €');
    expect(
      within(dialog).getByRole('button', { name: euro('Yes, take 12.345,00 €'), hidden: true }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Change the amount', hidden: true })).toBeInTheDocument();
  });
});
