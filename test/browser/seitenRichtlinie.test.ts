import type { Page } from 'playwright-core';
import { type Harness, startHarness } from './support/harness';
import { takePolicyViolations } from './support/policyViolations';

/** The add-in's pages besides the task pane (which every other journey opens): each under its policy. */
const PAGES = [
  { file: 'commands.html', title: 'Treffpunkt – Befehle' },
  { file: 'support.html', title: /Treffpunkt/ },
] as const;

const policyOf = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  );

describe('The commands and support pages run under the Content-Security-Policy with zero violations', () => {
  let harness: Harness;
  let site: string;

  beforeAll(async () => {
    harness = await startHarness('browser-seiten-richtlinie');
    site = new URL(harness.paneUrl).origin;
  }, 120_000);

  afterAll(() => harness?.close());

  for (const { file, title } of PAGES) {
    it(`${file}: loaded with its policy, no violation (each test's end checks)`, async () => {
      const { page } = await harness.newPage();
      await page.goto(`${site}/${file}`, { waitUntil: 'load' });
      expect(await page.title()).toMatch(title);
      const policy = await policyOf(page);
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      await page.context().close();
    });
  }

  it('a violation on the commands page would be seen (an inline script is refused and recorded)', async () => {
    const { page } = await harness.newPage();
    await page.goto(`${site}/commands.html`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
    // The report arrives through a binding: wait for it (the test's end would fail on any left over).
    const seen: string[] = [];
    for (let attempt = 0; attempt < 100 && !seen.some((text) => /script-src/.test(text)); attempt++) {
      seen.push(...takePolicyViolations().map((v) => v.text));
      if (!seen.some((text) => /script-src/.test(text))) await page.waitForTimeout(100);
    }
    expect(seen.some((text) => /script-src/.test(text))).toBe(true);
    // Chromium may report it twice (event and console): none is left for the test's end.
    await page.context().close();
    takePolicyViolations();
  });
});
