import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { ListedMeeting, PlanningData } from '../../../src/domain/lists';
import { withoutPersonalData } from '../../../src/domain/personalData';
import type { Meeting } from '../../../src/domain/planning';
import { defaultTeamSettings } from '../../../src/domain/settings';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { openedDialog } from '../support/dialogs';
import { fakeGateway, renderPane, testConfig } from '../support/renderPane';
import { openVerlauf } from './setupVerlauf';

// The pane's today is 24 November 2026: with the default storage period of 24 months, meetings before
// 24 November 2024 are old.
const filed = (id: string, date: string): Meeting => ({ ...heldMeeting, id, date, status: 'protokolliert' });
const listed = (itemId: string, meeting: Meeting | undefined, date = meeting?.date ?? '2022-09-20'): ListedMeeting => ({
  itemId,
  etag: '"5"',
  webUrl: `https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/${itemId}_.000`,
  date,
  status: 'protokolliert',
  venueName: 'Kreishaus Northeim',
  ...(meeting ? { meeting } : {}),
});

const march2023 = listed('3', filed('m-2023-03', '2023-03-14'));
const june2024 = listed('5', filed('m-2024-06', '2024-06-11'));
const handMade = listed('1', undefined, '2022-09-20');
const alreadyClean = listed('4', withoutPersonalData(filed('m-2023-09', '2023-09-12')));
const recent = listed('7', filed('m-2025-09', '2025-09-16'));

const data: PlanningData = {
  meetings: [recent, june2024, alreadyClean, march2023, handMade],
  venues: [],
  settings: defaultTeamSettings(testConfig.distributionList),
  missingLists: [],
  listProblems: [],
};

/** As SharePoint has it now: one version further than when the pane opened. */
const getMeeting = (itemId: string) =>
  Promise.resolve({ ...data.meetings.find((m) => m.itemId === itemId)!, etag: `"${itemId}-fresh"` });

const savesOf = (saveMeeting: jest.Mock) =>
  saveMeeting.mock.calls.filter(([, ref]) => ref !== undefined && ref.itemId !== '9');

async function setup(saveMeeting: jest.Mock) {
  const readPage = jest.fn().mockResolvedValue({ entries: [] });
  const user = await openVerlauf(
    { readPage },
    { open: () => Promise.resolve(data), getMeeting: jest.fn(getMeeting), saveMeeting },
  );
  await screen.findByText(/2 Treffen enthalten noch Namen oder Adressen\./);
  return { user, readPage };
}

/** Opens the confirmation and confirms (roles inside it `hidden: true`: see openedDialog). */
async function confirm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Namen und Adressen entfernen …' }));
  const dialog = await openedDialog('Namen und Adressen alter Treffen entfernen?');
  expect(dialog).toHaveTextContent('Betroffen: 2 Treffen vor dem Sonntag, 24. November 2024.');
  expect(dialog).toHaveTextContent('Das lässt sich nicht rückgängig machen.');
  expect(dialog).toHaveTextContent(/Dateien in der Dokumentbibliothek .* ändert Treffpunkt nicht/);
  await user.click(within(dialog).getByRole('button', { name: 'Jetzt entfernen', hidden: true }));
}

