/**
 * The one cleaner of file and folder names for the SharePoint library: the builders' file names and
 * the gateway's (a name as uploaded, extension included) and folders all go through `safeFileName`.
 * SharePoint Online refuses " * : < > ? / \ | in a name, leading and trailing spaces, names ending in a
 * period, the names .lock, CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9 and desktop.ini, "_vti_" anywhere
 * and a leading "~$" ("Restrictions and limitations in OneDrive and SharePoint"). Stricter where it
 * costs nothing: no # % & { } ~ (refused by older SharePoint, easily broken in links), no control
 * characters, no leading dots, no runs of dots, and a short name (the whole path is limited to 400).
 */
import type { PlainDate } from '../planning/plainDate';

/** Longest name we make (the folder per meeting and the site's path come on top). */
export const MAX_FILE_NAME_LENGTH = 120;

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /["*:<>?/\\|#%&{}~\u0000-\u001f\u007f]/g;
const RESERVED = /^(?:\.lock|CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]|desktop\.ini)$/i;

const trimEnds = (text: string) => text.replace(/^[\s.]+|[\s.]+$/g, '');

/**
 * Any text as a name SharePoint accepts: forbidden characters become "-", the ends are trimmed, a
 * reserved name gets a "_"; `fallback` where nothing usable is left.
 */
export function safeFileName(text: string, fallback = 'Dokument'): string {
  const cleaned = text
    .replace(/^[\s.]*~\$/, '')
    .replace(/\s+/g, ' ')
    .replace(FORBIDDEN, '-')
    .replace(/_+vti_+/gi, 'vti')
    .replace(/\.{2,}/g, '.');
  let name = trimEnds(cleaned);
  if (name.length > MAX_FILE_NAME_LENGTH) name = trimEnds(name.slice(0, MAX_FILE_NAME_LENGTH));
  if (!name) return fallback;
  return RESERVED.test(name) ? `${name}_` : name;
}

/** A file's name as uploaded: its base cleaned, its extension kept (lower case, letters and digits only). */
export function safeFileNameWithExtension(name: string, fallback = 'Dokument'): string {
  const dot = name.lastIndexOf('.');
  const extension =
    dot > 0
      ? name
          .slice(dot + 1)
          .replace(/[^A-Za-z0-9]/g, '')
          .toLowerCase()
      : '';
  if (!extension) return safeFileName(name, fallback);
  const base = safeFileName(name.slice(0, dot), fallback);
  const kept = trimEnds(base.slice(0, MAX_FILE_NAME_LENGTH - extension.length - 1)) || fallback;
  return `${kept}.${extension}`;
}

/** "2026-12-10 Teilnehmendenliste": the meeting's date first, so a folder's files sort by meeting. */
export function meetingFileName(date: PlainDate, document: string): string {
  return safeFileName(`${date} ${document}`);
}

/** "Jahresbericht 2026". */
export function yearReportFileName(year: number): string {
  return safeFileName(`Jahresbericht ${year}`);
}
