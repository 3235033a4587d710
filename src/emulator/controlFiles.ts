/** GET /_emulator/files: every library's files as JSON, for tests and journeys (no token needed). */
import { namesTo } from './drive/lookup';
import { itemWebUrl } from './drive/views';
import type { DownloadLinks } from './drive/downloadLinks';
import type { EmulatorState } from './state';

export interface FileEntry {
  site: string;
  library: string;
  driveId: string;
  id: string;
  /** below the library's root, e.g. `2025-01-29 Vernetzungstreffen/Tagesordnung.pdf` */
  path: string;
  size: number;
  mimeType: string;
  lastModifiedDateTime: string;
  webUrl: string;
  downloadUrl: string;
}

export function listFiles(state: EmulatorState, downloads: DownloadLinks, origin: string): FileEntry[] {
  return state.sites.flatMap((site) => {
    const drive = site.drive;
    if (!drive) return [];
    return drive.items
      .filter((item) => !item.isFolder)
      .map((item) => ({
        site: site.id,
        library: drive.name,
        driveId: drive.id,
        id: item.id,
        path: namesTo(drive, item).join('/'),
        size: item.size ?? 0,
        mimeType: item.mimeType ?? 'application/octet-stream',
        lastModifiedDateTime: item.lastModifiedDateTime,
        webUrl: itemWebUrl(site, drive, item),
        downloadUrl: downloads.url(origin, site, drive, item),
      }))
      .sort((a, b) => a.path.localeCompare(b.path, 'de'));
  });
}
