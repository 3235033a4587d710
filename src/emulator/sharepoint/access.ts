/**
 * The app's role on a SharePoint site or list, as SharePoint computes it from the token's scopes and
 * the tenant's grants (Learn: "Overview of Selected permissions in OneDrive and SharePoint"):
 * tenant-wide permissions give their role on every site; `Sites.Selected` gives the role granted on
 * that site; `Lists.SelectedOperations.Selected` the role granted on that list, and nothing on
 * site-level calls. The signed-in user is taken to hold full control, so the app's role decides.
 */
import type { Caller, RouteContext } from '../context';
import { errors } from '../errors';
import type { ListRecord, SiteRecord } from '../state';
import { higherRole, type Role, roleFor, roleIncludes, type TenantProfile } from '../tenant';

/** Tenant-wide roles of the delegated permissions, per resource (lower-case scope names). */
const TENANT_WIDE: Record<Caller['audience'], Record<string, Role>> = {
  graph: {
    'sites.read.all': 'read',
    'sites.readwrite.all': 'write',
    'sites.manage.all': 'manage',
    'sites.fullcontrol.all': 'fullcontrol',
  },
  sharepoint: {
    'allsites.read': 'read',
    'allsites.write': 'write',
    'allsites.manage': 'manage',
    'allsites.fullcontrol': 'fullcontrol',
  },
};

/** The site as a siteRoles key: `hostname:/sites/path` (`hostname:/` for a root site). */
export function siteKey(site: SiteRecord): string {
  return `${site.hostname}:${site.path || '/'}`;
}

/** What names a list (or a document library) in a listRoles key. */
export type ListIdentity = Pick<ListRecord, 'id' | 'name' | 'displayName'>;

/** The keys a listRoles entry may use for this list: its title, its URL name or its id after the site key. */
export function listKeys(site: SiteRecord, list: ListIdentity): string[] {
  const base = `${site.hostname}:${site.path}`;
  return [list.displayName, list.name, list.id].map((name) => `${base}/${name}`);
}

/** The role the caller's token gives on `site` (and on `list` when the call is about one list). */
export function effectiveRole(
  caller: Caller,
  tenant: TenantProfile,
  site: SiteRecord,
  list?: ListIdentity,
): Role | undefined {
  const wide = TENANT_WIDE[caller.audience];
  let role: Role | undefined;
  for (const scope of caller.scopes) role = higherRole(role, wide[scope]);
  if (caller.scopes.has('sites.selected')) role = higherRole(role, roleFor(tenant.siteRoles, [siteKey(site)]));
  if (list && caller.scopes.has('lists.selectedoperations.selected')) {
    role = higherRole(role, roleFor(tenant.listRoles, listKeys(site, list)));
  }
  return role;
}

/**
 * Throws Graph's 403 accessDenied unless the caller holds `need` on the site (or on `list`, for calls
 * about one list: GET list, columns, items). Call it right after finding the site and list, before
 * validating the body or checking an eTag, so a 403 comes before a 400 or 412.
 */
export function requireSiteRole(ctx: RouteContext, site: SiteRecord, list: ListRecord | undefined, need: Role): void {
  if (roleIncludes(effectiveRole(ctx.req.caller, ctx.tenant, site, list), need)) return;
  throw errors.forbidden('sharepoint');
}
