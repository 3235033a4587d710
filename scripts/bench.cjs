#!/usr/bin/env node
/* npm run bench: builds the pane and a bare Fluent page (bench/) for production and prints figures.
 * Bytes (raw and gzip) of what each loads first, and the pane's in total; load timings of both in
 * headless Chromium, alternately, over several runs (median, spread, ratio); Graph round trips per
 * user action; long main-thread tasks on the plan → invite → minutes journey. Prints only; asserts
 * nothing. BENCH_RUNS sets the number of timed pairs (default 9).
 *
 * `--only bytes,trips` (any of bytes, timings, trips, tasks) measures only those parts, e.g. `--only bytes`
 * for the first-load bytes after a change without the minutes the timings take. `--help` says so. */
require('./register.cjs');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');
const { startEmulator } = require('../src/emulator/server.ts');
const { serveFolder } = require('../test/browser/support/staticServer.ts');
const { CHROMIUM_ARGS, chromiumPath } = require('../test/browser/support/harness.ts');
const { scenarios } = require('./benchScenarios.cjs');
const { firstLoadFiles, loadTargets, printTimings, timePairs } = require('./benchLoad.cjs');
const { longTasksOfJourney, printLongTasks } = require('./benchLongTasks.cjs');
const { measureDocuments } = require('../bench/documents.cjs');

const root = path.resolve(__dirname, '..');
/** Served as one site: the pane in pane/, the bare page in bare/. */
const outDir = path.join(root, 'dist-bench');
const paneDir = path.join(outDir, 'pane');
const bareDir = path.join(outDir, 'bare');
const RUNS = Number(process.env.BENCH_RUNS || 9);
const PARTS = ['bytes', 'timings', 'trips', 'tasks', 'documents'];
const USAGE = `Usage: npm run bench [-- --only ${PARTS.join(',')}]
  Builds the pane and the bare Fluent page for production and prints figures; with --only, only the parts named:
  bytes    first-load JavaScript and CSS of both (raw, gzip), the pane's chunks
  timings  load timings of both, alternately (BENCH_RUNS pairs, default 9)
  trips    Graph round trips per user action
  tasks    main-thread tasks over 50 ms along plan → invite → minutes
  documents  per document: bytes fetched to make it (JS, fonts), the file's size, click to filed (bench/documents.cjs)`;

/** The parts to measure, from the command line (all when none are named). */
function partsToMeasure(args) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const at = args.indexOf('--only');
  const named = at >= 0 ? (args[at + 1] ?? '').split(',').filter(Boolean) : PARTS;
  const unknown = named.filter((part) => !PARTS.includes(part));
  if (unknown.length > 0 || named.length === 0) {
    console.error(`Unknown part: ${unknown.join(', ') || '(none)'}\n${USAGE}`);
    process.exit(2);
  }
  return new Set(named);
}

/**
 * webpack-cli with `args`, in the emulator configuration; resolves when it has built, rejects with its
 * output. Each build keeps webpack's filesystem cache under its own name (node_modules/.cache/webpack/
 * <cacheName>-<checkout>), so a second bench rebuilds only what changed; the output is the same as without it.
 */
function webpack(cacheName, args, extraEnv) {
  const checkout = require('node:crypto').createHash('sha1').update(root).digest('hex').slice(0, 8);
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const env = { ...process.env, TREFFPUNKT_MODE: 'emulator', TREFFPUNKT_ORIGIN: '', ...extraEnv };
  const cache = ['--cache-type', 'filesystem', '--cache-name', `${cacheName}-${checkout}`];
  const child = spawn(process.execPath, [cli, '--mode', 'production', ...cache, ...args], { cwd: root, env });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(output)))),
  );
}

