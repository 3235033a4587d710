/**
 * Reading a PDF back with poppler-utils (pdfinfo, pdftotext, pdffonts): what a viewer and a screen
 * reader get from the file, not its bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

function withFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'treffpunkt-pdf-'));
  const file = path.join(dir, 'document.pdf');
  writeFileSync(file, bytes);
  try {
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** pdfinfo's fields ("Tagged" → "yes", "Page size" → "841.89 x 595.28 pts (A4)"). */
export function pdfinfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (file) => run('pdfinfo', ['-enc', 'UTF-8', file]));
  const fields: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1].trim()] = match[2].trim();
  }
  return fields;
}

/** The XMP metadata packet (`pdfinfo -meta`), parsed as XML; a malformed packet throws. */
export function xmpMetadata(bytes: Uint8Array): Document {
  const xml = withFile(bytes, (file) => run('pdfinfo', ['-meta', file]));
  const fail = (message: string) => {
    throw new Error(`XMP is not well-formed: ${message}`);
  };
  return new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
}

/** The logical structure with its text, as `pdfinfo -struct-text` prints it (indented by depth). */
export function pdfStructure(bytes: Uint8Array): string {
  return withFile(bytes, (file) => run('pdfinfo', ['-enc', 'UTF-8', '-struct-text', file]));
}

/** The text of each page (form feeds between pages), laid out as on the page with -layout. */
export function pdftotext(bytes: Uint8Array, options: { layout?: boolean } = {}): string[] {
  const layout = options.layout ? ['-layout'] : [];
  const out = withFile(bytes, (file) => run('pdftotext', [...layout, '-enc', 'UTF-8', file, '-']));
  return out.split('\f').slice(0, -1);
}

export interface FontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table, its columns cut where the dashed line under the header has its gaps. */
export function pdffonts(bytes: Uint8Array): FontRow[] {
  const lines = withFile(bytes, (file) => run('pdffonts', [file])).split('\n');
  const rule = lines[1] ?? '';
  const columns = [...rule.matchAll(/-+/g)].map((match) => [match.index, match.index + match[0].length]);
  return lines
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => columns.map(([start, end]) => line.slice(start, end).trim()))
    .map(([name = '', type = '', encoding = '', emb, sub, uni]) => ({
      name,
      type,
      encoding,
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
    }));
}

export interface StructNode {
  type: string;
  title?: string;
  attributes: string[];
  /** The text of its own marked content, in order. */
  text: string;
  children: StructNode[];
}

/**
 * The structure tree from `pdfinfo -struct-text`: an element per line ("TH:" or 'Table "title" (block):'),
 * its attributes below it ("/Scope /Column"), its content as quoted text, children indented further.
 */
export function structureTree(bytes: Uint8Array): StructNode[] {
  const roots: StructNode[] = [];
  const open: { depth: number; node: StructNode }[] = [];
  for (const raw of pdfStructure(bytes).split('\n')) {
    if (!raw.trim()) continue;
    const depth = raw.length - raw.trimStart().length;
    const line = raw.trim();
    while (open.length && (open[open.length - 1]?.depth ?? 0) >= depth) open.pop();
    const parent = open[open.length - 1]?.node;
    if (line.startsWith('"')) {
      if (parent) parent.text += line.slice(1, -1);
    } else if (line.startsWith('/')) {
      parent?.attributes.push(line);
    } else {
      const match = /^(\w+)(?: "(.*)")?(?: \((?:block|inline)\))?:?$/.exec(line);
      const node: StructNode = { type: match?.[1] ?? line, attributes: [], text: '', children: [] };
      if (match?.[2] !== undefined) node.title = match[2];
      (parent ? parent.children : roots).push(node);
      open.push({ depth, node });
    }
  }
  return roots;
}

/** All elements in reading order (depth first). */
export function flatten(nodes: StructNode[]): StructNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

export interface Word {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points from the page's top left (`pdftotext -bbox`, read as XML). */
export function words(bytes: Uint8Array): Word[] {
  const html = withFile(bytes, (file) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']));
  const dom = new DOMParser().parseFromString(html, 'text/xml');
  const pages = Array.from(dom.getElementsByTagName('page'));
  return pages.flatMap((page, index) =>
    Array.from(page.getElementsByTagName('word')).map((word) => ({
      text: word.textContent ?? '',
      page: index + 1,
      xMin: Number(word.getAttribute('xMin')),
      yMin: Number(word.getAttribute('yMin')),
      xMax: Number(word.getAttribute('xMax')),
      yMax: Number(word.getAttribute('yMax')),
    })),
  );
}
