import type { Page } from 'playwright-core';
import { seededRandom } from '../../src/emulator/server';
import { emulatorJournal, listItems } from './support/graphProbe';
import { type Harness, startHarness } from './support/harness';
import { openView, planTheMeeting, savedInSharePoint } from './support/journey';

const ORGANISER = 'Angemeldet als Miriam Albers';
const NO_CONNECTION = /Keine Verbindung zu Microsoft 365/;

/** A fresh pane (new browser context: no cache, no stored drafts) until it shows the organiser and Planen. */
async function openFresh(harness: Harness): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await harness.newPage();
  await page.goto(harness.paneUrl);
  await page.getByText(ORGANISER).waitFor({ timeout: 120_000 });
  await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor({ timeout: 120_000 });
  return { page, close: () => context.close() };
}

/**
 * The emulator as a browser meets Graph: another origin, CORS enforced by Chromium (no request
 * interception), `Retry-After` not readable by the page. Each seed draws another sequence of faults.
 */
describe.each([2027, 4711])('ten fresh openings with 30 %% of Graph answers 429 or 503 (seed %i)', (seed) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness(`browser-drosselung-${seed}`, { rate429: 0.15, rate503: 0.15 }, seededRandom(seed));
  });

  afterAll(() => harness?.close());

  it('shows the organiser and the view every time, never "keine Verbindung"', async () => {
    const outcomes: string[] = [];
    for (let opening = 1; opening <= 10; opening++) {
      const { page, close } = await openFresh(harness);
      const text = await page.locator('body').innerText();
      outcomes.push(NO_CONNECTION.test(text) ? `opening ${opening}: keine Verbindung` : 'ok');
      await close();
    }
    expect(outcomes).toEqual(Array(10).fill('ok'));
    const journal = await emulatorJournal(harness);
    // The faults did happen, and the retries crossed the browser's CORS check.
    expect(journal.some((e) => e.response.status === 429 || e.response.status === 503)).toBe(true);
    expect(journal.some((e) => e.request.headers['retry-attempt'] !== undefined)).toBe(true);
  });
});

/** The text of the section under an h3 of the open view. */
const sectionText = (page: Page, heading: RegExp) =>
  page
    .locator('section', { has: page.getByRole('heading', { name: heading, level: 3 }) })
    .first()
    .innerText();

/** What the views show of the list's meetings, as text. */
async function whatTheViewsShow(page: Page) {
  await openView(page, 'Verlauf');
  await page.getByText(/\d+ Treffen angezeigt, das neueste zuerst\./).waitFor();
  const count = await page.getByText(/\d+ Treffen angezeigt, das neueste zuerst\./).textContent();
  const history = await page.getByRole('heading', { level: 4 }).allTextContents();
  await openView(page, 'Ausgaben');
  await page.getByRole('heading', { name: /^Ausgaben im Jahr/, level: 3 }).waitFor();
  const yearTotal = await sectionText(page, /^Ausgaben im Jahr/);
  await openView(page, 'Planen');
  const venues = await page.getByLabel('Ort').locator('option').allTextContents();
  const proposals = await sectionText(page, /^Termin$/);
  return { count, history, yearTotal, venues, proposals };
}

describe('every collection served in pages of three', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('browser-seiten');
  });

  afterAll(() => harness?.close());

  it('every view shows the same meetings, counts and sums as without paging', async () => {
    const whole = await openFresh(harness);
    const unpaged = await whatTheViewsShow(whole.page);
    await whole.close();
    expect(unpaged.history.length).toBeGreaterThan(3);

    harness.emulator.setFaults({ maxPageSize: 3 });
    const before = (await emulatorJournal(harness)).length;
    const paged = await openFresh(harness);
    const pagedView = await whatTheViewsShow(paged.page);
    await paged.close();
    expect(pagedView).toEqual(unpaged);
    // The service did cut the answers: next links were followed.
    const exchanges = (await emulatorJournal(harness)).slice(before);
    expect(exchanges.some((e) => /skiptoken/i.test(decodeURIComponent(JSON.stringify(e))))).toBe(true);
  });
});

describe('a list item created, then its answer lost', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('browser-verlorene-antwort', {
      lostAnswers: [{ method: 'POST', path: '/items', as: '504', times: 1 }],
    });
  });

  afterAll(() => harness?.close());

  it('saves the new meeting once: exactly one item, and the pane says it is saved', async () => {
    const { page, close } = await openFresh(harness);
    await planTheMeeting(page);
    await savedInSharePoint(page, 60_000);
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    expect(items.filter((i) => String(i.fields.TpBeginn ?? '').startsWith('2027-03-16'))).toHaveLength(1);
    const posts = (await emulatorJournal(harness)).filter((e) => e.method === 'POST' && /\/items$/.test(e.url));
    expect(posts[0]?.response.status).toBe(504);
    await close();
  });
});