/** The pane and the bare page, built side by side. */
async function build() {
  fs.rmSync(outDir, { recursive: true, force: true });
  await Promise.all([
    webpack('bench-pane', [], { TREFFPUNKT_OUT_DIR: path.relative(root, paneDir) }),
    webpack('bench-bare', ['--config', 'bench/webpack.config.cjs'], {
      BENCH_BARE_OUT_DIR: path.relative(root, bareDir),
    }),
  ]);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizeOf = (dir, files) =>
  files.reduce(
    (sum, file) => {
      const content = fs.readFileSync(path.join(dir, file));
      return { raw: sum.raw + content.length, gzip: sum.gzip + zlib.gzipSync(content, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

function printBytes(paneFirst, bareFirst) {
  const all = fs.readdirSync(paneDir).filter((f) => f.endsWith('.js'));
  const js = (files) => files.filter((f) => f.endsWith('.js'));
  const css = (files) => files.filter((f) => f.endsWith('.css'));
  const rows = [
    [
      'first load, Treffpunkt JS (as Chromium fetched it)',
      paneDir,
      js(paneFirst).filter((f) => !f.startsWith('office/')),
    ],
    ['first load, Office.js (Microsoft CDN in production)', paneDir, paneFirst.filter((f) => f.startsWith('office/'))],
    ['total, Treffpunkt JS (all chunks)', paneDir, all],
    ['first load, bare Fluent page JS (no Office.js)', bareDir, js(bareFirst)],
    ["first load, Treffpunkt CSS (Griffel's rules, all views)", paneDir, css(paneFirst)],
    ['first load, bare Fluent page CSS', bareDir, css(bareFirst)],
  ];
  console.log('\nBytes (production builds: the standalone task pane and the bare Fluent page)');
  const sizes = rows.map(([label, dir, files]) => {
    const { raw, gzip } = sizeOf(dir, files);
    console.log(
      `  ${label.padEnd(56)} raw ${kb(raw).padStart(10)}   gzip ${kb(gzip).padStart(9)}   (${files.length} files)`,
    );
    return gzip;
  });
  console.log(`  first load, pane / bare page (gzip, Office.js not counted): ${(sizes[0] / sizes[3]).toFixed(2)}×`);
  console.log(
    `  first load, JS and CSS together: pane ${kb(sizes[0] + sizes[4])}, bare page ${kb(sizes[3] + sizes[5])} ` +
      `(${((sizes[0] + sizes[4]) / (sizes[3] + sizes[5])).toFixed(2)}×)`,
  );
  console.log(`  pane's first-load files: ${paneFirst.join(', ')}`);
  const chunks = all.map((f) => [f, sizeOf(paneDir, [f]).gzip]).sort((a, b) => b[1] - a[1]);
  console.log(
    "  pane's chunks by gzip size: " +
      chunks.map(([f, g]) => `${f.replace(/\.[0-9a-f]{8}\.js$/, '')} ${kb(g)}`).join(', '),
  );
}

/** Seconds each part of the bench took, printed at the end (the machine's load shows in them too). */
const took = [];
async function timed(label, work) {
  const start = Date.now();
  const result = await work();
  took.push(`${label} ${((Date.now() - start) / 1000).toFixed(0)} s`);
  return result;
}

async function measure({ browser, site, emulator, dataDir, parts }) {
  const targets = loadTargets(site.url, emulator.url);
  if (parts.has('bytes'))
    await timed('bytes', async () =>
      printBytes(await firstLoadFiles(browser, targets[0]), await firstLoadFiles(browser, targets[1])),
    );
  if (parts.has('timings'))
    await timed('load timings', async () => printTimings(await timePairs(browser, targets, RUNS), RUNS));
  if (parts.has('trips'))
    await timed('round trips', async () => {
      console.log('\nGraph round trips (requests to /v1.0, CORS preflights not counted)');
      for (const scenario of scenarios) {
        const count = await scenario.run({ browser, url: targets[0].url, emulator });
        console.log(`  ${scenario.label.padEnd(52)} ${count}`);
      }
    });
  if (parts.has('tasks'))
    await timed('long tasks', async () =>
      printLongTasks(await longTasksOfJourney(browser, site.url, path.join(dataDir, 'journey'))),
    );
  if (parts.has('documents'))
    await timed('documents', () =>
      measureDocuments({ browser, siteUrl: site.url, paneDir, dataDir: path.join(dataDir, 'documents') }),
    );
}

async function main() {
  const parts = partsToMeasure(process.argv.slice(2));
  const start = Date.now();
  const load = () => os.loadavg()[0].toFixed(1);
  console.log(
    `Building the pane and the bare page for production … (${os.cpus().length} cores, load average ${load()})`,
  );
  await timed('build', build);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'treffpunkt-bench-'));
  const emulator = await startEmulator({ dataDir: path.join(dataDir, 'load'), port: 0, reset: true });
  const site = await serveFolder(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    await measure({ browser, site, emulator, dataDir, parts });
  } finally {
    await browser.close();
    await site.close();
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\nBench took ${((Date.now() - start) / 1000).toFixed(0)} s: ${took.join(', ')}; load average ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
