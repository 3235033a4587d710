import type { EmulatorState, SiteRecord } from '../state';
import { findSite } from '../sharepoint/lookup';
import { driveErrors } from './driveErrors';
import type { DriveItemRecord, DriveRecord } from './records';

export interface DriveTarget {
  site: SiteRecord;
  drive: DriveRecord;
}

/** The drive from `/sites/{siteId}/drive` (the default library) or `/drives/{driveId}`. */
export function findDrive(state: EmulatorState, params: Record<string, string>): DriveTarget {
  if (params.siteId !== undefined) {
    const site = findSite(state, params.siteId);
    if (!site.drive) throw driveErrors.itemNotFound();
    return { site, drive: site.drive };
  }
  const site = state.sites.find((s) => s.drive?.id === params.driveId);
  if (!site?.drive) throw driveErrors.itemNotFound();
  return { site, drive: site.drive };
}

export function rootOf(drive: DriveRecord): DriveItemRecord {
  const root = drive.items.find((i) => i.parentId === null);
  if (!root) throw driveErrors.itemNotFound();
  return root;
}

/** An item by id; `root` is the library's root folder. */
export function findDriveItem(drive: DriveRecord, id: string): DriveItemRecord {
  if (id.toLowerCase() === 'root') return rootOf(drive);
  const item = drive.items.find((i) => i.id === id);
  if (!item) throw driveErrors.itemNotFound();
  return item;
}

export function childrenOf(drive: DriveRecord, folder: DriveItemRecord): DriveItemRecord[] {
  return drive.items.filter((i) => i.parentId === folder.id);
}

/** SharePoint compares names case-insensitively. */
export function childNamed(drive: DriveRecord, folder: DriveItemRecord, name: string): DriveItemRecord | undefined {
  const wanted = name.toLowerCase();
  return drive.items.find((i) => i.parentId === folder.id && i.name.toLowerCase() === wanted);
}

export function pathSegments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** The item at `path` below `from` (404 itemNotFound when a segment is missing). */
export function resolvePath(drive: DriveRecord, from: DriveItemRecord, path: string): DriveItemRecord {
  let item = from;
  for (const name of pathSegments(path)) {
    const next = item.isFolder ? childNamed(drive, item, name) : undefined;
    if (!next) throw driveErrors.itemNotFound();
    item = next;
  }
  return item;
}

/** The names from the root to `item` (the root itself: []). */
export function namesTo(drive: DriveRecord, item: DriveItemRecord): string[] {
  const names: string[] = [];
  let at: DriveItemRecord | undefined = item;
  while (at && at.parentId !== null) {
    names.unshift(at.name);
    const parentId: string = at.parentId;
    at = drive.items.find((i) => i.id === parentId);
  }
  return names;
}

/** The addressed item: `{itemId}` and, in the path form, `{path}` below it. */
export function addressedItem(drive: DriveRecord, params: Record<string, string>): DriveItemRecord {
  const base = findDriveItem(drive, params.itemId ?? 'root');
  return params.path === undefined ? base : resolvePath(drive, base, params.path);
}
