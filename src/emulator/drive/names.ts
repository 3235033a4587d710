/**
 * File and folder names as SharePoint in Microsoft 365 takes them (Learn "Restrictions and limitations in
 * OneDrive and SharePoint"): no `" * : < > ? / \ |`, no leading or trailing space, not one of the
 * reserved names, no `_vti_`, not starting with `~$`; the decoded path at most 400 characters. The
 * mime type SharePoint derives from the extension (onedrive-api-docs#643), not from Content-Type.
 */
import { driveErrors } from './driveErrors';

const INVALID_CHARACTERS = /["*:<>?/\\|]/;
const RESERVED = /^(\.lock|con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini)(\.[^.]*)?$/i;
export const MAX_PATH_LENGTH = 400;

/** Throws Graph's 400 invalidRequest for a name SharePoint refuses. */
export function checkName(name: string, kind: 'file' | 'folder'): void {
  if (name.length === 0) throw driveErrors.invalidRequest('The name of the item is empty.');
  if (INVALID_CHARACTERS.test(name)) throw driveErrors.invalidName(`The name '${name}' contains invalid characters.`);
  if (name !== name.trim()) throw driveErrors.invalidName(`The name '${name}' begins or ends with a space.`);
  if (RESERVED.test(name) || /_vti_/i.test(name) || name.startsWith('~$'))
    throw driveErrors.invalidName(`The name '${name}' is reserved and cannot be used.`);
  if (kind === 'folder' && name.startsWith('~'))
    throw driveErrors.invalidName(`A folder name cannot begin with a tilde: '${name}'.`);
}

/** The name for `rename` conflict behaviour: `Name 1.ext`, `Name 2.ext`, … (folders: `Name 1`). */
export function uniqueName(name: string, taken: (candidate: string) => boolean, isFolder: boolean): string {
  const dot = isFolder ? -1 : name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  ics: 'text/calendar',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  zip: 'application/zip',
};

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function mimeTypeFor(name: string): string {
  return MIME_TYPES[extensionOf(name)] ?? 'application/octet-stream';
}
