import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import { fakeGateway, organiser, renderPane } from '../support/renderPane';

describe('task pane shell', () => {
  it("shows the organiser's name from /me", async () => {
    renderPane();
    expect(await screen.findByText('Angemeldet als Miriam Albers')).toBeInTheDocument();
  });

  it('offers the six sections as tabs and opens one by click and by keyboard', async () => {
    const user = userEvent.setup();
    renderPane();
    expect(screen.getAllByRole('tab')).toHaveLength(6);
    for (const name of ['Planen', 'Einladung', 'Protokoll', 'Ausgaben', 'Verlauf', 'Einstellungen']) {
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Planen' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'Planen', level: 2 })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Einstellungen' }));
    expect(await screen.findByRole('heading', { name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByText('vernetzung-ehrenamt@landkreis-northeim.de')).toBeInTheDocument();

    screen.getByRole('tab', { name: 'Verlauf' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Verlauf' })).toBeInTheDocument();
  });

  it('says when Microsoft 365 is unreachable, keeps trying and recovers on request', async () => {
    const user = userEvent.setup();
    const getOrganiser = jest
      .fn()
      .mockRejectedValueOnce(new AppError('offline', 'fetch failed'))
      .mockResolvedValue(organiser);
    renderPane(fakeGateway({ getOrganiser }));
    expect(await screen.findByText('Keine Verbindung zu Microsoft 365')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Meldungen' }).textContent).toBe('');

    await user.click(screen.getByRole('button', { name: 'Jetzt versuchen' }));
    expect(await screen.findByText('Angemeldet als Miriam Albers')).toBeInTheDocument();
    expect(getOrganiser).toHaveBeenCalledTimes(2);
  });

  it('names the request id of a failed Graph call for the IT', async () => {
    const error = new AppError('forbidden', 'denied', { status: 403, requestId: 'abc-123' });
    renderPane(fakeGateway({ getOrganiser: () => Promise.reject(error) }));
    expect(await screen.findByText('Anfrage-ID für die IT: abc-123')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).not.toBeInTheDocument();
  });

  it("speaks English when Office's display language is English", async () => {
    renderPane(fakeGateway(), { displayLanguage: 'en-GB' });
    expect(await screen.findByText('Signed in as Miriam Albers')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Minutes' })).toBeInTheDocument();
  });
});
