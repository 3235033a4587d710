#!/usr/bin/env node
/* npm run bench: builds for production and prints figures. Bytes (raw and gzip) of what the
 * standalone pane loads first and in total; load timings in headless Chromium over several runs
 * (median and spread); Graph round trips per user action. Prints only; asserts nothing. */
require('./register.cjs');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');
const { startEmulator } = require('../src/emulator/server.ts');
const { serveFolder } = require('../test/browser/support/staticServer.ts');
const { CHROMIUM_ARGS, chromiumPath } = require('../test/browser/support/harness.ts');
const { scenarios } = require('./benchScenarios.cjs');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist-bench');
const RUNS = Number(process.env.BENCH_RUNS || 7);

function build() {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const env = { ...process.env, TREFFPUNKT_OUT_DIR: 'dist-bench', TREFFPUNKT_MODE: 'emulator', TREFFPUNKT_ORIGIN: '' };
  const result = spawnSync(process.execPath, [cli, '--mode', 'production'], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizeOf = (files) =>
  files.reduce(
    (sum, file) => {
      const content = fs.readFileSync(path.join(outDir, file));
      return { raw: sum.raw + content.length, gzip: sum.gzip + zlib.gzipSync(content, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

function printBytes(firstLoad) {
  const all = fs.readdirSync(outDir).filter((f) => f.endsWith('.js'));
  const app = firstLoad.filter((f) => !f.startsWith('office/'));
  const office = firstLoad.filter((f) => f.startsWith('office/'));
  const rows = [
    ['first load, Treffpunkt JS (as Chromium fetched it)', app],
    ['first load, Office.js (Microsoft CDN in production)', office],
    ['total, Treffpunkt JS (all chunks)', all],
  ];
  console.log('\nBytes (production build, standalone task pane)');
  for (const [label, files] of rows) {
    const { raw, gzip } = sizeOf(files);
    console.log(
      `  ${label.padEnd(52)} raw ${kb(raw).padStart(10)}   gzip ${kb(gzip).padStart(9)}   (${files.length} files)`,
    );
  }
  console.log(`  first-load files: ${firstLoad.join(', ')}`);
  const chunks = all.map((f) => [f, sizeOf([f]).gzip]).sort((a, b) => b[1] - a[1]);
  console.log(
    '  chunks by gzip size: ' + chunks.map(([f, g]) => `${f.replace(/\.[0-9a-f]{8}\.js$/, '')} ${kb(g)}`).join(', '),
  );
}

/*
 * The load measurements below run on the browser's real clock, unlike the round-trip scenarios (fixed at
 * TEST_NOW): Playwright's fixed clock replaces Date, the timers and `performance` in the page, whose
 * getEntries* then return nothing and whose now() counts from the clock's install. They read no dates:
 * a fresh emulator has no meeting planned, and the pane opens on Planen.
 */

/** The JavaScript files Chromium fetches until the pane shows the organiser and the network is idle. */
async function firstLoadFiles(browser, url, siteUrl) {
  const context = await browser.newContext({ viewport: { width: 320, height: 570 } });
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (request) => {
    const address = request.url();
    if (address.startsWith(siteUrl) && address.split('?')[0].endsWith('.js'))
      files.add(new URL(address).pathname.slice(1));
  });
  await page.goto(url);
  await page.getByText(/^Angemeldet als /).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...files];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;

async function timeLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 320, height: 570 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByText(/^Angemeldet als /).waitFor();
  const figures = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint =
      performance.getEntriesByName('first-contentful-paint')[0] || performance.getEntriesByName('first-paint')[0];
    return { dcl: nav.domContentLoadedEventEnd, paint: paint ? paint.startTime : NaN, name: performance.now() };
  });
  await context.close();
  return figures;
}

async function main() {
  console.log('Building for production …');
  build();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'treffpunkt-bench-'));
  const emulator = await startEmulator({ dataDir, port: 0, reset: true });
  const site = await serveFolder(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const url = `${site.url}/taskpane.html?emulator=${encodeURIComponent(emulator.url)}`;
  try {
    printBytes(await firstLoadFiles(browser, url, site.url));
    await timeLoad(browser, url); // warm-up, not counted
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeLoad(browser, url));
    console.log(`\nLoad timings in headless Chromium, 320 × 570, ${RUNS} runs (median, spread min–max)`);
    for (const [label, key] of [
      ['DOMContentLoaded', 'dcl'],
      ['first paint', 'paint'],
      ["organiser's name shown", 'name'],
    ]) {
      const values = runs.map((r) => r[key]);
      console.log(`  ${label.padEnd(26)} ${median(values).toFixed(0).padStart(6)} ms   (${spread(values)})`);
    }
    console.log('\nGraph round trips (requests to /v1.0, CORS preflights not counted)');
    for (const scenario of scenarios) {
      const count = await scenario.run({ browser, url, emulator });
      console.log(`  ${scenario.label.padEnd(52)} ${count}`);
    }
  } finally {
    await browser.close();
    await site.close();
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
