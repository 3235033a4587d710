/**
 * The Ubuntu font (one of the typefaces the EU's visibility rules name for the funding statement), from
 * @fontsource/ubuntu, loaded only when a document is made. Fontsource splits each weight into subsets by
 * Unicode range (latin, latin-ext, cyrillic, greek, …); a document loads the subsets its text needs, and
 * the renderer writes each character with the subset that holds it (Łukasz and Şahin are latin-ext,
 * Wójcik and Müßig latin).
 *
 * In the browser the files are webpack asset modules (fontFiles.ts): their URLs are in the code, their
 * bytes are fetched, never bundled. Node (tests) installs a source that reads them from disk.
 */
import unicodeRanges from '@fontsource/ubuntu/unicode.json';
import { sfntFromWoff } from './woff';

export type FontWeight = 'regular' | 'bold';
export type FontSubset = 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext' | 'greek' | 'greek-ext';
/** One loaded face, e.g. `bold-latin-ext`. */
export type FontKey = `${FontWeight}-${FontSubset}`;
/** Reads one font file of @fontsource/ubuntu/files by its name. */
export type FontSource = (fileName: string) => Promise<Uint8Array>;

/** Preferred first where ranges overlap (a few combining marks are in latin and latin-ext). */
const SUBSETS: readonly FontSubset[] = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext'];
export const FONT_WEIGHTS: readonly FontWeight[] = ['regular', 'bold'];

type Range = readonly [first: number, last: number];

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
function parseRanges(css: string): Range[] {
  return css.split(',').map((part) => {
    const [first = '0', last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}

const RANGES: ReadonlyMap<FontSubset, Range[]> = new Map(
  SUBSETS.map((subset) => [subset, parseRanges(unicodeRanges[subset])]),
);

/** The subset holding a character; latin for a character Ubuntu does not have (it shows as missing). */
export function subsetOf(codePoint: number): FontSubset {
  if (codePoint <= 0xff) return 'latin';
  for (const subset of SUBSETS) {
    if (RANGES.get(subset)?.some(([first, last]) => codePoint >= first && codePoint <= last)) return subset;
  }
  return 'latin';
}

/** The subsets these texts need, latin always. */
export function subsetsFor(texts: Iterable<string>): FontSubset[] {
  const needed = new Set<FontSubset>(['latin']);
  for (const text of texts) {
    for (const char of text.normalize('NFC')) needed.add(subsetOf(char.codePointAt(0) ?? 0));
  }
  return SUBSETS.filter((subset) => needed.has(subset));
}

export const fontKey = (weight: FontWeight, subset: FontSubset): FontKey => `${weight}-${subset}`;

export function fontFileName(weight: FontWeight, subset: FontSubset): string {
  return `ubuntu-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`;
}

/** The browser's source: the file's URL as webpack emitted it, fetched from the add-in's own origin. */
const fetchFromBuild: FontSource = async (fileName) => {
  const { fontUrl } = await import(/* webpackMode: "eager" */ './fontFiles');
  const response = await fetch(fontUrl(fileName));
  if (!response.ok) throw new Error(`The font ${fileName} could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
};

let source: FontSource = fetchFromBuild;
const loaded = new Map<string, Promise<Uint8Array>>();

/** Where font files come from: the build's assets (default) or, in tests, the disk. */
export function setFontSource(next: FontSource | undefined): void {
  source = next ?? fetchFromBuild;
  loaded.clear();
}

/** One file, loaded (and unpacked from WOFF) once per session; a failed load is tried again next time. */
function loadFile(fileName: string): Promise<Uint8Array> {
  let file = loaded.get(fileName);
  if (!file) {
    file = source(fileName).then(sfntFromWoff);
    loaded.set(fileName, file);
    file.catch(() => loaded.delete(fileName));
  }
  return file;
}

/** Both weights of the given subsets, keyed by face. */
export async function loadFonts(subsets: readonly FontSubset[]): Promise<Map<FontKey, Uint8Array>> {
  const faces = FONT_WEIGHTS.flatMap((weight) => subsets.map((subset) => ({ weight, subset })));
  const files = await Promise.all(faces.map(({ weight, subset }) => loadFile(fontFileName(weight, subset))));
  return new Map(faces.map(({ weight, subset }, index) => [fontKey(weight, subset), files[index] as Uint8Array]));
}
