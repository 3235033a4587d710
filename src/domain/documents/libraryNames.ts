/**
 * Where the documents lie in the site's document library. Names are cleaned by the one cleaner in
 * ./fileNames (the rules SharePoint sets for file and folder names alike).
 */
import type { PlainDate } from '../planning/plainDate';
import { safeFileName } from './fileNames';

/** The folder holding one folder per meeting. */
export const MEETINGS_FOLDER = 'Vernetzungstreffen';

/** The folder of the year reports (not tied to one meeting). */
export const YEAR_REPORTS_FOLDER = 'Jahresberichte';

/** A folder name SharePoint accepts; `fallback` where nothing usable is left. */
export function folderName(name: string, fallback = 'Ordner'): string {
  return safeFileName(name, fallback);
}

/** The folder of one meeting, e.g. "2026-12-10 Vernetzungstreffen" (dates sort in order). */
export function meetingFolder(date: PlainDate): string {
  return folderName(`${date} ${MEETINGS_FOLDER}`);
}

/** The library path of a meeting's documents: the folder of all meetings, then the meeting's own. */
export function meetingFolderPath(date: PlainDate): [string, string] {
  return [MEETINGS_FOLDER, meetingFolder(date)];
}
