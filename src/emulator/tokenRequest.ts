/**
 * What Entra ID would answer to a token request of the add-in, given the tenant profile: one resource
 * per request (Graph or the tenant's SharePoint host), only permissions with admin consent, `.default`
 * for all of them, and nested app authentication only where Outlook offers it.
 */
import { GRAPH_RESOURCE, scopeNames } from './auth';
import type { Audience } from './context';
import type { TenantProfile } from './tenant';

export type Flow = 'nested' | 'popup';

/** A refusal in Entra ID's OAuth error shape (not Graph's envelope). */
export interface TokenRefusal {
  status: 400;
  body: {
    error: string;
    error_description: string;
    error_codes?: number[];
    suberror?: string;
    /** emulator extra: the permissions without admin consent, as the app would ask for them */
    missing?: string[];
  };
}

export interface TokenGrant {
  audience: Audience;
  /** https://graph.microsoft.com or https://{host} */
  resource: string;
  /** permission names without the prefix */
  scopes: string[];
  /** the answer's `scope`: Graph's without prefix, SharePoint's with it (as Entra ID answers) */
  scopeText: string;
}

const OIDC = new Set(['openid', 'profile', 'offline_access', 'email']);

function refusal(error: string, code: number, description: string, extra: Partial<TokenRefusal['body']> = {}) {
  const body = { error, error_description: `AADSTS${code}: ${description}`, error_codes: [code], ...extra };
  return { status: 400 as const, body };
}

/** The resource a scope names: its prefix up to the last '/', Graph when it has none. */
function resourceOf(scope: string): string {
  return scope.includes('://') ? scope.slice(0, scope.lastIndexOf('/')).replace(/\/+$/, '') : GRAPH_RESOURCE;
}

function audienceFor(resource: string, sharePointHosts: readonly string[]): Audience | undefined {
  if (resource.toLowerCase() === GRAPH_RESOURCE) return 'graph';
  const host = resource.toLowerCase().replace(/^https:\/\//, '');
  return resource.toLowerCase().startsWith('https://') && sharePointHosts.includes(host) ? 'sharepoint' : undefined;
}

function resourceCheck(
  requested: readonly string[],
  sharePointHosts: readonly string[],
): TokenRefusal | { resource: string; audience: Audience } {
  const scoped = requested.filter((s) => !OIDC.has(s.toLowerCase()));
  const resources = [...new Set(scoped.map((s) => resourceOf(s).toLowerCase()))];
  if (resources.length > 1) {
    return refusal(
      'invalid_scope',
      28000,
      `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${requested.join(' ')} is not valid.`,
    );
  }
  const resource = resources[0] ?? GRAPH_RESOURCE;
  const audience = audienceFor(resource, sharePointHosts);
  if (!audience) {
    return refusal(
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant. This can happen if the application has not been installed by the administrator of the tenant.`,
    );
  }
  return { resource, audience };
}

function consentMissing(missing: string[]): TokenRefusal {
  return refusal(
    'invalid_grant',
    65001,
    "The user or administrator has not consented to use the application with ID 'treffpunkt' named 'Treffpunkt'. Send an interactive authorization request for this user and resource.",
    { suberror: 'consent_required', missing },
  );
}

/** The permissions the token carries: the requested ones, or all granted for `.default`; or a refusal. */
function grantedScopes(names: string[], granted: readonly string[]): TokenRefusal | string[] {
  if (names.includes('.default')) {
    if (names.length > 1) {
      return refusal(
        'invalid_scope',
        70011,
        "The provided value for the input parameter 'scope' is not valid. The scope .default cannot be combined with other scopes.",
      );
    }
    return granted.length > 0 ? [...granted] : consentMissing(['.default']);
  }
  const lower = new Set(granted.map((s) => s.toLowerCase()));
  const missing = names.filter((s) => !lower.has(s.toLowerCase()));
  return missing.length > 0 ? consentMissing(missing) : names;
}

/** Whether the flow asked for is available in this Outlook (NAA needs the NestedAppAuth 1.1 requirement set). */
export function flowRefusal(flow: Flow | undefined, tenant: TenantProfile): TokenRefusal | undefined {
  if (flow !== 'nested' || tenant.nestedAppAuth) return undefined;
  return {
    status: 400,
    body: {
      error: 'nested_app_auth_unavailable',
      error_description:
        'This Outlook client does not support the requirement set NestedAppAuth 1.1 (tenant profile: nestedAppAuth false). Sign in with the standard MSAL flow (popup) instead.',
    },
  };
}

/** The grant for a token request, or Entra ID's refusal. */
export function grantFor(
  requested: readonly string[],
  tenant: TenantProfile,
  sharePointHosts: readonly string[],
): TokenGrant | TokenRefusal {
  const target = resourceCheck(requested, sharePointHosts);
  if ('status' in target) return target;
  const granted = target.audience === 'graph' ? tenant.graphScopes : tenant.sharePointScopes;
  const scopes = grantedScopes(scopeNames(requested), granted);
  if (!Array.isArray(scopes)) return scopes;
  const prefix = target.audience === 'graph' ? '' : `${target.resource}/`;
  return { ...target, scopes, scopeText: scopes.map((s) => `${prefix}${s}`).join(' ') };
}
