import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { PlanningData } from '../../../src/domain/lists';
import { backoffSeconds } from '../../../src/taskpane/hooks/useBackgroundRetry';
import { writePlanDraft } from '../../../src/taskpane/meeting/planDraft';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fakeGateway, organiser, renderPane } from '../support/renderPane';
import { defaultTeamSettings } from '../../../src/domain/settings';

const busy = () => new AppError('throttled', 'Too many requests', { status: 429 });
const offline = () => new AppError('offline', 'fetch failed');
const data: PlanningData = {
  meetings: [],
  venues: [],
  settings: defaultTeamSettings('x@y.de'),
  missingLists: [],
  listProblems: [],
};

/** A gateway call that fails with these errors first, then answers. */
function failingFirst<T>(value: T, ...errors: AppError[]) {
  const call = jest.fn<Promise<T>, []>();
  errors.forEach((error) => call.mockRejectedValueOnce(error));
  return call.mockResolvedValue(value);
}

const messages = () => screen.getByRole('region', { name: 'Meldungen' }).textContent;

describe('Microsoft 365 busy or out of reach while the pane opens', () => {
  it('says it is busy, counts down and tries again on request, with no error bar', async () => {
    const user = userEvent.setup();
    const getOrganiser = failingFirst(organiser, busy());
    const open = failingFirst(data, busy());
    renderPane(fakeGateway({ getOrganiser, planning: { open } }));

    expect(await screen.findByText('Microsoft 365 ist ausgelastet')).toBeInTheDocument();
    expect(screen.getByText('– neuer Versuch in 2 s')).toBeInTheDocument();
    expect(messages()).toBe('');
    expect(await screen.findByText('Das Treffen wird aus SharePoint geladen …')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Jetzt versuchen' }));
    expect(await screen.findByText('Angemeldet als Miriam Albers')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Termin', level: 3 })).toBeInTheDocument();
    expect(screen.queryByText('Microsoft 365 ist ausgelastet')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Jetzt versuchen' })).not.toBeInTheDocument();
    expect(getOrganiser).toHaveBeenCalledTimes(2);
    expect(open).toHaveBeenCalledTimes(2);
    expect(messages()).toBe('');
  });

  it('keeps trying by itself with growing pauses until the organiser and the view are there', async () => {
    jest.useFakeTimers();
    try {
      const getOrganiser = failingFirst(organiser, offline(), busy(), busy());
      const open = failingFirst(data, busy());
      renderPane(fakeGateway({ getOrganiser, planning: { open } }));
      expect(await screen.findByText('Keine Verbindung zu Microsoft 365')).toBeInTheDocument();
      // The view renders once the header says it waits, and tries once itself.
      await waitFor(() => expect(open).toHaveBeenCalledTimes(1));
      await act(async () => jest.advanceTimersByTimeAsync(2_000));
      expect(getOrganiser).toHaveBeenCalledTimes(2);
      expect(open).toHaveBeenCalledTimes(2);
      expect(await screen.findByText('– neuer Versuch in 4 s')).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTimeAsync(1_000));
      expect(screen.getByText('– neuer Versuch in 3 s')).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTimeAsync(3_000));
      expect(getOrganiser).toHaveBeenCalledTimes(3);
      expect(await screen.findByText('– neuer Versuch in 8 s')).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTimeAsync(8_000));
      expect(getOrganiser).toHaveBeenCalledTimes(4);
      expect(screen.getByText('Angemeldet als Miriam Albers')).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Termin', level: 3 })).toBeInTheDocument();
      expect(screen.queryByText(/neuer Versuch/)).not.toBeInTheDocument();
      expect(screen.queryByText(/Keine Verbindung/)).not.toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('waits as long as the service asked (Retry-After), at most two minutes', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffSeconds(n))).toEqual([2, 4, 8, 15, 30, 30]);
    expect(backoffSeconds(1, 20)).toBe(20);
    expect(backoffSeconds(5, 10)).toBe(30);
    expect(backoffSeconds(1, 3600)).toBe(120);
  });

  it('keeps what was typed on this device while it waits, and takes it into the opened meeting', async () => {
    const user = userEvent.setup();
    const drafts = createBrowserStore(null);
    const typed = { ...plannedMeeting, speaker: { ...plannedMeeting.speaker, name: 'Dr. Hanna Vogt' } };
    writePlanDraft(drafts, { meeting: typed, dirty: true });
    const saveMeeting = jest.fn(() => Promise.resolve({ itemId: '9', etag: '"1"' }));
    // Microsoft 365 asks for a minute's pause: the typing happens meanwhile.
    const open = failingFirst(data, new AppError('throttled', 'busy', { status: 503, retryAfterSeconds: 60 }));
    renderPane(fakeGateway({ planning: { open, saveMeeting } }), {}, { drafts });

    const name = await screen.findByRole('textbox', { name: 'Name der Referentin oder des Referenten' });
    expect(name).toHaveValue('Dr. Hanna Vogt');
    expect(screen.getByText('Microsoft 365 ist ausgelastet')).toBeInTheDocument();
    expect(screen.getByText('– neuer Versuch in 60 s')).toBeInTheDocument();
    await user.type(name, '-Berg');

    await user.click(screen.getByRole('button', { name: 'Jetzt versuchen' }));
    await waitFor(() => expect(open).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(saveMeeting).toHaveBeenCalled());
    expect(screen.getByRole('textbox', { name: 'Name der Referentin oder des Referenten' })).toHaveValue(
      'Dr. Hanna Vogt-Berg',
    );
    const saved = saveMeeting.mock.calls.at(-1) as unknown as [typeof typed];
    expect(saved[0].speaker.name).toBe('Dr. Hanna Vogt-Berg');
  });

  it('still shows what cannot be waited out in the message area', async () => {
    const error = new AppError('forbidden', 'denied', { status: 403 });
    renderPane(fakeGateway({ getOrganiser: () => Promise.reject(error) }));
    await waitFor(() => expect(messages()).toContain('Ihnen fehlt die Berechtigung'));
    expect(screen.queryByText(/neuer Versuch/)).not.toBeInTheDocument();
  });

  it('speaks English in an English Office', async () => {
    const open = failingFirst(data, busy());
    renderPane(fakeGateway({ planning: { open } }), { displayLanguage: 'en-US' });
    expect(await screen.findByText('Microsoft 365 is busy')).toBeInTheDocument();
    expect(screen.getByText('– next attempt in 2 s')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try now' })).toBeInTheDocument();
  });
});
