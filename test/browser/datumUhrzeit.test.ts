import type { Page } from 'playwright-core';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { focusArrives, tabTo } from './support/keyboard';

/**
 * In a browser whose locale is English (en-US: month first, 12-hour clock), Planen's date and time
 * still read and take German formats, typed or picked by keyboard alone, at 320 px.
 */
/** The day the keyboard is on in the calendar: its button's label, or the cell's. */
const focusedDay = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    return (focused?.querySelector('button') ?? focused)?.getAttribute('aria-label');
  });

describe('Date and time in German, in an English browser, by keyboard at 320 px', () => {
  let harness: Harness;
  let page: Page;
  const date = () => page.getByLabel('Datum des Treffens', { exact: true });
  // The plain field, or once reached Fluent's time picker (its list is labelled "Beginn" too).
  const start = () => page.locator('input').and(page.getByLabel('Beginn', { exact: true }));

  beforeAll(async () => {
    harness = await startHarness('browser-datum-uhrzeit');
    ({ page } = await harness.newPage(undefined, 'en-US'));
    await page.goto(harness.paneUrl);
    await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
  });

  afterAll(() => harness?.close());

  it('shows the date as TT.MM.JJJJ and the time on the 24-hour clock', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    expect(await date().inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(await start().inputValue()).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  });

  it('takes a date typed the German way, and keeps an American one with a German message', async () => {
    await tabTo(page, date());
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3/16/2027');
    await page.keyboard.press('Tab');
    expect(await date().inputValue()).toBe('3/16/2027');
    await page.getByText('Bitte ein Datum wie 16.03.2027 eingeben.').waitFor();

    await tabTo(page, date(), { backwards: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('16.3.2027');
    await page.keyboard.press('Tab');
    expect(await date().inputValue()).toBe('16.03.2027');
    await page.getByText('Einladung versenden bis Dienstag, 23. Februar 2027').waitFor();
  });

  it('picks a date from the calendar: German months, weeks from Monday, arrow keys, Enter', async () => {
    const toggle = page.getByRole('button', { name: 'Kalender für „Datum des Treffens“ öffnen' });
    await tabTo(page, toggle, { backwards: true });
    await page.keyboard.press('Enter');
    const grid = page.getByRole('grid', { name: /März 2027/ });
    await grid.waitFor();
    const weekdays = await grid.getByRole('columnheader').allTextContents();
    expect(weekdays.filter((day) => /^[A-Z][a-z]$/.test(day))).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Opened, the calendar has the focus on the chosen day.
    await page.waitForFunction(() => document.activeElement?.closest('[role="grid"]'));
    expect(await focusedDay(page)).toBe('16, März, 2027');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') !== '16, März, 2027');
    expect(await focusedDay(page)).toBe('23, März, 2027');
    await page.keyboard.press('Enter');
    await focusArrives(date());
    expect(await date().inputValue()).toBe('23.03.2027');
    await page.getByText('Einladung versenden bis Dienstag, 2. März 2027').waitFor();
  });

  it('takes a time typed or picked, never AM or PM', async () => {
    await tabTo(page, start());
    await page.keyboard.press('Control+A');
    await page.keyboard.type('16.30');
    await page.keyboard.press('Tab');
    expect(await start().inputValue()).toBe('16:30');
    await page.getByText('bis 19:30 Uhr (3 Stunden)').waitFor();

    await tabTo(page, start(), { backwards: true });
    await page.keyboard.press('Alt+ArrowDown');
    const times = await page.getByRole('option').allTextContents();
    expect(times).toContain('15:00');
    expect(times).toContain('19:45');
    expect(times.join(' ')).not.toMatch(/AM|PM/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('option', { name: '15:00' }).click();
    expect(await start().inputValue()).toBe('15:00');
    await page.getByText('bis 18:00 Uhr (3 Stunden)').waitFor();
  });
});
