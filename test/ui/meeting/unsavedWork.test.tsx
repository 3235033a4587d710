import { screen, waitFor } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '../../../src/domain/planning';
import { defaultTeamSettings } from '../../../src/domain/settings';
import type { ListedMeeting, SavedItem } from '../../../src/domain/lists';
import { createBrowserStore } from '../../../src/office/browserStore';
import { writePlanDraft } from '../../../src/taskpane/meeting/planDraft';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fakeGateway, renderPane, testConfig } from '../support/renderPane';

/** Yesterday's meeting (the pane's clock says 24 November 2026): its minutes were written offline. */
const yesterday: Meeting = { ...heldMeeting, id: 'm-yesterday', date: '2026-11-23' };
const next: Meeting = { ...plannedMeeting, id: 'm-next' };
const listed = (m: Meeting, itemId: string): ListedMeeting => ({
  itemId,
  etag: '"4"',
  webUrl: '',
  date: m.date,
  status: m.status,
  venueName: '',
  meeting: m,
});
const withoutNotes: Meeting = { ...yesterday, minutes: { ...yesterday.minutes!, notes: {} } };

function gateway(saveMeeting = jest.fn<Promise<SavedItem>, [Meeting]>(async () => ({ itemId: '7', etag: '"5"' }))) {
  const open = () =>
    Promise.resolve({
      meetings: [listed(withoutNotes, '7'), listed(next, '9')],
      venues: [],
      settings: defaultTeamSettings(testConfig.distributionList),
      missingLists: [],
      listProblems: [],
    });
  return { saveMeeting, gateway: fakeGateway({ planning: { open, saveMeeting } }) };
}

describe('unsaved work on this device is never set aside', () => {
  it('opens the meeting whose minutes were typed offline yesterday, saves them, and offers the next meeting', async () => {
    const user = userEvent.setup();
    const drafts = createBrowserStore(null);
    await writePlanDraft(drafts, { meeting: yesterday, ref: { itemId: '7', etag: '"4"' }, dirty: true }, 'closed-tab');
    const { saveMeeting, gateway: fake } = gateway();
    renderPane(fake, {}, { drafts });

    await screen.findByText('Das Treffen am Montag, 23. November 2026 hatte ungespeicherte Eingaben auf diesem Gerät.');
    await waitFor(() => expect(saveMeeting).toHaveBeenCalled());
    const [saved] = saveMeeting.mock.calls[0]!;
    expect(saved.id).toBe('m-yesterday');
    expect(saved.minutes?.notes).toEqual(heldMeeting.minutes?.notes);
    await screen.findByText(/^In SharePoint gespeichert/);
    expect(drafts.keys()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Zum Treffen am Dienstag, 16. März 2027' }));
    await waitFor(() => expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('16.03.2027'));
    expect(screen.queryByText(/hatte ungespeicherte Eingaben/)).not.toBeInTheDocument();
  });

  it('takes up the unsaved work of the meeting it opens anyway, without a detour', async () => {
    const drafts = createBrowserStore(null);
    const typed = { ...next, speaker: { ...next.speaker, topic: 'Wohnraum' } };
    await writePlanDraft(drafts, { meeting: typed, dirty: true }, 'closed-tab');
    const { saveMeeting, gateway: fake } = gateway(
      jest.fn<Promise<SavedItem>, [Meeting]>(async () => ({ itemId: '9', etag: '"5"' })),
    );
    renderPane(fake, {}, { drafts });
    expect(await screen.findByLabelText('Thema des Inputs')).toHaveValue('Wohnraum');
    await waitFor(() => expect(saveMeeting).toHaveBeenCalledWith(typed, { itemId: '9', etag: '"4"' }, undefined));
    expect(screen.queryByText(/hatte ungespeicherte Eingaben/)).not.toBeInTheDocument();
  });
});

describe('an opening that answers only after what was typed meanwhile is saved', () => {
  it('stays on the meeting the pane works on, with every word typed', async () => {
    const user = userEvent.setup();
    const drafts = createBrowserStore(null);
    const typed = { ...next, speaker: { ...next.speaker, name: 'Dr. Hanna Vogt' } };
    await writePlanDraft(drafts, { meeting: typed, dirty: true });
    const saveMeeting = jest.fn<Promise<SavedItem>, [Meeting]>(async () => ({ itemId: '9', etag: '"1"' }));
    const empty = {
      meetings: [],
      venues: [],
      settings: defaultTeamSettings('x@y.de'),
      missingLists: [],
      listProblems: [],
    };
    const open = jest
      .fn()
      .mockRejectedValueOnce(new AppError('throttled', 'busy', { status: 503, retryAfterSeconds: 60 }))
      .mockResolvedValue(empty);
    renderPane(fakeGateway({ planning: { open, saveMeeting } }), {}, { drafts });

    const name = await screen.findByRole('textbox', { name: 'Name der Referentin oder des Referenten' });
    await user.type(name, '-Berg');
    // The save lands first: SharePoint has it, the device keeps nothing of it.
    await waitFor(() => expect(saveMeeting).toHaveBeenCalled(), { timeout: 3000 });
    await screen.findByText(/^In SharePoint gespeichert/);
    expect(drafts.keys()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Jetzt versuchen' }));
    await waitFor(() => expect(open).toHaveBeenCalledTimes(2));
    await screen.findByRole('heading', { name: 'Termin', level: 3 });
    expect(screen.getByRole('textbox', { name: 'Name der Referentin oder des Referenten' })).toHaveValue(
      'Dr. Hanna Vogt-Berg',
    );
  });
});

describe('a browser that keeps nothing on the device', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  afterEach(() => Object.defineProperty(window, 'localStorage', original));

  it('still opens the pane, says so once, and keeps working in memory', async () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const user = userEvent.setup();
    const saveMeeting = jest.fn(async () => ({ itemId: '9', etag: '"5"' }));
    renderPane(fakeGateway({ planning: { saveMeeting } }), {}, { drafts: createBrowserStore() });
    expect(await screen.findByRole('heading', { name: 'Termin', level: 3 })).toBeInTheDocument();
    await screen.findByText('Dieser Browser lässt Treffpunkt nichts auf dem Gerät sichern.');
    await user.type(screen.getByLabelText('Thema des Inputs'), 'Wohnraum');
    await waitFor(() => expect(saveMeeting).toHaveBeenCalled(), { timeout: 3000 });
    expect(screen.getByLabelText('Thema des Inputs')).toHaveValue('Wohnraum');
    await user.click(screen.getByRole('button', { name: 'Verstanden' }));
    expect(screen.queryByText(/nichts auf dem Gerät sichern/)).not.toBeInTheDocument();
  });

  it('says it in English in an English Office', async () => {
    const store = createBrowserStore(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderPane(fakeGateway(), { displayLanguage: 'en-US' }, { drafts: store });
    await screen.findByText('This browser does not let Treffpunkt keep anything on this device.');
    expect(screen.getByRole('button', { name: 'Got it' })).toBeInTheDocument();
  });
});
