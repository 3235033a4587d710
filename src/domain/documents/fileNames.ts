/**
 * File names the SharePoint library takes as they are, without the extension (the renderers add it).
 * SharePoint Online refuses " * : < > ? / \ | in a name, leading and trailing spaces, the names .lock,
 * CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9 and desktop.ini, "_vti_" anywhere and a leading "~$"
 * ("Restrictions and limitations in OneDrive and SharePoint"). Stricter where it costs nothing: no #
 * and % (refused on SharePoint Server and easily broken in links), no control characters, no leading
 * or trailing dots, no runs of dots, and a short name (the whole path is limited to 400 characters).
 */
import type { PlainDate } from '../planning/plainDate';

/** Longest name we make (the folder per meeting and the site's path come on top). */
export const MAX_FILE_NAME_LENGTH = 120;

const FALLBACK = 'Dokument';
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /["*:<>?/\\|#%\u0000-\u001f\u007f]/g;
const RESERVED = /^(?:\.lock|CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]|desktop\.ini)$/i;

const trimEnds = (text: string) => text.replace(/^[\s.]+|[\s.]+$/g, '');

/** Any text as a file name SharePoint accepts: forbidden characters become "-", the ends are trimmed. */
export function safeFileName(text: string): string {
  const cleaned = text
    .replace(/\s+/g, ' ')
    .replace(FORBIDDEN, '-')
    .replace(/_+vti_+/gi, 'vti')
    .replace(/\.{2,}/g, '.');
  let name = trimEnds(trimEnds(cleaned).replace(/^~\$/, ''));
  if (name.length > MAX_FILE_NAME_LENGTH) name = trimEnds(name.slice(0, MAX_FILE_NAME_LENGTH));
  if (!name) return FALLBACK;
  return RESERVED.test(name) ? `${name}_` : name;
}

/** "2026-12-10 Teilnehmendenliste": the meeting's date first, so a folder's files sort by meeting. */
export function meetingFileName(date: PlainDate, document: string): string {
  return safeFileName(`${date} ${document}`);
}

/** "Jahresbericht 2026". */
export function yearReportFileName(year: number): string {
  return safeFileName(`Jahresbericht ${year}`);
}
