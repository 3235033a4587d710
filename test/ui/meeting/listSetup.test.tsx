import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { Meeting } from '../../../src/domain/planning';
import type { ItemRef, ListProblem, PlanningData } from '../../../src/domain/lists';
import { createBrowserStore } from '../../../src/office/browserStore';
import { axeViolations } from '../support/axe';
import { fakeGateway, openedPlanning, renderPane } from '../support/renderPane';

const SPEAKER = 'Name der Referentin oder des Referenten';

function setup(options: { open: PlanningData; provision?: () => Promise<PlanningData> }) {
  const drafts = createBrowserStore(null);
  const saveMeeting = jest.fn<Promise<ItemRef>, [Meeting, ItemRef | undefined]>(() =>
    Promise.resolve({ itemId: '1', etag: '"1"' }),
  );
  const provision = jest.fn(options.provision ?? (() => Promise.resolve(openedPlanning())));
  const gateway = fakeGateway({ planning: { open: () => Promise.resolve(options.open), saveMeeting, provision } });
  const view = renderPane(gateway, {}, { drafts });
  return { user: userEvent.setup(), drafts, saveMeeting, provision, container: view.container };
}

describe('Planen on a site without Treffpunkt’s lists', () => {
  it('asks before creating them, keeps the plan on this device meanwhile, then saves it there', async () => {
    const { user, drafts, saveMeeting, provision, container } = setup({
      open: openedPlanning({ missingLists: ['meetings', 'venues'] }),
    });
    expect(
      await screen.findByText(
        'In der SharePoint-Website gibt es noch keine Listen „Vernetzungstreffen“ und „Treffpunkt-Orte“. Jetzt anlegen?',
      ),
    ).toBeInTheDocument();
    expect(provision).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: SPEAKER }), 'Dr. Hanna Vogt');
    await screen.findByText('Auf diesem Gerät gesichert; in SharePoint, sobald die Listen angelegt sind.');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(saveMeeting).not.toHaveBeenCalled();
    const kept = drafts.read<{ dirty: boolean; meeting: Meeting }>('treffpunkt.planen.entwurf');
    expect(kept?.dirty).toBe(true);
    expect(kept?.meeting.speaker.name).toBe('Dr. Hanna Vogt');

    await user.click(screen.getByRole('button', { name: 'Listen anlegen' }));
    expect(provision).toHaveBeenCalledWith(['meetings', 'venues']);
    await screen.findByText('Die Listen sind angelegt. Ihre Planung wird jetzt dort gespeichert.');
    await waitFor(() => expect(saveMeeting).toHaveBeenCalled());
    expect(saveMeeting.mock.calls[0]![0].speaker.name).toBe('Dr. Hanna Vogt');
    expect(screen.getByRole('textbox', { name: SPEAKER })).toHaveValue('Dr. Hanna Vogt');
    expect(screen.queryByText(/Jetzt anlegen\?/)).not.toBeInTheDocument();
  });

  it('says in place what IT must grant when creating is refused, and keeps what was typed', async () => {
    const refused = new AppError('forbidden', '403', { capability: 'meetingsList', missing: 'manage' });
    const { user, provision } = setup({
      open: openedPlanning({ missingLists: ['meetings'] }),
      provision: () => Promise.reject(refused),
    });
    expect(
      await screen.findByText(
        'In der SharePoint-Website gibt es noch keine Liste „Vernetzungstreffen“. Jetzt anlegen?',
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: SPEAKER }), 'Karim Haddad');
    await user.click(screen.getByRole('button', { name: 'Liste anlegen' }));
    expect(await screen.findByText('Die Listen wurden nicht angelegt.')).toBeInTheDocument();
    expect(
      screen.getByText('Treffpunkt fehlt dafür eine Berechtigung: Liste „Vernetzungstreffen“.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Die IT des Landkreises muss erteilen: Rolle „manage“ \(Listen und Spalten anlegen\) für die App Treffpunkt auf der Website landkreisnortheim\.sharepoint\.com:\/sites\/Integration/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: SPEAKER })).toHaveValue('Karim Haddad');
    await user.click(screen.getByRole('button', { name: 'Noch einmal versuchen' }));
    expect(provision).toHaveBeenCalledTimes(2);
  });

  it('names missing columns and the default view with the admin step', async () => {
    setup({
      open: openedPlanning({
        listProblems: [
          {
            kind: 'missingColumns',
            list: 'meetings',
            listName: 'Vernetzungstreffen',
            columns: ['Kosten', 'Aufgaben'],
            blocksSaving: false,
            missing: 'manage',
          },
          {
            kind: 'defaultView',
            list: 'meetings',
            listName: 'Vernetzungstreffen',
            view: 'Alle Elemente',
            columns: ['Beginn', 'Status', 'Ort'],
            missing: 'Sites.Selected',
          },
        ],
      }),
    });
    expect(
      await screen.findByText('Der Liste „Vernetzungstreffen“ fehlen Spalten: Kosten, Aufgaben.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/über „Spalte hinzufügen“ anlegen/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'In der Ansicht „Alle Elemente“ der Liste „Vernetzungstreffen“ sind wichtige Spalten nicht eingeblendet.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/diese Spalten ankreuzen: Beginn, Status, Ort; speichern/)).toBeInTheDocument();
  });

  it('shows the meeting before the default views were checked, and names the view once the check is done', async () => {
    let finish: (problems: ListProblem[]) => void = () => undefined;
    const viewUpkeep = new Promise<ListProblem[]>((resolve) => (finish = resolve));
    setup({ open: { ...openedPlanning(), viewUpkeep } });
    expect(await screen.findByRole('textbox', { name: SPEAKER })).toBeInTheDocument();
    expect(screen.queryByText(/sind wichtige Spalten nicht eingeblendet/)).not.toBeInTheDocument();
    finish([
      {
        kind: 'defaultView',
        list: 'venues',
        listName: 'Treffpunkt-Orte',
        view: 'Alle Elemente',
        columns: ['Straße', 'PLZ'],
        missing: 'Sites.Selected',
      },
    ]);
    expect(
      await screen.findByText(
        'In der Ansicht „Alle Elemente“ der Liste „Treffpunkt-Orte“ sind wichtige Spalten nicht eingeblendet.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/diese Spalten ankreuzen: Straße, PLZ; speichern/)).toBeInTheDocument();
  });
});
