import type { Page } from 'playwright-core';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';

const VIEWS = ['Planen', 'Einladung', 'Protokoll', 'Ausgaben', 'Verlauf', 'Einstellungen'];

/** The organiser's name as the emulator's /me reports it (the test does not assume the seed). */
async function organiserName(harness: Harness): Promise<string> {
  const tokenResponse = await fetch(`${harness.emulator.url}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scopes: ['User.Read'] }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const me = await fetch(`${harness.emulator.graphUrl}/me`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await me.json()) as { displayName: string }).displayName;
}

async function openView(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

describe('standalone task pane in Chromium at 320 × 570', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-pane');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
  });

  afterAll(() => harness?.close());

  it("shows the organiser's name from /me", async () => {
    const name = await organiserName(harness);
    await page.getByText(`Angemeldet als ${name}`).waitFor();
  });

  it.each(VIEWS)('view %s: no horizontal scrollbar and no axe violations (WCAG 2.1 A/AA)', async (name) => {
    await openView(page, name);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is usable by keyboard alone: Tab into the navigation, arrows to move, Enter to open', async () => {
    const { page: keyboardPage, context } = await harness.newPage();
    await keyboardPage.goto(harness.paneUrl);
    await keyboardPage.getByRole('heading', { name: 'Planen', level: 2 }).waitFor();
    for (let i = 0; i < 10; i++) {
      await keyboardPage.keyboard.press('Tab');
      const role = await keyboardPage.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'tab') break;
    }
    await keyboardPage.keyboard.press('ArrowRight');
    await keyboardPage.keyboard.press('Enter');
    await keyboardPage.getByRole('heading', { name: 'Einladung', level: 2 }).waitFor();
    const focusVisible = await keyboardPage.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focusVisible).toContain('Einladung');
    await context.close();
  });
});
