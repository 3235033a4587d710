import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderPane } from '../support/renderPane';

describe('Einstellungen in English', () => {
  it('shows the team settings, the connection check and the deployment facts when Outlook is English', async () => {
    const user = userEvent.setup();
    const check = jest.fn(() =>
      Promise.resolve([
        { capability: 'profile' as const, status: 'ok' as const },
        { capability: 'mail' as const, status: 'missing' as const, missing: 'Mail.Send' },
      ]),
    );
    renderPane(fakeGateway({ readiness: { check } }), { displayLanguage: 'en-US' });
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));

    expect(await screen.findByRole('heading', { name: 'Team settings', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Budget per meeting in euros')).toBeInTheDocument();
    expect(
      screen.getByRole('switch', { name: 'Invite the members of the distribution list one by one' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Reminder in Outlook' })).toHaveDisplayValue('1 day before');
    expect(screen.getByRole('heading', { name: 'Connection and set-up (by county IT)' })).toBeInTheDocument();
    expect(screen.getByText(/^English – The language follows Office's display language\.$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check connection' }));
    expect(await screen.findByText(/^Checked at 10:00: 1 item in order, 1 permission missing\.$/)).toBeInTheDocument();
    const mail = screen.getByRole('heading', { name: 'Send e-mail (minutes)', level: 4 }).closest('li')!;
    expect(within(mail).getByText('Missing')).toBeInTheDocument();
    expect(within(mail).getByText(/^IT must grant: Mail\.Send: Microsoft Graph, delegated permission/)).toBeVisible();
  });

  it('names in English what to fix before saving', async () => {
    const user = userEvent.setup();
    renderPane(fakeGateway(), { displayLanguage: 'en-US' });
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    const hosts = await screen.findByLabelText('County staff at the meeting');
    await user.clear(hosts);
    await user.type(hosts, 'two');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Please check the marked fields; nothing was saved.')).toBeInTheDocument();
    expect(screen.getByText('Please enter a whole number from 0 to 20 (county staff at the meeting).')).toBeVisible();
  });

  it('says in English what is wrong with the budget', async () => {
    const user = userEvent.setup();
    renderPane(fakeGateway(), { displayLanguage: 'en-US' });
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    const budget = await screen.findByLabelText('Budget per meeting in euros');
    await user.clear(budget);
    await user.type(budget, '150,505');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Please check the marked fields; nothing was saved.')).toBeInTheDocument();
    expect(screen.getByText('Please enter at most two decimal places (cents), e.g. 12,50.')).toBeVisible();
  });
});
