import { childrenOf, namesTo, rootOf } from './drive/lookup';
import type { DriveItemRecord, DriveRecord } from './drive/records';
import { itemWebUrl } from './drive/views';
import { escapeHtml } from './overviewHtml';
import type { EmulatorState, SiteRecord } from './state';

/** The overview's document libraries: per meeting folder its files with size, change and a download link. */

export type FileLink = (site: SiteRecord, drive: DriveRecord, file: DriveItemRecord) => string;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb.toFixed(1).replace('.', ',')} KB` : `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Every file below `folder`, with its path relative to it. */
function filesBelow(drive: DriveRecord, folder: DriveItemRecord, prefix = ''): [string, DriveItemRecord][] {
  return childrenOf(drive, folder)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .flatMap((child): [string, DriveItemRecord][] =>
      child.isFolder ? filesBelow(drive, child, `${prefix}${child.name}/`) : [[`${prefix}${child.name}`, child]],
    );
}

interface Listing {
  site: SiteRecord;
  drive: DriveRecord;
  /** where the files are, for the caption */
  where: string;
  files: [string, DriveItemRecord][];
}

function folderTable({ site, drive, where, files }: Listing, link: FileLink): string {
  const rows = files.map(([name, file]) => {
    const web = `<a href="${escapeHtml(itemWebUrl(site, drive, file))}">${escapeHtml(name)}</a>`;
    const download = `<a href="${escapeHtml(link(site, drive, file))}">herunterladen</a>`;
    return `<tr><td>${web}</td><td>${escapeHtml(size(file.size ?? 0))}</td><td>${escapeHtml(file.lastModifiedDateTime)}</td><td>${download}</td></tr>`;
  });
  const empty = rows.length === 0 ? '<tr><td colspan="4">(keine Dateien)</td></tr>' : '';
  const head = ['Datei', 'Größe', 'Geändert', 'Download'].map((h) => `<th scope="col">${h}</th>`).join('');
  return `<table><caption>${escapeHtml(`${drive.name}, ${where} (${files.length} Dateien)`)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}${empty}</tbody></table>`;
}

/** One table per meeting folder (the library's top-level folders), files at the top level in their own. */
export function filesSection(state: EmulatorState, link: FileLink): string {
  const parts = state.sites.flatMap((site) => {
    const drive = site.drive;
    if (!drive) return [];
    const top = filesBelow(drive, rootOf(drive), '').filter(([path]) => !path.includes('/'));
    const folders = childrenOf(drive, rootOf(drive))
      .filter((i) => i.isFolder)
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const listings: Listing[] = folders.map((folder) => ({
      site,
      drive,
      where: `Ordner „${namesTo(drive, folder).join('/')}“`,
      files: filesBelow(drive, folder),
    }));
    if (top.length > 0) listings.push({ site, drive, where: 'oberste Ebene', files: top });
    if (listings.length === 0) return [];
    const heading = `<h3>${escapeHtml(`${site.displayName}: Bibliothek „${drive.name}“`)}</h3>`;
    return [heading, ...listings.map((listing) => folderTable(listing, link))];
  });
  const links =
    'Download-Links gelten fünf Minuten (wie die vorab angemeldeten Adressen von SharePoint); neu laden holt frische.';
  return ['<h2>Dokumente</h2>', parts.length > 0 ? `<p>${links}</p>` : '<p>(noch keine Dateien)</p>', ...parts].join(
    '\n',
  );
}
