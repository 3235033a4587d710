/** Control endpoints for the tenant's grants and for tokens: /_emulator/tenant and /_emulator/token. */
import type { TokenService } from './auth';
import { type Answer, json } from './controlCalendar';
import { findUser } from './directory';
import { errors } from './errors';
import { SEED } from './seed';
import type { Store } from './store';
import type { TenantHolder } from './tenant';
import { applyTenantChange } from './tenantInput';
import { type Flow, flowRefusal, grantFor } from './tokenRequest';

interface TenantControlEnv {
  store: Store;
  tokens: TokenService;
  tenant: TenantHolder;
  now: () => Date;
}

interface TokenInput {
  scopes: string[];
  user?: string;
  flow?: Flow;
}

/**
 * The token request: JSON (`scopes` as a list), or form-encoded as Entra ID's token endpoint takes it
 * (`scope` separated by spaces). A form post is a CORS simple request: the browser sends no preflight.
 */
function readTokenInput(body: unknown): TokenInput {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { user, flow } = input;
  const scopes = typeof input.scope === 'string' ? input.scope.split(' ').filter(Boolean) : input.scopes;
  if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string')) {
    throw errors.badRequest('Expected {"scopes": ["User.Read", ...], "user"?: "...", "flow"?: "nested" | "popup"}.');
  }
  if (flow !== undefined && flow !== 'nested' && flow !== 'popup') {
    throw errors.badRequest(`"flow" must be "nested" or "popup", not ${JSON.stringify(flow)}.`);
  }
  if (user !== undefined && typeof user !== 'string') throw errors.badRequest('"user" must be a user id or UPN.');
  return { scopes: scopes as string[], user, flow };
}

/**
 * POST /_emulator/token {"scopes": [...], "user"?: id or UPN, "flow"?: "nested" | "popup"}, or the same
 * form-encoded with `scope` (space-separated): a token
 * as Entra ID would issue it under the tenant profile, or its OAuth refusal (400).
 */
function issueToken(env: TenantControlEnv, body: unknown): Answer {
  const input = readTokenInput(body);
  const tenant = env.tenant.get();
  const state = env.store.read();
  const user = findUser(state, input.user ?? SEED.organiserId);
  const refused = flowRefusal(input.flow, tenant);
  if (refused) return json(refused.status, refused.body);
  const hosts = [...new Set(state.sites.map((s) => s.hostname.toLowerCase()))];
  const grant = grantFor(input.scopes, tenant, hosts);
  if ('status' in grant) return json(grant.status, grant.body);
  const issued = env.tokens.issue(grant.scopes, user.id, env.now(), grant.resource);
  return json(200, { ...issued, scope: grant.scopeText, sign_in: tenant.nestedAppAuth ? 'nested' : 'popup' });
}

/** The answer for a tenant or token endpoint, or undefined for other paths. */
export function tenantControl(env: TenantControlEnv, method: string, path: string, body: unknown): Answer | undefined {
  switch (`${method} ${path}`) {
    case 'POST /_emulator/token':
      return issueToken(env, body);
    case 'GET /_emulator/tenant':
      return json(200, env.tenant.get());
    case 'POST /_emulator/tenant':
      env.tenant.set(applyTenantChange(env.tenant.get(), body ?? {}));
      return json(200, env.tenant.get());
    case 'POST /_emulator/tenant/reset':
      env.tenant.reset();
      return json(200, env.tenant.get());
    default:
      return undefined;
  }
}
