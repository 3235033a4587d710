import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import type { BrowserContext, Page } from 'playwright-core';
import type { Harness } from './harness';
import { focusArrives, tabTo } from './keyboard';

/* The Dokumente journey: making a document by keyboard, catching the window it opens, and reading the
 * filed file back from the emulator's library with real parsers (poppler's pdfinfo/pdftotext, mammoth). */

const run = promisify(execFile);

/** One file of the emulator's libraries (GET /_emulator/files). */
export interface LibraryFile {
  path: string;
  size: number;
  mimeType: string;
  webUrl: string;
  downloadUrl: string;
}

export async function libraryFiles(harness: Harness): Promise<LibraryFile[]> {
  const response = await fetch(`${harness.emulator.url}/_emulator/files`);
  if (!response.ok) throw new Error(`/_emulator/files: ${response.status}`);
  const answer = (await response.json()) as LibraryFile[] | { value: LibraryFile[] };
  return Array.isArray(answer) ? answer : answer.value;
}

/** The library file at exactly this path (below the library), or a failure naming the files there are. */
export async function libraryFile(harness: Harness, filePath: string): Promise<LibraryFile> {
  const files = await libraryFiles(harness);
  const file = files.find((f) => f.path === filePath);
  if (!file) throw new Error(`no file ${filePath} in the library; it holds: ${files.map((f) => f.path).join(', ')}`);
  return file;
}

/** The file's bytes, through its pre-authenticated download address (no token). */
export async function downloadBytes(file: LibraryFile): Promise<Buffer> {
  const response = await fetch(file.downloadUrl);
  if (!response.ok) throw new Error(`${file.path}: download ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Runs a poppler tool on the bytes, written to a temporary file. */
async function poppler(tool: 'pdfinfo' | 'pdftotext', bytes: Uint8Array, args: string[] = []): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'treffpunkt-pdf-'));
  const file = path.join(dir, 'document.pdf');
  try {
    writeFileSync(file, bytes);
    const output = tool === 'pdftotext' ? [file, '-'] : [file];
    const { stdout } = await run(tool, [...args, ...output], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfFacts {
  tagged: boolean;
  pages: number;
  pageSize: string;
  title: string;
  /** pdftotext's text, every run of white space made one space (lines wrap where the layout wraps them). */
  text: string;
}

/** What pdfinfo and pdftotext read in a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const info = await poppler('pdfinfo', bytes);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  const text = await poppler('pdftotext', bytes, ['-enc', 'UTF-8']);
  return {
    tagged: field('Tagged') === 'yes',
    pages: Number(field('Pages')),
    pageSize: field('Page size'),
    title: field('Title'),
    text: text.replace(/\s+/g, ' '),
  };
}

/** pdftotext -layout: the text as laid out on the page, columns side by side. */
export const pdfLayout = (bytes: Uint8Array) => poppler('pdftotext', bytes, ['-layout', '-enc', 'UTF-8']);

/**
 * A table's rows in pdftotext's layout, between the line starting with `header` and the one starting
 * with `after` (patterns on the trimmed line): rows are separated by blank lines; each row's lines joined, white space made one space.
 */
export function tableRows(layout: string, header: RegExp, after: RegExp): string[] {
  const lines = layout.split('\n');
  const start = lines.findIndex((line) => header.test(line.trim()));
  const end = lines.findIndex((line, i) => i > start && after.test(line.trim()));
  if (start < 0 || end < 0) throw new Error(`no table between "${header}" and "${after}" in:\n${layout}`);
  return lines
    .slice(start + 1, end)
    .join('\n')
    .split(/\n\s*\n/)
    .map((row) => row.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A Word file as mammoth reads it: its HTML (headings as h1–h6) and its raw text. */
export async function readDocx(bytes: Buffer): Promise<{ html: string; text: string }> {
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const { value: text } = await mammoth.extractRawText({ buffer: bytes });
  return { html, text: text.replace(/\s+/g, ' ') };
}

/** The headings mammoth found, their text with entities decoded. */
export function headingsOf(html: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  return [...html.matchAll(/<h[1-6][^>]*>(.*?)<\/h[1-6]>/g)].map((m) => decode(m[1] ?? '').trim());
}

/**
 * SharePoint's pages stand in for the web addresses the pane opens: the popup's address is what counts,
 * and a page that answers keeps Chromium from showing its own error page instead.
 */
export async function answerSharePointPages(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.hostname.endsWith('.sharepoint.com'),
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>SharePoint</title>' }),
  );
}

/** Waits for the window the next action opens, and gives its address (the window is closed). */
export async function openedAddress(context: BrowserContext, action: () => Promise<void>): Promise<string> {
  const [popup] = await Promise.all([context.waitForEvent('page'), action()]);
  await popup.waitForLoadState('domcontentloaded');
  const url = popup.url();
  await popup.close();
  return url;
}

/** The address a browser makes of a web address (spaces and umlauts percent-encoded), to compare with. */
export const asBrowserUrl = (url: string) => new URL(url).href;

/** The document's row: its button "<label> erstellen" and what follows it up to the next row. */
export const createButton = (page: Page, label: string) => page.getByRole('button', { name: `${label} erstellen` });
export const openLink = (page: Page, label: string) => page.getByRole('link', { name: `Öffnen – ${label}` });
export const doneStatus = (page: Page, label: string) =>
  page.getByRole('status').filter({ hasText: `${label} ist in SharePoint abgelegt` });

/**
 * By keyboard: Tab to "<label> erstellen", press Enter, and wait until the state says the file is in
 * SharePoint. The pane then opens the file's web address by itself: that address is returned.
 */
export async function makeByKeyboard(page: Page, context: BrowserContext, label: string): Promise<string> {
  await tabTo(page, createButton(page, label));
  const opened = await openedAddress(context, async () => {
    await page.keyboard.press('Enter');
    await doneStatus(page, label).waitFor({ timeout: 60_000 });
  });
  return opened;
}

/** By keyboard: Tab to "Öffnen – <label>" and press Enter; the address of the window it opens. */
export async function openByKeyboard(page: Page, context: BrowserContext, label: string): Promise<string> {
  const link = openLink(page, label);
  await tabTo(page, link);
  await focusArrives(link);
  return openedAddress(context, () => page.keyboard.press('Enter'));
}

/** Waits until `read` gives a value `accept` takes (the record is saved a moment after the upload). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 20_000) {
  const until = Date.now() + timeout;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > until) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await read();
  }
  return last;
}
