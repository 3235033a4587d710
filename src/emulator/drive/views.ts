import { GRAPH_CONTEXT } from '../context';
import type { EmulatorState, SiteRecord } from '../state';
import { siteWebUrl } from '../sharepoint/lookup';
import { identity } from '../sharepoint/views';
import { childrenOf, namesTo } from './lookup';
import type { DriveItemRecord, DriveRecord } from './records';

/** The driveItem properties a `$select` may name. */
export const DRIVE_ITEM_PROPERTIES = [
  'id',
  'name',
  'size',
  'webUrl',
  'eTag',
  'cTag',
  'createdDateTime',
  'lastModifiedDateTime',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'fileSystemInfo',
  'file',
  'folder',
  'root',
  '@microsoft.graph.downloadUrl',
];

const QUOTA_TOTAL = 27_487_790_694_400;

export function driveWebUrl(site: SiteRecord, drive: DriveRecord): string {
  return `${siteWebUrl(site)}/${encodeURIComponent(drive.urlName)}`;
}

export function itemWebUrl(site: SiteRecord, drive: DriveRecord, item: DriveItemRecord): string {
  const names = namesTo(drive, item);
  return [driveWebUrl(site, drive), ...names.map(encodeURIComponent)].join('/');
}

function sizeOf(drive: DriveRecord, item: DriveItemRecord): number {
  if (!item.isFolder) return item.size ?? 0;
  return childrenOf(drive, item).reduce((sum, child) => sum + sizeOf(drive, child), 0);
}

export const itemETag = (item: DriveItemRecord): string => `"{${item.guid}},${item.version}"`;
export const itemCTag = (item: DriveItemRecord): string => `"c:{${item.guid}},${item.version}"`;
export const driveItemContext = (drive: DriveRecord): string => `${GRAPH_CONTEXT}drives('${drive.id}')/items`;

export function driveView(site: SiteRecord, drive: DriveRecord): Record<string, unknown> {
  const modified = drive.items.reduce(
    (latest, i) => (i.lastModifiedDateTime > latest ? i.lastModifiedDateTime : latest),
    drive.createdDateTime,
  );
  const used = drive.items.reduce((sum, i) => sum + (i.isFolder ? 0 : (i.size ?? 0)), 0);
  return {
    createdDateTime: drive.createdDateTime,
    description: drive.description,
    id: drive.id,
    lastModifiedDateTime: modified,
    name: drive.name,
    webUrl: driveWebUrl(site, drive),
    driveType: 'documentLibrary',
    createdBy: { user: { displayName: 'System Account' } },
    quota: { deleted: 0, remaining: QUOTA_TOTAL - used, state: 'normal', total: QUOTA_TOTAL, used },
  };
}

function parentReference(site: SiteRecord, drive: DriveRecord, item: DriveItemRecord): Record<string, unknown> {
  const base = { driveType: 'documentLibrary', driveId: drive.id };
  if (item.parentId === null) return base;
  const parent = drive.items.find((i) => i.id === item.parentId);
  const names = parent ? namesTo(drive, parent) : [];
  const path = `/drives/${drive.id}/root:${names.map((n) => `/${n}`).join('')}`;
  return {
    ...base,
    id: item.parentId,
    name: parent?.parentId === null ? drive.name : parent?.name,
    path,
    siteId: site.id,
  };
}

export interface ItemViewInput {
  state: EmulatorState;
  site: SiteRecord;
  drive: DriveRecord;
  item: DriveItemRecord;
  /** the file's pre-authenticated download URL */
  downloadUrl?: string;
}

export function driveItemView({ state, site, drive, item, downloadUrl }: ItemViewInput): Record<string, unknown> {
  const facet = item.isFolder
    ? { folder: { childCount: childrenOf(drive, item).length } }
    : { file: { mimeType: item.mimeType ?? 'application/octet-stream' } };
  return {
    ...(downloadUrl && !item.isFolder ? { '@microsoft.graph.downloadUrl': downloadUrl } : {}),
    createdBy: identity(state, item.createdById),
    createdDateTime: item.createdDateTime,
    eTag: itemETag(item),
    id: item.id,
    lastModifiedBy: identity(state, item.lastModifiedById),
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: item.parentId === null ? 'root' : item.name,
    parentReference: parentReference(site, drive, item),
    webUrl: itemWebUrl(site, drive, item),
    cTag: itemCTag(item),
    fileSystemInfo: { createdDateTime: item.createdDateTime, lastModifiedDateTime: item.lastModifiedDateTime },
    ...facet,
    ...(item.parentId === null ? { root: {} } : {}),
    size: sizeOf(drive, item),
  };
}

/** `$select` on a driveItem: the named properties; the download URL only when named. */
export function selectItem(
  view: Record<string, unknown>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (!select) return view;
  return Object.fromEntries(Object.entries(view).filter(([key]) => select.includes(key)));
}
