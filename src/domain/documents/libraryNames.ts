/**
 * Where the documents lie in the site's document library, and names SharePoint accepts for them.
 *
 * SharePoint Online refuses `" * : < > ? / \ |` in file and folder names, leading and trailing spaces,
 * names ending in a period, `_vti_` anywhere, and a few reserved names (CON, PRN, AUX, NUL, COM0–9,
 * LPT0–9, .lock, desktop.ini); `# % & { } ~` were refused by older SharePoint and still trouble links.
 * The stricter reading applies: all of these are replaced, so a name never fails the upload.
 */
import type { PlainDate } from '../planning/plainDate';

/** The folder holding one folder per meeting. */
export const MEETINGS_FOLDER = 'Vernetzungstreffen';

/** The folder of the year reports (not tied to one meeting). */
export const YEAR_REPORTS_FOLDER = 'Jahresberichte';

/** A name (file or folder) longer than this is shortened; SharePoint's whole path must stay under 400. */
export const NAME_LIMIT = 120;

const REFUSED = new Set('"*:<>?/\\|#%&{}~');
const refused = (char: string) => REFUSED.has(char) || char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127;
// ".lock" cannot occur: leading periods are removed.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|desktop\.ini)$/i;

function cleaned(name: string): string {
  return [...name]
    .map((char) => (refused(char) ? '-' : char))
    .join('')
    .replace(/_vti_/gi, '_vti-')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

function safeName(name: string, fallback: string): string {
  const clean = cleaned(name)
    .slice(0, NAME_LIMIT)
    .replace(/[\s.]+$/, '');
  if (!clean) return fallback;
  return RESERVED.test(clean) ? `${clean}-${fallback}` : clean;
}

/** A folder name SharePoint accepts; `fallback` where nothing usable is left. */
export function folderName(name: string, fallback = 'Ordner'): string {
  return safeName(name, fallback);
}

/** A file name SharePoint accepts, its extension kept (lower case, letters and digits only). */
export function fileName(name: string, fallback = 'Dokument'): string {
  const dot = name.lastIndexOf('.');
  const extension =
    dot > 0
      ? name
          .slice(dot + 1)
          .replace(/[^A-Za-z0-9]/g, '')
          .toLowerCase()
      : '';
  const base = safeName(extension ? name.slice(0, dot) : name, fallback);
  const kept = base.slice(0, NAME_LIMIT - extension.length - 1).replace(/[\s.]+$/, '') || fallback;
  return extension ? `${kept}.${extension}` : kept;
}

/** The folder of one meeting, e.g. "2026-12-10 Vernetzungstreffen" (dates sort in order). */
export function meetingFolder(date: PlainDate): string {
  return folderName(`${date} ${MEETINGS_FOLDER}`);
}

/** The library path of a meeting's documents: the folder of all meetings, then the meeting's own. */
export function meetingFolderPath(date: PlainDate): [string, string] {
  return [MEETINGS_FOLDER, meetingFolder(date)];
}
