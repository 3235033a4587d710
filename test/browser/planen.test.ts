import type { Page } from 'playwright-core';
import { listItems } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { planTheMeeting, savedInSharePoint, SPEAKER } from './support/journey';

describe('Planen: the standard agenda, date, venue and speaker', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-planen');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
  });

  afterAll(() => harness?.close());

  it('takes the standard agenda, sets date, venue and speaker, and shows the clock times', async () => {
    await planTheMeeting(page);
    // The time plan is the agenda's rows: number, clock times, minutes, title (and who presents).
    const plan = page.getByRole('list', { name: 'Zeitplan' });
    await plan
      .getByRole('button', { name: /^TOP 1 · 15:00–15:20 · 20 Min\. Begrüßung und Vorstellungsrunde/ })
      .waitFor();
    await plan
      .getByRole('button', { name: new RegExp(`^TOP 5 · .*Input von dritter Seite ${SPEAKER.name}`) })
      .waitFor();
    await page.getByText('Einladung versenden bis Dienstag, 23. Februar 2027').waitFor();
    await savedInSharePoint(page);
  });

  it('restores exactly the same state after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
    expect(await page.getByLabel('Datum des Treffens', { exact: true }).inputValue()).toBe('16.03.2027');
    expect(await page.getByLabel('Beginn', { exact: true }).inputValue()).toBe('15:00');
    expect(await page.getByLabel('Name der Referentin oder des Referenten').inputValue()).toBe(SPEAKER.name);
    expect(await page.getByLabel('Thema des Inputs').inputValue()).toBe(SPEAKER.topic);
    const venue = await page.getByLabel('Ort').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text);
    expect(venue).toBe('Kreishaus Northeim');
  });

  it('keeps the meeting as one item in the SharePoint list, readable in its columns', async () => {
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const planned = items.filter((i) => i.fields.TpStatus === 'geplant');
    expect(planned).toHaveLength(1);
    const fields = planned[0]!.fields;
    expect(fields.TpOrt).toContain('Kreishaus Northeim');
    expect(fields.TpReferent).toContain(SPEAKER.name);
    expect(String(fields.TpTagesordnung)).toContain('Begrüßung und Vorstellungsrunde');
    expect(String(fields.TpTagesordnung)).toContain(SPEAKER.topic);
    expect(fields.TpBeginn).toBe('2027-03-16T14:00:00Z');
    expect(JSON.parse(String(fields.TpDaten))).toMatchObject({ schemaVersion: 2 });
  });

  it('keeps user text as text in the agenda (no HTML injection)', async () => {
    await page.getByRole('button', { name: /^TOP 1 · / }).click();
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill('<img src=x onerror=alert(1)>');
    await savedInSharePoint(page);
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const agenda = String(items.find((i) => i.fields.TpStatus === 'geplant')!.fields.TpTagesordnung);
    expect(agenda).not.toContain('<img');
    expect(agenda).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('works at 320 px without horizontal scrolling and has no axe violations', async () => {
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reorders agenda items by keyboard', async () => {
    const rowTitle = (top: number) =>
      page
        .getByRole('button', { name: new RegExp(`^TOP ${top} · `) })
        .locator('[data-part="title"]')
        .textContent();
    const before = await rowTitle(2);
    await page.getByRole('button', { name: `${before} nach oben` }).focus();
    await page.keyboard.press('Enter');
    expect(await rowTitle(1)).toBe(before);
  });
});
