/* Load figures for `npm run bench`: the JavaScript a page fetches first, and the pane timed against the
 * bare Fluent page (bench/bare.tsx), alternately, in a fresh browser context per run.
 *
 * These pages run on the browser's real clock, unlike the round-trip scenarios (fixed at TEST_NOW):
 * Playwright's fixed clock replaces Date, the timers and `performance` in the page, whose getEntries*
 * then return nothing and whose now() counts from the clock's install. They read no dates: a fresh
 * emulator has no meeting planned, and the pane opens on Planen. */

const viewport = { width: 320, height: 570 };

/**
 * Runs in the page before its own scripts (an init script): `window.__benchShown` settles with
 * `shownAt`, the performance.now() at which a text matching `source` first entered the DOM (in the
 * MutationObserver's microtask, right after the render that put it there), `paintedAt`, once the
 * frame showing it has been painted (the next animation frame, then a message: after that frame), and
 * `shift`, the layout shift until then (the sum of Chromium's layout-shift entries, as CLS counts them).
 * With a `form` selector, `window.__benchForm` is the performance.now() at which an element matching it
 * first entered the DOM (the first view's form, with the data the opening read).
 */
function markWhenShown({ source, form }) {
  const pattern = new RegExp(source);
  if (form) {
    const formObserver = new MutationObserver(() => {
      if (!document.querySelector(form)) return;
      formObserver.disconnect();
      window.__benchForm = performance.now();
    });
    formObserver.observe(document, { childList: true, subtree: true });
  }
  let shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  let settle;
  window.__benchShown = new Promise((resolve) => (settle = resolve));
  const shows = (node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode(); text; text = walker.nextNode()) {
      if (pattern.test((text.parentElement?.textContent ?? '').trim())) return true;
    }
    return false;
  };
  const observer = new MutationObserver((mutations) => {
    const nodes = mutations.flatMap((m) => (m.type === 'characterData' ? [m.target] : [...m.addedNodes]));
    if (!nodes.some(shows)) return;
    observer.disconnect();
    const shownAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => settle({ shownAt, paintedAt: performance.now(), shift });
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** The two pages: where each is served, what "ready" means, and the text the init script watches for. */
function loadTargets(siteUrl, emulatorUrl) {
  return [
    {
      label: 'pane',
      folderUrl: `${siteUrl}/pane`,
      url: `${siteUrl}/pane/taskpane.html?emulator=${encodeURIComponent(emulatorUrl)}`,
      readyText: '^Angemeldet als ',
      ready: (page) => page.getByText(/^Angemeldet als /).waitFor(),
      // Planen's first field: the form shows once the opening's data is in.
      formSelector: 'main input',
    },
    {
      label: 'bare page',
      folderUrl: `${siteUrl}/bare`,
      url: `${siteUrl}/bare/index.html`,
      readyText: '^Bereit$',
      ready: (page) => page.getByRole('button', { name: 'Bereit' }).waitFor(),
    },
  ];
}

/**
 * The JavaScript and CSS files (relative to the page's folder) Chromium fetches until the page is ready and the
 * network idle.
 */
async function firstLoadFiles(browser, target) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (request) => {
    const address = request.url().split('?')[0];
    if (address.startsWith(`${target.folderUrl}/`) && /\.(js|css)$/.test(address))
      files.add(address.slice(target.folderUrl.length + 1));
  });
  await page.goto(target.url);
  await target.ready(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...files];
}

/**
 * One load of `target` in a fresh context: DOMContentLoaded, first contentful paint, ready shown and painted (ms), and
 * the layout shift until ready painted (the pane's placeholder for the name must not move anything).
 */
async function timeLoad(browser, target) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(markWhenShown, { source: target.readyText, form: target.formSelector });
  const page = await context.newPage();
  await page.goto(target.url);
  await target.ready(page);
  if (target.formSelector) await page.locator(target.formSelector).first().waitFor();
  const figures = await page.evaluate(async (source) => {
    const late = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`No text matching ${source} seen by the init script`)), 10000),
    );
    const { shownAt, paintedAt, shift } = await Promise.race([window.__benchShown, late]);
    const nav = performance.getEntriesByType('navigation')[0];
    // Paint entries come once the frame is presented, which can be after the page's own "painted".
    const paintEntry = () =>
      performance.getEntriesByName('first-contentful-paint')[0] || performance.getEntriesByName('first-paint')[0];
    for (let waited = 0; !paintEntry() && waited < 1000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const paint = paintEntry();
    return {
      dcl: nav.domContentLoadedEventEnd,
      paint: paint ? paint.startTime : NaN,
      shown: shownAt,
      painted: paintedAt,
      shift,
      form: window.__benchForm ?? NaN,
    };
  }, target.readyText);
  await context.close();
  return figures;
}

/**
 * `runs` pairs, the pane first in even pairs and the bare page first in odd ones, after one warm-up load
 * of each (not counted). Returns one list of figures per target, in pair order.
 */
async function timePairs(browser, targets, runs) {
  for (const target of targets) await timeLoad(browser, target);
  const results = targets.map(() => []);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) results[k].push(await timeLoad(browser, targets[k]));
  }
  return results;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Median (min–max) of the loads that have the figure; how many had none (e.g. no paint entry yet) is said. */
const ms = (all) => {
  const values = all.filter(Number.isFinite);
  if (values.length === 0) return '    – (none)';
  const missing = all.length - values.length;
  const range = `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  return `${median(values).toFixed(0).padStart(5)} ms (${range})${missing ? `, ${missing} without` : ''}`;
};

function printTimings([pane, bare], runs) {
  console.log(
    `\nLoad timings in headless Chromium, 320 × 570, real clock: ${runs} alternating pairs (pane then bare page,` +
      ' then the other way round), a fresh context each; median (min–max)',
  );
  console.log(`  ${''.padEnd(44)} ${'pane'.padEnd(22)} bare page`);
  for (const [label, key] of [
    ['DOMContentLoaded', 'dcl'],
    ['first contentful paint', 'paint'],
    ['ready in the DOM (name / button)', 'shown'],
    ['ready painted (name / button)', 'painted'],
  ]) {
    const column = (figures) => ms(figures.map((f) => f[key]));
    console.log(`  ${label.padEnd(44)} ${column(pane).padEnd(22)} ${column(bare)}`);
  }
  const form = pane.map((f) => f.form);
  console.log(`  ${"first view's form in the DOM (Planen)".padEnd(44)} ${ms(form).padEnd(22)} –`);
  const shifts = (figures) => {
    const values = figures.map((f) => f.shift);
    return `${median(values).toFixed(3).padStart(8)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)})`;
  };
  console.log(`  ${'layout shift until ready painted (CLS)'.padEnd(44)} ${shifts(pane).padEnd(22)} ${shifts(bare)}`);
  const ratios = pane.map((p, i) => p.painted / bare[i].painted);
  const ofMedians = median(pane.map((p) => p.painted)) / median(bare.map((b) => b.painted));
  console.log(
    `  pane / bare page, ready painted: ${median(ratios).toFixed(2)}× (median of the ${runs} per-pair ratios,` +
      ` ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×); ratio of the medians ${ofMedians.toFixed(2)}×`,
  );
}

module.exports = { loadTargets, firstLoadFiles, timePairs, printTimings };
