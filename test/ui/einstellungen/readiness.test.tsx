import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { ReadinessRow } from '../../../src/domain/readiness';
import { axeViolations } from '../support/axe';
import { fakeGateway, renderPane, testConfig } from '../support/renderPane';

/** A least-privilege tenant where Mail.Send, write on the meetings list and SharePoint's grant are missing. */
const rows: ReadinessRow[] = [
  { capability: 'profile', status: 'ok' },
  { capability: 'calendar', status: 'ok' },
  { capability: 'sharedCalendar', status: 'skipped', note: 'notConfigured' },
  { capability: 'tasks', status: 'failed', error: new AppError('throttled', '429', { status: 429 }) },
  { capability: 'mail', status: 'missing', missing: 'Mail.Send' },
  { capability: 'sentItems', status: 'ok' },
  { capability: 'site', status: 'ok', role: 'read' },
  { capability: 'meetingsList', status: 'missing', missing: 'write', role: 'read' },
  { capability: 'venuesList', status: 'ok', role: 'write' },
  { capability: 'settingsList', status: 'skipped', note: 'listAbsent' },
  { capability: 'defaultView', status: 'missing', missing: 'Sites.Selected' },
  { capability: 'listExpansion', status: 'skipped', note: 'switchedOff' },
  { capability: 'nestedAppAuth', status: 'missing', missing: 'NestedAppAuth 1.1', note: 'popupSignIn' },
];

const SITE = testConfig.site;

async function openSettings(check: () => Promise<ReadinessRow[]>, open?: () => Promise<never>) {
  const user = userEvent.setup();
  const view = renderPane(fakeGateway({ readiness: { check }, ...(open ? { planning: { open } } : {}) }));
  await user.click(screen.getByRole('tab', { name: 'Einstellungen' }));
  await screen.findByRole('heading', { name: 'Verbindung prüfen', level: 3 });
  return { user, container: view.container };
}

/** The row of one capability, found by its heading. */
function row(label: string): HTMLElement {
  return screen.getByRole('heading', { name: label, level: 4 }).closest('li')!;
}

