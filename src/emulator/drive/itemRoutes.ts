/** Helpers shared by the drive route tables: both address forms, the addressed item, its view. */
import type { RouteContext } from '../context';
import type { EmulatorState } from '../state';
import type { Workload } from '../errors';
import { parseSelect } from '../odata';
import { SCOPES } from '../scopes';
import type { Role } from '../tenant';
import { requireDriveRole } from './access';
import { addressedItem, type DriveTarget, findDrive } from './lookup';
import type { DriveItemRecord } from './records';
import { DRIVE_ITEM_PROPERTIES, driveItemView, selectItem } from './views';

/** Every drive item route exists under the site's default library and under /drives/{driveId}. */
export const DRIVE_PREFIXES = ['/sites/{siteId}/drive', '/drives/{driveId}'] as const;

export const driveRead = { scopes: SCOPES.drivesRead, workload: 'sharepoint' as Workload };
export const driveWrite = { scopes: SCOPES.drivesWrite, workload: 'sharepoint' as Workload };

export interface Addressed extends DriveTarget {
  item: DriveItemRecord;
}

/** The drive (404), the caller's role on it (403), then the addressed item (404). */
export function addressed(ctx: RouteContext, need: Role): Addressed {
  const target = findDrive(ctx.store.read(), ctx.params);
  requireDriveRole(ctx, target.site, target.drive, need);
  return { ...target, item: addressedItem(target.drive, ctx.params) };
}

export function origin(ctx: RouteContext): string {
  return ctx.graphBase.replace(/\/v1\.0$/i, '');
}

export function itemSelect(ctx: RouteContext): string[] | undefined {
  return parseSelect(ctx.req.query.get('$select'), DRIVE_ITEM_PROPERTIES, 'microsoft.graph.driveItem');
}

/** The item as Graph shows it (in `state`: a snapshot or an update's draft), with a fresh download URL for a file. */
export function viewOf(
  ctx: RouteContext,
  state: EmulatorState,
  { site, drive, item }: Addressed,
  select?: readonly string[],
): Record<string, unknown> {
  const downloadUrl = item.isFolder ? undefined : ctx.downloads.url(origin(ctx), site, drive, item);
  return selectItem(driveItemView({ state, site, drive, item, downloadUrl }), select);
}
