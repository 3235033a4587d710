import { screen, waitFor } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { YearCostsRow } from '../../../src/domain/csv';
import { expenseLine } from '../../fixtures/expenseLine';
import { entry, openVerlauf } from './setupVerlauf';

const rows: YearCostsRow[] = [
  {
    date: '2025-09-16',
    title: 'Vernetzungstreffen der Ehrenamtskoordination – 16. September 2025',
    venue: 'Kreishaus Northeim',
    participants: 12,
    line: expenseLine({ amountCents: 1865, description: 'Kekse; Obst', receiptNumber: '2025-066' }),
  },
  {
    date: '2025-01-29',
    title: 'Vernetzungstreffen der Ehrenamtskoordination – 29. Januar 2025',
    venue: 'Kreishaus Northeim',
    participants: 13,
    line: expenseLine({ id: 'l2', category: 'Getränke', description: 'Kaffee, Tee, Wasser', amountCents: 1360 }),
  },
];

interface Download {
  name: string;
  blob: Blob;
}

/** Captures what the pane hands to the browser's download instead of navigating. */
function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = jest.fn((blob: Blob) => {
    const url = `blob:treffpunkt/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  return downloads;
}

/** The blob's bytes as written (jsdom's Blob has no arrayBuffer(); FileReader it has). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const entries = [entry('8', '2026-09-15'), entry('5', '2025-11-26'), entry('1', '2025-01-29')];

describe('Verlauf: the costs of a year as a CSV', () => {
  afterEach(() => jest.restoreAllMocks());

  it('offers the years in the list and the current one, and downloads the chosen year for Excel', async () => {
    const downloads = captureDownloads();
    const yearCostRows = jest.fn().mockResolvedValue(rows);
    const user = await openVerlauf({ readPage: jest.fn().mockResolvedValue({ entries }), yearCostRows });

    const year = await screen.findByRole('combobox', { name: 'Jahr' });
    await waitFor(() =>
      expect(Array.from((year as HTMLSelectElement).options).map((o) => o.value)).toEqual(['2026', '2025']),
    );
    await user.selectOptions(year, '2025');
    await user.click(screen.getByRole('button', { name: 'Kosten 2025 herunterladen' }));

    expect(
      await screen.findByText(
        'Treffpunkt-Kosten-2025.csv gespeichert: 2 Posten, zusammen 32,25 €. Die Datei liegt im Download-Ordner.',
        { normalizer: (text) => text.replace(/\s+/g, ' ') },
      ),
    ).toHaveAttribute('role', 'status');
    expect(yearCostRows).toHaveBeenCalledWith(2025);
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.name).toBe('Treffpunkt-Kosten-2025.csv');
    expect(download?.blob.type).toBe('text/csv;charset=utf-8');

    const bytes = await bytesOf(download!.blob);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const lines = Buffer.from(bytes.slice(3)).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Datum;Treffen;Ort;Kategorie;Beschreibung;Betrag (EUR);Bezahlt von;Beleg;Teilnehmende');
    expect(lines[1]).toBe(
      '29.01.2025;Vernetzungstreffen der Ehrenamtskoordination – 29. Januar 2025;Kreishaus Northeim;Getränke;' +
        'Kaffee, Tee, Wasser;13,60;M. Albers;2026-014;13',
    );
    expect(lines[2]).toContain(';"Kekse; Obst";18,65;');
    expect(lines[3]).toBe('Summe;;;;;32,25;;;');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
  });

  it('makes no file for a year without costs, and says so', async () => {
    const downloads = captureDownloads();
    const user = await openVerlauf({
      readPage: jest.fn().mockResolvedValue({ entries }),
      yearCostRows: jest.fn().mockResolvedValue([]),
    });
    await user.click(await screen.findByRole('button', { name: 'Kosten 2026 herunterladen' }));
    expect(
      await screen.findByText('Für 2026 sind in der Liste keine Kosten eingetragen. Es wurde keine Datei erstellt.'),
    ).toBeInTheDocument();
    expect(downloads).toHaveLength(0);
  });

  it('says why the costs could not be read and tries again', async () => {
    const downloads = captureDownloads();
    const yearCostRows = jest.fn().mockRejectedValueOnce(new AppError('forbidden', 'denied')).mockResolvedValue(rows);
    const user = await openVerlauf({ readPage: jest.fn().mockResolvedValue({ entries }), yearCostRows });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Jahr' }), '2025');
    await user.click(screen.getByRole('button', { name: 'Kosten 2025 herunterladen' }));
    expect(await screen.findByText('Die Kosten für 2025 konnten nicht gelesen werden.')).toBeInTheDocument();
    expect(screen.getByText(/Bitte wenden Sie sich an die IT des Landkreises/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByText('Die Kosten für 2025 konnten nicht gelesen werden.')).not.toBeInTheDocument();
  });

  it('says what to do when the browser does not take the file', async () => {
    captureDownloads();
    URL.createObjectURL = jest.fn(() => {
      throw new Error('blocked');
    });
    const user = await openVerlauf({
      readPage: jest.fn().mockResolvedValue({ entries }),
      yearCostRows: jest.fn().mockResolvedValue(rows),
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Jahr' }), '2025');
    await user.click(screen.getByRole('button', { name: 'Kosten 2025 herunterladen' }));
    expect(await screen.findByText('Die Datei konnte nicht gespeichert werden.')).toBeInTheDocument();
    expect(screen.getByText(/Bitte erlauben Sie Downloads für Treffpunkt/)).toBeInTheDocument();
  });
});
