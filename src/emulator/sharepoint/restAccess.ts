import type { Caller } from '../context';
import type { SiteRecord } from '../state';
import { type Role, roleIncludes, type TenantProfile } from '../tenant';
import { effectiveRole } from './access';
import { restErrors } from './restErrors';

/** A Graph token at SharePoint: 401, as SharePoint validates the audience first. */
export function requireSharePointAudience(caller: Caller, tenantId: string): void {
  if (caller.audience !== 'sharepoint') throw restErrors.wrongAudience(tenantId, 'https://graph.microsoft.com/');
}

/**
 * Changing a list's views needs Manage Lists: SharePoint's AllSites.Manage / AllSites.FullControl, or
 * SharePoint's Sites.Selected with role manage or fullcontrol on this site (devblogs "SharePoint now
 * supports delegated Sites.Selected authentication": manage "adds Manage Lists"). Reading the view
 * needs role read. Otherwise SharePoint's own 403.
 */
export function requireSiteRight(caller: Caller, site: SiteRecord, tenant: TenantProfile, need: Role): void {
  if (!roleIncludes(effectiveRole(caller, tenant, site), need)) throw restErrors.accessDenied();
}
