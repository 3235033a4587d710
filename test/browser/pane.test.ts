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

/**
 * The boxes and the look of a header's parts (the header, its title, subtitle, organiser line and the name in
 * it), rounded to a tenth of a pixel.
 */
function headerParts(page: Page, selector: string) {
  return page.evaluate((header) => {
    const root = document.querySelector(header);
    const [title, subtitle, line] = root ? [...root.children] : [];
    return [root, title, subtitle, line, line?.firstElementChild].map((element) => {
      if (!element) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        box: [box.x, box.y, box.width, box.height].map((value) => Math.round(value * 10) / 10),
        look: [style.fontFamily, style.fontSize, style.lineHeight, style.fontWeight, style.color, style.borderBottom],
      };
    });
  }, selector);
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

  it("taskpane.html: the policy before any script; the entry (deferred) and the tree's chunks ahead of Office.js's blocking script, Planen's after it", async () => {
    const html = await (await fetch(new URL('taskpane.html', harness.paneUrl))).text();
    const head = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'text/html');
      return [...doc.head.children].map((element) => ({
        tag: element.tagName.toLowerCase(),
        src: element.getAttribute('src') ?? element.getAttribute('href') ?? '',
        rel: element.getAttribute('rel') ?? element.getAttribute('http-equiv') ?? '',
        defer: element.hasAttribute('defer'),
        async: element.hasAttribute('async'),
      }));
    }, html);
    const policy = head.findIndex((element) => element.rel === 'Content-Security-Policy');
    const firstLoad = head.findIndex((element) => element.tag === 'script' || element.tag === 'link');
    expect(policy).toBeGreaterThanOrEqual(0);
    expect(policy).toBeLessThan(firstLoad);
    const office = head.findIndex((element) => element.tag === 'script' && /office\.js$/.test(element.src));
    const entry = head.findIndex((element) => element.tag === 'script' && /^taskpane\./.test(element.src));
    // Office.js blocks the parser in <head>, as Microsoft requires; the entry runs after it (deferred).
    expect(head[office]).toMatchObject({ defer: false, async: false });
    expect(head[entry]).toMatchObject({ defer: true });
    expect(entry).toBeLessThan(office);
    const preloads = head.map((element, index) => ({ ...element, index })).filter((e) => e.rel === 'preload');
    const before = preloads.filter((e) => e.index < office).map((e) => e.src);
    const after = preloads.filter((e) => e.index > office).map((e) => e.src);
    expect(before.some((src) => /^pane\./.test(src))).toBe(true);
    expect(before.some((src) => /^griffel\..*\.css$/.test(src))).toBe(true);
    expect(after.some((src) => /^view-planen\./.test(src))).toBe(true);
    expect(before.filter((src) => after.includes(src))).toEqual([]);
    // Nothing of the pane's is parser-blocking besides Office.js.
    const blocking = head.filter((e) => e.tag === 'script' && !e.defer && !e.async);
    expect(blocking.map((e) => e.src)).toEqual([head[office]!.src]);
  });

  it("shows the organiser's name from /me", async () => {
    const name = await organiserName(harness);
    await page.getByText(`Angemeldet als ${name}`).waitFor();
  });

  it("paints its header with the name before the pane's tree is evaluated; the pane's header takes its place to the pixel", async () => {
    const name = await organiserName(harness);
    const { page: early, context } = await harness.newPage();
    try {
      // The tree's chunk held back: what shows meanwhile is taskpane.html's header.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await early.route(/\/pane\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await early.goto(harness.paneUrl);
      const stand = early.locator('#treffpunkt-early');
      await stand.getByText(`Angemeldet als ${name}`, { exact: true }).waitFor();
      expect(await early.locator('#root').innerHTML()).toBe('');
      const before = await headerParts(early, '#treffpunkt-early');
      release();
      await early.locator('#root header').getByText(`Angemeldet als ${name}`, { exact: true }).waitFor();
      expect(await stand.count()).toBe(0);
      expect(await early.getByRole('banner').count()).toBe(1);
      expect(await headerParts(early, '#root header')).toEqual(before);
    } finally {
      await context.close();
    }
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
