/**
 * The emulated tenant's grants: which delegated permissions the app registration holds (with admin
 * consent), which role the app has on each SharePoint site and list (`Sites.Selected`,
 * `Lists.SelectedOperations.Selected`), whether Outlook offers nested app authentication, and the
 * service quirks the tenant shows. Kept in memory; set at start (option, flag, environment) and at
 * run time through `/_emulator/tenant` (validation in tenantInput.ts).
 */
export type Role = 'read' | 'write' | 'manage' | 'fullcontrol';

/** Least first: a role includes every role before it. */
export const ROLES: readonly Role[] = ['read', 'write', 'manage', 'fullcontrol'];

export interface TenantProfile {
  /** delegated Microsoft Graph permissions with admin consent, e.g. ['User.Read', 'Sites.Selected'] */
  graphScopes: string[];
  /** delegated SharePoint permissions (resource https://{host}), e.g. ['Sites.Selected'] or ['AllSites.Manage'] */
  sharePointScopes: string[];
  /** the app's role per site through Sites.Selected; key: 'hostname:/sites/path' (case-insensitive) */
  siteRoles: Record<string, Role>;
  /** the app's role per list through Lists.SelectedOperations.Selected; key: 'hostname:/sites/path/<list displayName>' */
  listRoles: Record<string, Role>;
  /** whether the Outlook client offers nested app authentication (NestedAppAuth 1.1) */
  nestedAppAuth: boolean;
  /** service quirk, strict by default: currency column definitions rejected with 400 */
  rejectCurrencyColumns: boolean;
}

/** The seeded site, as a siteRoles key. */
export const SEEDED_SITE_KEY = 'landkreisnortheim.sharepoint.com:/sites/Integration';

/** Optional list expansion: members with names and addresses (users and mail contacts). */
const LIST_EXPANSION = ['GroupMember.Read.All', 'User.ReadBasic.All', 'OrgContact.Read.All'];

/** Exactly the README's least-privilege grants, list expansion included (the default demo uses it). */
export const DEFAULT_PROFILE: TenantProfile = {
  graphScopes: [
    'User.Read',
    'Calendars.ReadWrite',
    'Tasks.ReadWrite',
    'Mail.Send',
    'Mail.ReadBasic',
    'Sites.Selected',
    ...LIST_EXPANSION,
  ],
  sharePointScopes: ['Sites.Selected'],
  siteRoles: { [SEEDED_SITE_KEY]: 'manage' },
  listRoles: {},
  nestedAppAuth: true,
  rejectCurrencyColumns: true,
};

function withoutScopes(profile: TenantProfile, remove: readonly string[]): string[] {
  const drop = new Set(remove.map((s) => s.toLowerCase()));
  return profile.graphScopes.filter((s) => !drop.has(s.toLowerCase()));
}

/** Named profiles for `--tenant`, `TREFFPUNKT_TENANT` and `{"preset": …}` on the control endpoint. */
export const TENANT_PRESETS: Readonly<Record<string, TenantProfile>> = {
  'least-privilege': DEFAULT_PROFILE,
  /** everything granted tenant-wide, shared mailbox included */
  broad: {
    graphScopes: [
      ...withoutScopes(DEFAULT_PROFILE, ['Sites.Selected']),
      'Calendars.ReadWrite.Shared',
      'Mail.Send.Shared',
      'Sites.ReadWrite.All',
      'Sites.Manage.All',
    ],
    sharePointScopes: ['AllSites.Manage'],
    siteRoles: {},
    listRoles: {},
    nestedAppAuth: true,
    rejectCurrencyColumns: true,
  },
  /** the README's grants, but the site role only `write` (lists and columns cannot be created) */
  'site-write': { ...DEFAULT_PROFILE, siteRoles: { [SEEDED_SITE_KEY]: 'write' } },
  /** the README's grants, but the site role only `read` */
  'site-read': { ...DEFAULT_PROFILE, siteRoles: { [SEEDED_SITE_KEY]: 'read' } },
  /** the README's grants, but no role on any site */
  'no-site-role': { ...DEFAULT_PROFILE, siteRoles: {} },
  /** the README's grants, in an Outlook without nested app authentication (popup sign-in) */
  'no-nested-auth': { ...DEFAULT_PROFILE, nestedAppAuth: false },
  /** the README's grants without the optional list expansion */
  'no-list-expansion': { ...DEFAULT_PROFILE, graphScopes: withoutScopes(DEFAULT_PROFILE, LIST_EXPANSION) },
  /** list expansion with GroupMember.Read.All alone: members come back with limited information */
  'group-members-only': {
    ...DEFAULT_PROFILE,
    graphScopes: withoutScopes(DEFAULT_PROFILE, ['User.ReadBasic.All', 'OrgContact.Read.All']),
  },
};

/** A key of siteRoles / listRoles in the form it is compared in. */
export function roleKey(key: string): string {
  return key.trim().replace(/\/+$/, '').toLowerCase();
}

/** Whether `have` includes `need`. */
export function roleIncludes(have: Role | undefined, need: Role): boolean {
  return have !== undefined && ROLES.indexOf(have) >= ROLES.indexOf(need);
}

/** The higher of two roles. */
export function higherRole(a: Role | undefined, b: Role | undefined): Role | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b;
}

/** The role `roles` gives to any of `keys` (compared case-insensitively), the highest one. */
export function roleFor(roles: Record<string, Role>, keys: readonly string[]): Role | undefined {
  const wanted = new Set(keys.map(roleKey));
  let found: Role | undefined;
  for (const [key, role] of Object.entries(roles)) if (wanted.has(roleKey(key))) found = higherRole(found, role);
  return found;
}

export function mergeTenant(base: TenantProfile, change: Partial<TenantProfile>): TenantProfile {
  return structuredClone({ ...base, ...change });
}

/** The profile a running emulator uses: replaced as a whole, never changed in place. */
export class TenantHolder {
  private profile: TenantProfile;

  /** `initial`: the profile the emulator started with, which `reset` returns to. */
  constructor(private readonly initial: TenantProfile = DEFAULT_PROFILE) {
    this.profile = structuredClone(initial);
  }

  get(): TenantProfile {
    return this.profile;
  }

  set(profile: TenantProfile): void {
    this.profile = structuredClone(profile);
  }

  reset(): void {
    this.profile = structuredClone(this.initial);
  }
}
