import { screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import { entry, openVerlauf } from './setupVerlauf';

const headingsOf = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);

describe('Verlauf: the past meetings from the list', () => {
  it('loads one page when opened and shows the meetings newest first, with status, venue, input, people and costs', async () => {
    const readPage = jest.fn().mockResolvedValue({
      entries: [
        entry('3', '2026-09-15', { venueName: 'Alte Schule Einbeck', costCents: 3905, participants: 14 }),
        entry('2', '2025-06-25'),
        entry('1', '2026-02-24', { costCents: undefined, participants: undefined, status: 'abgesagt', speaker: '' }),
      ],
    });
    await openVerlauf({ readPage });

    const list = await screen.findByRole('list');
    expect(headingsOf(list)).toEqual([
      'Dienstag, 15. September 2026',
      'Dienstag, 24. Februar 2026',
      'Mittwoch, 25. Juni 2025',
    ]);
    expect(readPage).toHaveBeenCalledTimes(1);
    expect(readPage).toHaveBeenCalledWith({ before: '2026-11-24' });
    expect(screen.getByText('3 Treffen angezeigt, das neueste zuerst.')).toBeInTheDocument();

    const [newest, cancelled] = within(list).getAllByRole('listitem');
    expect(newest).toHaveTextContent('StatusProtokolliert');
    expect(newest).toHaveTextContent('OrtAlte Schule Einbeck');
    expect(newest).toHaveTextContent('InputYasemin Aydın (Migrationsberatung): Angebote der MBE');
    expect(newest).toHaveTextContent('Teilnehmende14');
    expect(newest).toHaveTextContent('Kosten39,05 €');
    expect(cancelled).toHaveTextContent('StatusAbgesagt');
    expect(cancelled).toHaveTextContent('Inputkein Input eingetragen');
    expect(cancelled).toHaveTextContent('Teilnehmendenicht erfasst');
    expect(cancelled).toHaveTextContent('Kostennicht erfasst');
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).not.toBeInTheDocument();
  });

  it('appends the next page with "Weitere laden", sorts all again and moves the keyboard to the first new meeting', async () => {
    const readPage = jest
      .fn()
      .mockResolvedValueOnce({ entries: [entry('8', '2026-09-15'), entry('7', '2026-05-20')], nextLink: 'page-2' })
      .mockResolvedValueOnce({ entries: [entry('6', '2025-11-26'), entry('9', '2026-06-30')] });
    const user = await openVerlauf({ readPage });

    await user.click(await screen.findByRole('button', { name: 'Weitere laden' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(4));
    expect(headingsOf(screen.getByRole('list'))).toEqual([
      'Dienstag, 15. September 2026',
      'Dienstag, 30. Juni 2026',
      'Mittwoch, 20. Mai 2026',
      'Mittwoch, 26. November 2025',
    ]);
    expect(readPage).toHaveBeenLastCalledWith({ before: '2026-11-24', nextLink: 'page-2' });
    expect(screen.getByText('2 weitere Treffen geladen.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Mittwoch, 26. November 2025' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).not.toBeInTheDocument();
  });

  it('says why the list could not be read and loads it again on request', async () => {
    const readPage = jest
      .fn()
      .mockRejectedValueOnce(new AppError('offline', 'fetch failed'))
      .mockResolvedValue({ entries: [entry('1', '2026-09-15')] });
    const user = await openVerlauf({ readPage });

    expect(await screen.findByText('Der Verlauf konnte nicht geladen werden.')).toBeInTheDocument();
    expect(screen.getByText(/Keine Verbindung zu Microsoft 365/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('button', { name: 'Dienstag, 15. September 2026' })).toBeInTheDocument();
    expect(screen.queryByText('Der Verlauf konnte nicht geladen werden.')).not.toBeInTheDocument();
    expect(readPage).toHaveBeenCalledTimes(2);
  });

  it('keeps what was loaded when the next page fails, and tries that page again', async () => {
    const readPage = jest
      .fn()
      .mockResolvedValueOnce({ entries: [entry('8', '2026-09-15')], nextLink: 'page-2' })
      .mockRejectedValueOnce(new AppError('throttled', 'too many requests'))
      .mockResolvedValueOnce({ entries: [entry('6', '2025-11-26')] });
    const user = await openVerlauf({ readPage });

    await user.click(await screen.findByRole('button', { name: 'Weitere laden' }));
    expect(await screen.findByText('Weitere Treffen konnten nicht geladen werden.')).toBeInTheDocument();
    expect(screen.getByText(/Microsoft 365 ist gerade ausgelastet/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(readPage).toHaveBeenNthCalledWith(3, { before: '2026-11-24', nextLink: 'page-2' });
  });

  it('says so when the list has no past meetings yet', async () => {
    await openVerlauf({ readPage: jest.fn().mockResolvedValue({ entries: [] }) });
    expect(await screen.findByText('In der Liste gibt es noch keine früheren Treffen.')).toBeInTheDocument();
  });
});
