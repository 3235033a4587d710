/* The `documents` part of `npm run bench`: each document the pane offers ("<Name> erstellen" in the views'
 * Dokumente), made in the production build in headless Chromium against a fresh emulator holding the demo
 * meeting (planned and invited).
 *
 * Per document: the JavaScript chunks and font files Chromium fetched from the click until the done state
 * ("… ist in SharePoint abgelegt") was shown, from a fresh browser context (nothing cached: what the first
 * document of a session costs), as served (the local server does not compress) and gzip -9 of the same
 * files, as the bytes part prints the first load (the fonts are WOFF, compressed already); the uploaded
 * file's size as the library holds it (GET /_emulator/files); the time from the click to the done state,
 * measured from Node (Playwright's click, then the done text seen: a frame or two of polling included),
 * first (chunks and fonts loaded) and again in the same page (median of REPEATS). Also the first-load
 * JavaScript of the pane, with a check that none of it holds the document libraries. Prints only. */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { startEmulator } = require('../src/emulator/server.ts');
const { TEST_NOW } = require('../test/browser/support/harness.ts');
const { MEETING_EVENING, inviteToTheMeeting, openView } = require('../test/browser/support/journey.ts');
const { firstLoadFiles, loadTargets } = require('../scripts/benchLoad.cjs');

const viewport = { width: 320, height: 570 };
const REPEATS = Number(process.env.BENCH_DOCUMENT_REPEATS || 3);
const WAIT = { timeout: 120_000 };

