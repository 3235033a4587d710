import type { Page } from 'playwright-core';
import { listItems } from './support/graphProbe';
import { EXPENSE_LINES as LINES, focused, typeExpenseLine as typeLine } from './support/expenses';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { savedInSharePoint } from './support/journey';
import { tabTo } from './support/keyboard';

/** The category select of the new line: where typing an expense line starts. */
const categorySelect = (page: Page) => page.getByRole('combobox', { name: /^Kategorie/ });

async function openAusgabenByKeyboard(page: Page) {
  await page.getByRole('heading', { name: 'Planen', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
  await tabTo(page, page.getByRole('tab', { name: 'Planen' }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Ausgaben', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Ausgabe erfassen', level: 3 }).waitFor();
}

const valueAfter = (page: Page, term: string) =>
  page
    .getByText(term, { exact: true })
    .first()
    .evaluate((dt) => dt.nextElementSibling?.textContent?.replace(/\s/g, ' ') ?? '');

describe('Ausgaben at 320 × 570, by keyboard alone', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-ausgaben');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
  });

  afterAll(() => harness?.close());

  it('adds three expense lines with Tab, typing, Enter and Space, and shows the total', async () => {
    await openAusgabenByKeyboard(page);
    await tabTo(page, categorySelect(page));
    await typeLine(page, LINES[0]!, 'Enter');
    expect((await focused(page)).name).toMatch(/^Kategorie/);
    await typeLine(page, LINES[1]!, 'Enter');
    await typeLine(page, LINES[2]!, 'Space');

    await page.getByRole('listitem').filter({ hasText: 'Bahnfahrt Referentin' }).waitFor();
    expect(await page.getByRole('listitem').count()).toBe(3);
    expect(await valueAfter(page, 'Gesamt')).toBe('76,00 €');
    expect(await valueAfter(page, 'Verpflegung')).toBe('24,90 €');
    await savedInSharePoint(page);
  });

  it('fits 320 px without horizontal scrolling and has no axe violations', async () => {
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("files the lines in cents in the meeting's list item (TpDaten) and the total in euros", async () => {
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const stored = items
      .map((item) => ({
        fields: item.fields,
        data: JSON.parse(String(item.fields.TpDaten ?? '{}')) as { meeting?: { expenses?: unknown[] } },
      }))
      .filter(({ data }) => (data.meeting?.expenses?.length ?? 0) > 0);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.fields.TpKosten).toBe(76);
    const cents = [2490, 1250, 3860];
    expect(stored[0]!.data.meeting!.expenses).toEqual(
      LINES.map((line, n) =>
        expect.objectContaining({
          category: line.category,
          description: line.description,
          amountCents: cents[n],
          paidBy: line.paidBy,
          receiptNumber: line.receipt,
        }),
      ),
    );
  });

  it('keeps a wrong amount with its German message, also across a reload, and stays axe clean', async () => {
    await tabTo(page, categorySelect(page));
    await page.keyboard.type('Sonst');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Moderationskarten');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12.5x');
    await page.keyboard.press('Enter');
    await page.getByText('„12.5x“ ist kein Betrag. Bitte einen Betrag wie 12,50 eingeben.').waitFor();
    const amount = page.getByRole('textbox', { name: /Betrag in Euro/ });
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await openAusgabenByKeyboard(page);
    expect(await page.getByRole('listitem').count()).toBe(3);
    expect(await page.getByRole('textbox', { name: /Betrag in Euro/ }).inputValue()).toBe('12.5x');
    expect(await page.getByRole('textbox', { name: /Wofür/ }).inputValue()).toBe('Moderationskarten');
  });

  it('removes a line by keyboard and brings it back with the undo', async () => {
    await tabTo(page, page.getByRole('button', { name: '„Wasser und Saft“ entfernen', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByText('„Wasser und Saft“ (12,50 €) entfernt.').waitFor();
    expect(await page.getByRole('listitem').count()).toBe(2);
    expect(await valueAfter(page, 'Gesamt')).toBe('63,50 €');
    expect((await focused(page)).name).toBe('Entfernen von „Wasser und Saft“ rückgängig machen');
    await page.keyboard.press('Space');
    await page.getByRole('listitem').filter({ hasText: 'Wasser und Saft' }).waitFor();
    expect(await valueAfter(page, 'Gesamt')).toBe('76,00 €');
    await savedInSharePoint(page);
  });
});
