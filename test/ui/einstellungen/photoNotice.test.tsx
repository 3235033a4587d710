import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FUNDING_STATEMENT, DEFAULT_PHOTO_NOTICE } from '../../../src/domain/invitation';
import { DEFAULT_PRIVACY_OFFICER, defaultTeamSettings, type TeamSettings } from '../../../src/domain/settings';
import { fakeGateway, renderPane, testConfig } from '../support/renderPane';
import { openedDialog } from '../support/dialogs';

async function openSettings(user: ReturnType<typeof userEvent.setup>, english = false) {
  await user.click(await screen.findByRole('tab', { name: english ? 'Settings' : 'Einstellungen' }));
  await screen.findByRole('heading', { name: english ? 'Team settings' : 'Einstellungen des Teams' });
}

const saving = () =>
  jest.fn<Promise<{ itemId: string; etag: string }>, [TeamSettings]>(() =>
    Promise.resolve({ itemId: '1', etag: '"2"' }),
  );

describe('Einstellungen: the photo notice’s contact and storage period, and the funding statement', () => {
  it('shows the default notice with its placeholders, the assumed contact and 24 months, and saves changes', async () => {
    const user = userEvent.setup();
    const saveSettings = saving();
    renderPane(fakeGateway({ planning: { saveSettings } }));
    await openSettings(user);
    expect(screen.getByLabelText('Text des Fotohinweises')).toHaveValue(DEFAULT_PHOTO_NOTICE);
    expect(screen.getByText(/\{Datenschutzkontakt\} und \{Speicherdauer\} werden in der Einladung/)).toBeVisible();
    const contact = screen.getByRole('textbox', { name: /Kontakt der oder des Datenschutzbeauftragten/ });
    expect(contact).toHaveValue(DEFAULT_PRIVACY_OFFICER);
    expect(screen.getByText(/Vorbelegt mit einer angenommenen Adresse des Landkreises/)).toBeVisible();
    const months = screen.getByRole('textbox', { name: /Speicherdauer in Monaten/ });
    expect(months).toHaveValue('24');
    expect(screen.getByLabelText('Förderhinweis (EU/AMIF)')).toHaveValue(DEFAULT_FUNDING_STATEMENT);

    await user.clear(contact);
    await user.type(contact, 'Datenschutz, dsb@landkreis-northeim.de');
    await user.clear(months);
    await user.type(months, '36');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await screen.findByText('Die Einstellungen sind in SharePoint gespeichert.');
    expect(saveSettings.mock.calls[0]?.[0]).toMatchObject({
      privacyOfficer: 'Datenschutz, dsb@landkreis-northeim.de',
      retentionMonths: 36,
    });
  });

  it('says in German what to fix when the storage period is not 1 to 120 months or the contact is empty', async () => {
    const user = userEvent.setup();
    const saveSettings = saving();
    renderPane(fakeGateway({ planning: { saveSettings } }));
    await openSettings(user);
    const months = screen.getByRole('textbox', { name: /Speicherdauer in Monaten/ });
    await user.clear(months);
    await user.type(months, '121');
    await user.clear(screen.getByRole('textbox', { name: /Kontakt der oder des Datenschutzbeauftragten/ }));
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await screen.findByText('Bitte die markierten Felder prüfen; nichts wurde gespeichert.');
    expect(screen.getByText('Bitte eine ganze Zahl von 1 bis 120 eingeben (Speicherdauer in Monaten).')).toBeVisible();
    expect(
      screen.getByText('Bitte den Kontakt der oder des Datenschutzbeauftragten eingeben (Anschrift oder E-Mail).'),
    ).toBeVisible();
    expect(months).toHaveValue('121');
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it('puts the default texts in place of a team’s old ones after asking', async () => {
    const user = userEvent.setup();
    const old = {
      ...defaultTeamSettings(testConfig.distributionList),
      photoNotice: { enabled: true, text: 'Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).' },
      fundingStatement: 'Europa fördert: aus Mitteln des AMIF.',
    };
    const open = () => Promise.resolve({ meetings: [], venues: [], settings: old, missingLists: [], listProblems: [] });
    renderPane(fakeGateway({ planning: { open } }));
    await openSettings(user);
    const useDefault = (index: number) => screen.getAllByRole('button', { name: 'Standardtext einsetzen' })[index]!;
    const confirm = async () =>
      user.click(
        within(await openedDialog('Standardtext einsetzen?')).getByRole('button', {
          name: 'Standardtext einsetzen',
          hidden: true,
        }),
      );

    await user.click(useDefault(0));
    const dialog = await openedDialog('Standardtext einsetzen?');
    expect(
      within(dialog).getByText(/Der Text im Feld „Text des Fotohinweises“ wird durch den Standardtext/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(screen.getByLabelText('Text des Fotohinweises')).toHaveValue(old.photoNotice.text);

    await user.click(useDefault(0));
    await confirm();
    expect(screen.getByLabelText('Text des Fotohinweises')).toHaveValue(DEFAULT_PHOTO_NOTICE);
    await user.click(useDefault(0));
    await confirm();
    expect(screen.getByLabelText('Förderhinweis (EU/AMIF)')).toHaveValue(DEFAULT_FUNDING_STATEMENT);
    expect(screen.queryByRole('button', { name: 'Standardtext einsetzen' })).not.toBeInTheDocument();
  });

  it('names the contact and the storage period in English', async () => {
    const user = userEvent.setup();
    renderPane(fakeGateway(), { displayLanguage: 'en-US' });
    await openSettings(user, true);
    expect(screen.getByRole('textbox', { name: /Contact of the data protection officer/ })).toBeInTheDocument();
    const months = screen.getByRole('textbox', { name: /Storage period in months/ });
    await user.clear(months);
    await user.type(months, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText('Please enter a whole number from 1 to 120 (storage period in months).'),
    ).toBeVisible();
  });
});