describe('Einstellungen: Verbindung prüfen', () => {
  it('is reached and started by keyboard alone, and reads out how it went', async () => {
    const check = jest.fn(() => Promise.resolve(rows));
    const { user, container } = await openSettings(check);
    // A real button in the tab order (tabbing through the pane is the browser tests' business).
    const button = screen.getByRole('button', { name: 'Verbindung prüfen' });
    expect(button.tagName).toBe('BUTTON');
    button.focus();
    await user.keyboard('{Enter}');
    expect(check).toHaveBeenCalledWith({ listExpansion: false, distributionList: testConfig.distributionList });
    const status = await screen.findByText(
      'Geprüft um 10:00 Uhr: 5 Punkte in Ordnung, 4 Berechtigungen fehlen, 4 Punkte nicht eingerichtet oder nicht geprüft.',
    );
    expect(status.closest('[aria-live="polite"]')).not.toBeNull();
    expect(within(screen.getByRole('list', { name: 'Ergebnis der Prüfung' })).getAllByRole('listitem')).toHaveLength(
      13,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows ✓ with the role, or what is missing, what it blocks and what IT must grant', async () => {
    const { user } = await openSettings(() => Promise.resolve(rows));
    await user.click(screen.getByRole('button', { name: 'Verbindung prüfen' }));
    await screen.findByRole('list', { name: 'Ergebnis der Prüfung' });

    const site = within(row('SharePoint-Website'));
    expect(site.getByText('✓ Erteilt')).toBeInTheDocument();
    expect(site.getByText('Rolle der App: „read“ (lesen).')).toBeInTheDocument();

    const mail = within(row('E-Mail senden (Protokoll)'));
    expect(mail.getByText('Fehlt')).toBeInTheDocument();
    expect(mail.getByText('Es fehlt: Mail.Send.')).toBeInTheDocument();
    expect(mail.getByText('Das betrifft: Das Protokoll per E-Mail an die Anwesenden verschicken.')).toBeInTheDocument();
    expect(
      mail.getByText(
        'Die IT muss erteilen: Mail.Send: Microsoft Graph, delegierte Berechtigung mit Administratorzustimmung (Entra ID, App-Registrierung).',
      ),
    ).toBeInTheDocument();

    const list = within(row('Liste „Vernetzungstreffen“'));
    expect(list.getByText('Es fehlt: write.')).toBeInTheDocument();
    expect(
      list.getByText(
        `Die IT muss erteilen: Rolle „write“ (lesen und schreiben) für die App Treffpunkt auf der Website ${SITE} ` +
          '(oder nur auf der Liste „Vernetzungstreffen“ über Lists.SelectedOperations.Selected), vergeben über ' +
          'Sites.Selected (Microsoft Graph, delegiert).',
      ),
    ).toBeInTheDocument();

    const view = within(row('Spalten in der Standardansicht der Listen'));
    expect(view.getByText('Fehlt (optional)')).toBeInTheDocument();
    expect(
      view.getByText(/^Die IT muss erteilen: Sites\.Selected \(oder: AllSites\.Manage\): SharePoint/),
    ).toBeInTheDocument();

    expect(within(row('Kalender des gemeinsamen Postfachs')).getByText('Nicht eingerichtet')).toBeInTheDocument();
    expect(within(row('Mitglieder des Verteilers')).getByText('Nicht eingerichtet')).toBeInTheDocument();
    expect(within(row('Liste „Treffpunkt-Einstellungen“')).getByText('Noch nicht angelegt')).toBeInTheDocument();
    expect(
      within(row('Anmeldung ohne eigenes Fenster (Outlook)')).getByText(
        /^Dieses Outlook bietet keine Anmeldung ohne eigenes Fenster/,
      ),
    ).toBeInTheDocument();
    expect(
      within(row('Microsoft To Do (Erinnerungen)')).getByText(/Konnte gerade nicht geprüft werden:.*ausgelastet/),
    ).toBeInTheDocument();
  });

  it('offers the missing grants as a text for IT to copy', async () => {
    const { user } = await openSettings(() => Promise.resolve(rows));
    await user.click(screen.getByRole('button', { name: 'Verbindung prüfen' }));
    const text = (await screen.findByRole('textbox', {
      name: 'Text für die IT (fehlende Berechtigungen)',
    })) as HTMLTextAreaElement;
    expect(text.value).toContain(`fehlende Berechtigungen für die Website ${SITE}:`);
    expect(text.value).toContain('- E-Mail senden (Protokoll): Mail.Send: Microsoft Graph');
    expect(text.value).toContain('- Liste „Vernetzungstreffen“: Rolle „write“');
    expect(text.value).toContain('- Spalten in der Standardansicht der Listen: Sites.Selected');
    expect(text.value).not.toContain('Anmeldung ohne eigenes Fenster');
    await user.click(screen.getByRole('button', { name: 'Für die IT kopieren' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(text.value);
    expect(await screen.findByText('Der Text für die IT ist in der Zwischenablage.')).toBeInTheDocument();
  });

  it('checks also when the meeting could not be opened (the site refused)', async () => {
    const refused = new AppError('forbidden', '403', { capability: 'site', missing: 'read' });
    const check = jest.fn(() => Promise.resolve(rows));
    const { user } = await openSettings(check, () => Promise.reject(refused));
    await user.click(screen.getByRole('button', { name: 'Verbindung prüfen' }));
    await waitFor(() => expect(check).toHaveBeenCalled());
    expect(await screen.findByRole('list', { name: 'Ergebnis der Prüfung' })).toBeInTheDocument();
    expect(screen.getByText('Treffpunkt fehlt dafür eine Berechtigung: SharePoint-Website.')).toBeInTheDocument();
  });
});
