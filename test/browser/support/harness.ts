import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  type FaultOptions,
  type RunningEmulator,
  startEmulator,
  type TenantProfile,
} from '../../../src/emulator/server';
import { BUILD_DIR } from './globalSetup';
import { describePolicyViolations, takePolicyViolations, watchPolicyViolations } from './policyViolations';
import { serveFolder, type StaticServer } from './staticServer';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser's clock in every page the tests (and the bench) open, unless a test sets another: Tuesday,
 * 24 November 2026, 10:00 in Northeim. The journeys plan the meeting of 16 March 2027 and read the seeded
 * past meetings; on the real clock they would break as the dates pass (the Verlauf's year, the
 * "Schon jetzt einladen" offered only before the due date of 23 February 2027, the count of past
 * meetings). The clock is fixed, timers keep running.
 */
export const TEST_NOW = new Date('2026-11-24T09:00:00Z');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export interface Harness {
  emulator: RunningEmulator;
  browser: Browser;
  /** The standalone pane's address, pointed at this test's emulator. */
  paneUrl: string;
  /** A page in a fresh context at 320 × 570 (or the viewport given), with the browser's locale (default de-DE). */
  newPage: (
    viewport?: { width: number; height: number },
    locale?: string,
  ) => Promise<{ page: Page; context: BrowserContext }>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  /** the tenant's grants over the README's least-privilege ones (default: exactly those) */
  tenant?: Partial<TenantProfile> & { preset?: string };
  /** seed the site with Treffpunkt's lists and past meetings (default true); false: a site without them */
  seedLists?: boolean;
}

/** One emulator (fresh data folder under test-results/, kept for CI's conformance check), the built pane and Chromium. */
export async function startHarness(
  name: string,
  faults?: FaultOptions,
  random?: () => number,
  options: HarnessOptions = {},
): Promise<Harness> {
  const dataDir = path.resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dataDir, { recursive: true, force: true });
  const emulator = await startEmulator({
    dataDir,
    port: 0,
    reset: true,
    faults,
    ...(random ? { random } : {}),
    ...(options.tenant ? { tenant: options.tenant } : {}),
    ...(options.seedLists === undefined ? {} : { seedLists: options.seedLists }),
  });
  const site: StaticServer = await serveFolder(BUILD_DIR);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const paneUrl = `${site.url}/taskpane.html?emulator=${encodeURIComponent(emulator.url)}`;
  return {
    emulator,
    browser,
    paneUrl,
    newPage: async (viewport = { width: 320, height: 570 }, locale = 'de-DE') => {
      const context = await browser.newContext({ viewport, locale });
      await context.clock.setFixedTime(TEST_NOW);
      // A step that waits longer than this names its locator in the failure instead of timing out the test.
      context.setDefaultTimeout(20_000);
      // Every page runs under the pane's Content-Security-Policy; each test ends with zero violations (setup.ts).
      await watchPolicyViolations(context);
      return { page: await context.newPage(), context };
    },
    close: async () => {
      await browser.close();
      await site.close();
      await emulator.close();
      const late = takePolicyViolations();
      if (late.length > 0) throw new Error(describePolicyViolations(late));
    },
  };
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violation = { id: string; impact: string | null | undefined; targets: unknown[] };

function violationsOf(result: Awaited<ReturnType<AxeBuilder['analyze']>>, prefix = ''): Violation[] {
  return result.violations.map((v) => ({
    id: prefix + v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target),
  }));
}

/**
 * axe for WCAG 2.1 A/AA; Fluent's focus-trap helpers are excluded (known aria-hidden-focus false
 * positive). Sandboxed frames run no scripts, so axe cannot enter them: their documents (the invitation
 * preview) are checked on their own in a page of the same size.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await animationsDone(page);
  const result = await new AxeBuilder({ page })
    .withTags(WCAG)
    .exclude('[data-tabster-dummy]')
    .exclude('iframe[sandbox]')
    .analyze();
  const framed: Violation[] = [];
  const documents = await page
    .locator('iframe[sandbox]')
    .evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).srcdoc));
  for (const [i, html] of documents.entries()) {
    const framePage = await page.context().newPage();
    await framePage.setContent(html);
    framed.push(...violationsOf(await new AxeBuilder({ page: framePage }).withTags(WCAG).analyze(), `frame ${i}: `));
    await framePage.close();
  }
  return [...violationsOf(result), ...framed];
}

/** True when the page is wider than its viewport (a horizontal scrollbar). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * Waits for running animations (a dialog fading in, the calendar's weeks sliding in): axe measures
 * colours as they are on screen. Endless ones (a spinner) are not waited for.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
