import { type AppConfig, emulatorOrigin } from '../config/config';
import type { Organiser } from '../domain/organiser';
import type { DeviceOwner } from '../office/browserStore';
import type { OfficeAccount } from '../office/nestedAppAuth';

/** The tenant the configuration names: the emulator (by its origin), or the authority's tenant segment. */
export function configuredTenant(config: AppConfig): string {
  if (config.mode === 'emulator') return `emulator:${emulatorOrigin(config)}`;
  try {
    return new URL(config.authority).pathname.split('/').filter(Boolean)[0] ?? 'organizations';
  } catch {
    return 'organizations';
  }
}

/**
 * Whose drafts this device holds: the account Outlook is signed in with (nested app authentication
 * says its tenant and object id without a round trip, offline too); else the signed-in user from
 * Graph's /me in the configured tenant (in emulator mode: the emulator's user). Undefined when nobody
 * can be named (outside Outlook with Microsoft 365 out of reach): drafts then stay in memory.
 */
export async function deviceOwner(options: {
  tenant: string;
  account: () => Promise<OfficeAccount | undefined>;
  me: () => Promise<Organiser>;
}): Promise<DeviceOwner | undefined> {
  const account = await options.account().catch(() => undefined);
  if (account?.tenantId && account.userObjectId) return { tenant: account.tenantId, user: account.userObjectId };
  try {
    const me = await options.me();
    return me.id ? { tenant: options.tenant, user: me.id } : undefined;
  } catch {
    return undefined;
  }
}
