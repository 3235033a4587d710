import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import { defaultTeamSettings, type TeamSettings } from '../../../src/domain/settings';
import { createBrowserStore } from '../../../src/office/browserStore';
import { fakeGateway, renderPane, testConfig } from '../support/renderPane';

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('tab', { name: 'Einstellungen' }));
  await screen.findByRole('heading', { name: 'Einstellungen des Teams' });
}

describe('Einstellungen: the team settings on the SharePoint site', () => {
  it('saves the checked settings, with the budget typed the German way', async () => {
    const user = userEvent.setup();
    const saveSettings = jest.fn<Promise<{ itemId: string; etag: string }>, [TeamSettings]>(() =>
      Promise.resolve({ itemId: '1', etag: '"2"' }),
    );
    renderPane(fakeGateway({ planning: { saveSettings } }));
    await openSettings(user);
    const attendees = screen.getByLabelText('Weitere Eingeladene (optional)');
    await user.type(attendees, 'Flüchtlingssozialarbeit <fsa@landkreis-northeim.de>');
    const budget = screen.getByLabelText('Budget je Treffen in Euro');
    await user.clear(budget);
    await user.type(budget, '175,50');
    await user.click(screen.getByRole('switch', { name: 'Mitglieder des Verteilers einzeln einladen' }));
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await screen.findByText('Die Einstellungen sind in SharePoint gespeichert.');
    expect(saveSettings.mock.calls[0]?.[0]).toMatchObject({
      optionalAttendees: [{ name: 'Flüchtlingssozialarbeit', address: 'fsa@landkreis-northeim.de' }],
      budgetPerMeetingCents: 17550,
      expandDistributionList: true,
    });
  });

  it('says in German what to fix and keeps what was typed, also after a failed save', async () => {
    const user = userEvent.setup();
    const drafts = createBrowserStore(null);
    const saveSettings = jest.fn().mockRejectedValue(new AppError('offline', 'fetch failed'));
    renderPane(fakeGateway({ planning: { saveSettings } }), {}, { drafts });
    await openSettings(user);
    const budget = screen.getByLabelText('Budget je Treffen in Euro');
    await user.clear(budget);
    await user.type(budget, '12.5x');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await screen.findByText('Bitte die markierten Felder prüfen; nichts wurde gespeichert.');
    expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(budget).toHaveValue('12.5x');
    expect(saveSettings).not.toHaveBeenCalled();

    await user.clear(budget);
    await user.type(budget, '99');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await waitFor(() => expect(screen.getByText(/Keine Verbindung zu Microsoft 365/)).toBeInTheDocument());
    expect(budget).toHaveValue('99');
    expect(drafts.read<{ draft: { budget: string } }>('treffpunkt.einstellungen.entwurf')?.draft.budget).toBe('99');
  });

  it('keeps what was typed when a colleague changed the settings meanwhile, says so, and can drop it', async () => {
    const user = userEvent.setup();
    const drafts = createBrowserStore(null);
    renderPane(fakeGateway(), {}, { drafts });
    await openSettings(user);
    const budget = screen.getByLabelText('Budget je Treffen in Euro');
    await user.clear(budget);
    await user.type(budget, '99');
    cleanup();

    // A colleague saved a budget of 200 € in SharePoint; this device still has the typing from before.
    const colleague = { ...defaultTeamSettings(testConfig.distributionList), budgetPerMeetingCents: 20000 };
    renderPane(
      fakeGateway({
        planning: {
          open: () =>
            Promise.resolve({ meetings: [], venues: [], settings: colleague, missingLists: [], listProblems: [] }),
        },
      }),
      {},
      { drafts },
    );
    await openSettings(user);
    expect(screen.getByLabelText('Budget je Treffen in Euro')).toHaveValue('99');
    expect(screen.getByText(/Die Einstellungen wurden in SharePoint geändert, seit Sie hier/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meine Änderungen verwerfen' }));
    expect(screen.getByLabelText('Budget je Treffen in Euro')).toHaveValue('200,00');
    expect(screen.queryByText(/Die Einstellungen wurden in SharePoint geändert/)).not.toBeInTheDocument();
    expect(drafts.read('treffpunkt.einstellungen.entwurf')).toBeNull();
  });

  it('does not save the defaults over the team’s settings while SharePoint could not be read', async () => {
    const user = userEvent.setup();
    const drafts = createBrowserStore(null);
    // Work from before on this device: the pane opens on it although SharePoint does not answer.
    renderPane(fakeGateway(), {}, { drafts });
    await user.type(await screen.findByLabelText('Thema des Inputs'), 'Wohnraum');
    cleanup();
    const saveSettings = jest.fn();
    const open = jest.fn().mockRejectedValue(new AppError('offline', 'fetch failed'));
    renderPane(fakeGateway({ planning: { open, saveSettings } }), {}, { drafts });
    await openSettings(user);
    expect(
      screen.getByText('Die Einstellungen des Teams konnten nicht aus SharePoint gelesen werden.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Einstellungen speichern' })).toBeDisabled();
    expect(saveSettings).not.toHaveBeenCalled();
  });
});
