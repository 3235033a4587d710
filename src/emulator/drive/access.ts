/**
 * The app's role on a site's document library (Learn "Overview of Selected permissions in OneDrive and
 * SharePoint"): access is found on the resource or a securable parent, so a `Sites.Selected` role on
 * the site covers its libraries; a `Lists.SelectedOperations.Selected` grant covers only the list it
 * names (a library is a list of its own; lower scopes never reach sideways or up). Files.*.All give
 * their role tenant-wide.
 */
import type { RouteContext } from '../context';
import { errors } from '../errors';
import { effectiveRole, type ListIdentity } from '../sharepoint/access';
import type { SiteRecord } from '../state';
import { higherRole, type Role, roleIncludes } from '../tenant';
import type { DriveRecord } from './records';

const FILES_WIDE: Record<string, Role> = { 'files.read.all': 'read', 'files.readwrite.all': 'write' };

/** The library as a listRoles entry names it: its title, its URL name or its list id. */
export function libraryIdentity(drive: DriveRecord): ListIdentity {
  return { id: drive.listId, name: drive.urlName, displayName: drive.name };
}

/** Throws Graph's 403 accessDenied unless the caller holds `need` on the library. */
export function requireDriveRole(ctx: RouteContext, site: SiteRecord, drive: DriveRecord, need: Role): void {
  const caller = ctx.req.caller;
  let role = effectiveRole(caller, ctx.tenant, site, libraryIdentity(drive));
  if (caller.audience === 'graph') for (const scope of caller.scopes) role = higherRole(role, FILES_WIDE[scope]);
  if (!roleIncludes(role, need)) throw errors.forbidden('sharepoint');
}