/** The documents, each where a view offers it; the Teilnehmendenliste (also in Protokoll) from Einladung. */
const DOCUMENTS = [
  { label: 'Teilnehmendenliste', view: 'Einladung', now: TEST_NOW },
  { label: 'Tagesordnung', view: 'Einladung', now: TEST_NOW },
  { label: 'Fotohinweis (A4)', view: 'Einladung', now: TEST_NOW },
  { label: 'Fotohinweis (A3)', view: 'Einladung', now: TEST_NOW },
  { label: 'Protokoll (Word)', view: 'Protokoll', now: MEETING_EVENING },
  { label: 'Protokoll (PDF)', view: 'Protokoll', now: MEETING_EVENING },
  { label: 'Jahresbericht', view: 'Verlauf', now: TEST_NOW, pattern: /^Jahresbericht \d{4} \(Word\)$/ },
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelPattern = (doc) => doc.pattern ?? new RegExp(`^${escape(doc.label)}$`);
const withSuffix = (pattern, suffix) => new RegExp(`${pattern.source.replace(/\$$/, '')}${suffix}`);

/** A context at 320 × 570 on the given clock, Microsoft's CDN cut off (Office.js's telemetry frame), popups closed. */
async function newPage(browser, now) {
  const context = await browser.newContext({ viewport });
  await context.clock.setFixedTime(now);
  await context.route(/^https:\/\//, (route) => route.abort());
  const page = await context.newPage();
  context.on('page', (popup) => popup !== page && popup.close().catch(() => {}));
  return { context, page };
}

async function paneReady(page) {
  await page.getByText(/^Angemeldet als /).waitFor(WAIT);
}

/** The demo meeting of 16 March 2027, planned and invited, so every document has its content. */
async function prepareMeeting(browser, url) {
  const { context, page } = await newPage(browser, TEST_NOW);
  await page.goto(url);
  await paneReady(page);
  await inviteToTheMeeting(page);
  await page.waitForLoadState('networkidle');
  await context.close();
}

/** Clicks the document's button and waits for its done state; the seconds between, and the file's name. */
async function makeOnce(page, doc) {
  const pattern = labelPattern(doc);
  const button = page.getByRole('button', { name: withSuffix(pattern, ' erstellen$') });
  await button.waitFor(WAIT);
  const done = page.getByRole('status').filter({ hasText: withSuffix(pattern, ' ist in SharePoint abgelegt') });
  const uploaded = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && /\/content$/.test(new URL(r.url()).pathname),
    WAIT,
  );
  const start = performance.now();
  await button.click();
  await uploaded; // the done text shown before the click is gone by now (the state went through making)
  await done.waitFor(WAIT);
  const ms = performance.now() - start;
  const text = (await done.textContent()) ?? '';
  const name = /ist in SharePoint abgelegt \((.+), [\d.]+ KB\)\.$/.exec(text.trim())?.[1];
  return { ms, name, label: text.split(' ist in SharePoint')[0] };
}

/** One document: first in a fresh context (with what it fetched), then REPEATS times again in the same page. */
async function measureDocument(browser, url, paneFolderUrl, doc) {
  const { context, page } = await newPage(browser, doc.now);
  try {
    await page.goto(url);
    await paneReady(page);
    await openView(page, doc.view);
    await page.waitForLoadState('networkidle');
    const fetched = new Set();
    let counting = true;
    page.on('request', (request) => {
      const address = request.url().split('?')[0];
      if (counting && address.startsWith(`${paneFolderUrl}/`)) fetched.add(address.slice(paneFolderUrl.length + 1));
    });
    const first = await makeOnce(page, doc);
    counting = false;
    const again = [];
    for (let i = 0; i < REPEATS; i++) again.push((await makeOnce(page, doc)).ms);
    return { doc, first, again, files: [...fetched] };
  } finally {
    await context.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (dir, files) =>
  files.reduce(
    (sum, file) => {
      const content = fs.readFileSync(path.join(dir, file));
      return { raw: sum.raw + content.length, gzip: sum.gzip + zlib.gzipSync(content, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const shortName = (file) => file.replace(/^fonts\//, '').replace(/\.[0-9a-f]{8}(\.js|\.woff)$/, '$1');

/** The library's files by name (the last one changed where names repeat). */
async function libraryFiles(emulatorUrl) {
  const response = await fetch(`${emulatorUrl}/_emulator/files`);
  const { value } = await response.json();
  return new Map(value.map((f) => [f.path.split('/').pop(), f]));
}

function printDocuments(results, library, paneDir) {
  console.log(
    `\nDocuments made in the pane (headless Chromium, 320 × 570, the demo meeting planned and invited): what the` +
      ` click fetched in a fresh context (JS chunks and WOFF fonts, gzip -9 (as served)), the file filed, the time` +
      ` from the click to "… ist in SharePoint abgelegt", first and again in the same page (median of ${REPEATS}, min–max)`,
  );
  const head = ['document (view)', 'libraries (JS)', 'fonts', 'file', 'first', 'again'];
  const widths = [36, 32, 24, 11, 9, 0];
  const line = (cells) => `  ${cells.map((c, i) => (widths[i] ? c.padEnd(widths[i]) : c)).join(' ')}`;
  console.log(line(head));
  for (const { doc, first, again, files } of results) {
    const js = files.filter((f) => f.endsWith('.js'));
    const fonts = files.filter((f) => f.endsWith('.woff'));
    const other = files.filter((f) => !f.endsWith('.js') && !f.endsWith('.woff'));
    const jsSize = sizes(paneDir, js);
    const fontSize = sizes(paneDir, fonts);
    const file = library.get(first.name);
    console.log(
      line([
        `${first.label} (${doc.view})`,
        `${kb(jsSize.gzip)} (${kb(jsSize.raw)}), ${js.length} files`,
        `${kb(fontSize.gzip)} (${kb(fontSize.raw)}), ${fonts.length}`,
        file ? kb(file.size) : 'not found',
        `${first.ms.toFixed(0)} ms`,
        again.length
          ? `${median(again).toFixed(0)} ms (${Math.min(...again).toFixed(0)}–${Math.max(...again).toFixed(0)})`
          : '–',
      ]),
    );
    console.log(
      `      ${first.name ?? '?'}: ${[...js, ...fonts].map((f) => `${shortName(f)} ${kb(sizes(paneDir, [f]).gzip)}`).join(', ') || 'nothing fetched'}` +
        (other.length ? `; also ${other.join(', ')}` : ''),
    );
  }
}

/**
 * The first-load JavaScript (as the bytes part measures it), and whether any of it is a chunk the documents
 * fetched or holds the libraries' marks (PDFKit's producer name, the DOCX package's main part type).
 */
function printFirstLoad(firstFiles, results, paneDir) {
  const own = firstFiles.filter((f) => !f.startsWith('office/'));
  const { raw, gzip } = sizes(paneDir, own);
  const documentFiles = new Set(results.flatMap((r) => r.files));
  const shared = own.filter((f) => documentFiles.has(f));
  const marks = ['PDFKit', 'wordprocessingml.document.main', '.woff'];
  const marked = own.filter((f) => {
    const text = fs.readFileSync(path.join(paneDir, f), 'utf8');
    return marks.some((mark) => text.includes(mark));
  });
  console.log(
    `  first load, Treffpunkt JS (as the bytes part measures it): raw ${kb(raw)}, gzip ${kb(gzip)} (${own.length} files);` +
      ` of it fetched for documents: ${shared.length ? shared.join(', ') : 'none'};` +
      ` holding ${marks.join(' / ')}: ${marked.length ? marked.map(shortName).join(', ') : 'none'}`,
  );
}

/** The part: a fresh emulator under `dataDir`, the pane served at `${siteUrl}/pane` from `paneDir`. */
async function measureDocuments({ browser, siteUrl, paneDir, dataDir }) {
  const emulator = await startEmulator({ dataDir, port: 0, reset: true });
  try {
    const [pane] = loadTargets(siteUrl, emulator.url);
    const firstFiles = (await firstLoadFiles(browser, pane)).filter((file) => file.endsWith('.js'));
    await prepareMeeting(browser, pane.url);
    const results = [];
    for (const doc of DOCUMENTS) results.push(await measureDocument(browser, pane.url, pane.folderUrl, doc));
    printDocuments(results, await libraryFiles(emulator.url), paneDir);
    printFirstLoad(firstFiles, results, paneDir);
  } finally {
    await emulator.close();
  }
}

module.exports = { measureDocuments, DOCUMENTS };
