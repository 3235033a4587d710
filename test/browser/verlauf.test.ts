import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { emulatorJournal } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { savedInSharePoint } from './support/journey';
import { focusArrives, tabTo } from './support/keyboard';

const entryButton = (page: Page, date: string) => page.getByRole('button', { name: date, exact: true });

describe('Verlauf at 320 × 570, by keyboard alone', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-verlauf');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
    await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
  });

  afterAll(() => harness?.close());

  it('opens with the eight past meetings from the list, newest first, in one Graph round trip', async () => {
    await savedInSharePoint(page);
    const before = (await emulatorJournal(harness)).length;
    await tabTo(page, page.getByRole('tab', { name: 'Planen' }));
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Verlauf', level: 2 }).waitFor();
    await page.getByText('8 Treffen angezeigt, das neueste zuerst.').waitFor();

    const dates = await page.getByRole('heading', { level: 4 }).allTextContents();
    expect(dates[0]).toBe('Dienstag, 15. September 2026');
    expect(dates.at(-1)).toBe('Mittwoch, 29. Januar 2025');
    expect(dates).toHaveLength(8);
    // Graph's exchanges only: the opening's check of the lists' default views (SharePoint's own API) may still run.
    const exchanges = (await emulatorJournal(harness)).slice(before).filter((e) => e.url.startsWith('/v1.0/'));
    expect(exchanges.map((e) => e.method)).toEqual(['GET']);
    expect(decodeURIComponent(exchanges[0]!.url)).toMatch(/\/items\?\$select=id,webUrl&\$expand=fields\(\$select=/);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads one meeting: minutes, decisions, action items, people and costs; back returns to its entry', async () => {
    const june = entryButton(page, 'Mittwoch, 25. Juni 2025');
    await tabTo(page, june);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Mittwoch, 25. Juni 2025', level: 3 });
    await heading.waitFor();
    await focusArrives(heading);
    const details = page.getByRole('region', { name: 'Mittwoch, 25. Juni 2025' });
    await details.getByText(/Frau Engelke gab einen Überblick über Aufenthaltstitel/).waitFor();
    await details
      .getByText('Die Initiativen verweisen bei aufenthaltsrechtlichen Fragen an die Migrationsberatung.')
      .waitFor();
    await details.getByText(/Link zur Online-Terminvergabe im Verteiler teilen/).waitFor();
    await details.getByText('Verpflegung: 22,75 € (Beleg 2025-041)').waitFor();
    expect(await details.textContent()).toContain('Teilnehmende15');
    expect(await details.textContent()).toMatch(/Kosten34,55\s€/);
    await details.getByText(/direkt in SharePoint eingetragen/).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, page.getByRole('button', { name: 'Zurück zur Übersicht' }), { backwards: true, limit: 3 });
    await page.keyboard.press('Enter');
    await june.waitFor();
    await focusArrives(june);
  });

  it('downloads the costs of 2025 as a CSV that Excel opens (BOM, semicolons, German decimals)', async () => {
    const year = page.getByRole('combobox', { name: 'Jahr', exact: true });
    await tabTo(page, year);
    // The current year on the browser's fixed clock (TEST_NOW), then the one before.
    expect(await year.inputValue()).toBe('2026');
    await page.keyboard.press('ArrowDown');
    expect(await year.inputValue()).toBe('2025');
    await tabTo(page, page.getByRole('button', { name: 'Kosten 2025 herunterladen' }), { limit: 2 });
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Treffpunkt-Kosten-2025.csv');

    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Datum;Treffen;Ort;Kategorie;Beschreibung;Betrag (EUR);Bezahlt von;Beleg;Teilnehmende');
    expect(lines[1]).toMatch(
      /^29\.01\.2025;Vernetzungstreffen der Ehrenamtskoordination – 29\. Januar 2025;.*;38,50;;;13$/,
    );
    expect(lines).toHaveLength(8);
    expect(lines[6]).toBe('Summe;;;;;219,80;;;');
    expect(lines[7]).toBe('');

    await page
      .getByRole('status')
      .filter({ hasText: 'Treffpunkt-Kosten-2025.csv gespeichert: 5 Posten, zusammen 219,80' })
      .waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