describe('Verlauf: removing the personal data of meetings older than the storage period', () => {
  it('names the old meetings that still hold names, and those entered by hand', async () => {
    await setup(jest.fn().mockResolvedValue({ itemId: '9', etag: '"1"' }));
    const section = screen.getByRole('heading', { name: 'Personenbezogene Daten alter Treffen' }).parentElement!;
    expect(section).toHaveTextContent(
      'Nach der Speicherdauer des Teams (24 Monate) werden Namen und E-Mail-Adressen früherer Treffen nicht mehr ' +
        'gebraucht. Das betrifft die Treffen vor dem Sonntag, 24. November 2024.',
    );
    expect(section).toHaveTextContent('1 Treffen wurde direkt in SharePoint eingetragen');
  });

  it('asks first, then saves each without names with If-Match on its current version, one at a time', async () => {
    const saveMeeting = jest.fn().mockResolvedValue({ itemId: 'x', etag: '"9"' });
    const { user, readPage } = await setup(saveMeeting);
    expect(savesOf(saveMeeting)).toHaveLength(0);
    await confirm(user);

    expect(await screen.findByText('Fertig. Aus 2 Treffen wurden Namen und Adressen entfernt.')).toBeInTheDocument();
    const saves = savesOf(saveMeeting);
    expect(saves.map(([meeting, ref]) => [(meeting as Meeting).id, ref])).toEqual([
      ['m-2023-03', { itemId: '3', etag: '"3-fresh"' }],
      ['m-2024-06', { itemId: '5', etag: '"5-fresh"' }],
    ]);
    expect(saves[0]?.[2]).toEqual({ budgetPerMeetingCents: 15000, namesInMinutes: false });
    const saved = JSON.stringify(saves.map(([meeting]) => meeting));
    expect(saved).not.toMatch(/Miriam Albers|Petra Lindner|@initiativen\.example/);
    expect((saves[0]?.[0] as Meeting).minutes?.attendance.filter((a) => a.present)).toHaveLength(12);
    // Afterwards nothing is left to do, and the overview is read again.
    expect(await screen.findByText(/Keines dieser Treffen enthält noch Namen oder Adressen\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Namen und Adressen entfernen …' })).not.toBeInTheDocument();
    await waitFor(() => expect(readPage).toHaveBeenCalledTimes(2));
  });

  it('says which one changed meanwhile or failed, and carries on with the next', async () => {
    const saveMeeting = jest.fn((_meeting: Meeting, ref?: { itemId: string }) => {
      if (ref?.itemId === '3') return Promise.reject(new AppError('conflict', '412'));
      return Promise.resolve({ itemId: ref?.itemId ?? '9', etag: '"9"' });
    });
    const { user } = await setup(saveMeeting);
    await confirm(user);

    const summary = await screen.findByText('Fertig. Aus 1 Treffen wurden Namen und Adressen entfernt.');
    const notice = summary.closest('.fui-MessageBar')!;
    expect(notice).toHaveTextContent('1 Treffen wurde nicht bereinigt:');
    expect(notice).toHaveTextContent(
      'Dienstag, 14. März 2023 wurde inzwischen in SharePoint geändert. Bitte noch einmal starten',
    );
    expect(savesOf(saveMeeting).map(([, ref]) => ref?.itemId)).toEqual(['3', '5']);
    // The one left is offered again.
    expect(screen.getByText(/1 Treffen enthält noch Namen oder Adressen\./)).toBeInTheDocument();
  });

  it('names a failure with the pane’s reason and continues', async () => {
    const saveMeeting = jest.fn((_meeting: Meeting, ref?: { itemId: string }) =>
      ref?.itemId === '5'
        ? Promise.reject(new AppError('forbidden', '403'))
        : Promise.resolve({ itemId: ref?.itemId ?? '9', etag: '"9"' }),
    );
    const { user } = await setup(saveMeeting);
    await confirm(user);
    const notice = (await screen.findByText(/Fertig\. Aus 1 Treffen/)).closest('.fui-MessageBar')!;
    expect(notice).toHaveTextContent(/Dienstag, 11\. Juni 2024 konnte nicht gespeichert werden\./);
  });

  it('shows its progress while it works', async () => {
    let release: () => void = () => undefined;
    const saveMeeting = jest.fn(
      (_meeting: Meeting, ref?: { itemId: string }) =>
        new Promise((resolve) => {
          release = () => resolve({ itemId: ref?.itemId ?? '9', etag: '"9"' });
        }),
    );
    const { user } = await setup(saveMeeting);
    await confirm(user);
    expect(await screen.findByText('Treffen 1 von 2 (Dienstag, 14. März 2023) wird bereinigt …')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Treffen 2 von 2 (Dienstag, 11. Juni 2024) wird bereinigt …')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Fertig. Aus 2 Treffen wurden Namen und Adressen entfernt.')).toBeInTheDocument();
  });

  it('speaks English in an English Outlook', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway({
      history: { readPage: jest.fn().mockResolvedValue({ entries: [] }) },
      planning: { open: () => Promise.resolve(data) },
    });
    renderPane(gateway, { displayLanguage: 'en-US' });
    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(await screen.findByRole('heading', { name: 'Personal data of old meetings' })).toBeInTheDocument();
    expect(await screen.findByText(/2 meetings still hold names or addresses\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove names and addresses …' })).toBeInTheDocument();
  });
});
