/** A tenant profile from outside (control endpoint, CLI flag, environment): checked, with clear 400s. */
import { errors, type GraphError } from './errors';
import { mergeTenant, type Role, ROLES, TENANT_PRESETS, type TenantProfile } from './tenant';

const KEYS: readonly (keyof TenantProfile)[] = [
  'graphScopes',
  'sharePointScopes',
  'siteRoles',
  'listRoles',
  'nestedAppAuth',
  'rejectCurrencyColumns',
];

/** `User.Read`, `Sites.Selected`, `Lists.SelectedOperations.Selected`: no resource prefix, no `.default`. */
const SCOPE_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
/** `hostname:/sites/path` */
const SITE_KEY = /^[a-z0-9.-]+:\/[^:]*$/i;
/** `hostname:/sites/path/<list displayName>` (`hostname:/<list>` on the root site) */
const LIST_KEY = /^[a-z0-9.-]+:\/([^:]*\/)?[^/:]+$/i;

function invalid(message: string): GraphError {
  return errors.badRequest(`Invalid tenant profile: ${message}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scopeList(key: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw invalid(`'${key}' must be an array of permission names, e.g. ["User.Read"].`);
  for (const scope of value) {
    if (typeof scope !== 'string' || !SCOPE_NAME.test(scope)) {
      throw invalid(
        `'${key}' holds '${String(scope)}', which is not a permission name such as "Sites.Selected" (no resource prefix, no ".default").`,
      );
    }
  }
  return [...new Set(value as string[])];
}

function roleMap(key: string, value: unknown, keyForm: RegExp, example: string): Record<string, Role> {
  if (!isObject(value)) throw invalid(`'${key}' must be an object such as {"${example}": "manage"}.`);
  const out: Record<string, Role> = {};
  for (const [name, role] of Object.entries(value)) {
    if (!keyForm.test(name)) throw invalid(`'${key}' has the key '${name}'; expected the form "${example}".`);
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      throw invalid(`'${key}.${name}' is '${String(role)}'; expected one of ${ROLES.join(', ')}.`);
    }
    out[name] = role as Role;
  }
  return out;
}

function flag(key: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw invalid(`'${key}' must be true or false.`);
  return value;
}

function field(key: keyof TenantProfile, value: unknown): Partial<TenantProfile> {
  switch (key) {
    case 'graphScopes':
    case 'sharePointScopes':
      return { [key]: scopeList(key, value) };
    case 'siteRoles':
      return { siteRoles: roleMap(key, value, SITE_KEY, 'contoso.sharepoint.com:/sites/Team') };
    case 'listRoles':
      return { listRoles: roleMap(key, value, LIST_KEY, 'contoso.sharepoint.com:/sites/Team/Termine') };
    case 'nestedAppAuth':
    case 'rejectCurrencyColumns':
      return { [key]: flag(key, value) };
  }
}

function presetNamed(name: unknown): TenantProfile {
  const preset = typeof name === 'string' ? TENANT_PRESETS[name] : undefined;
  if (!preset) {
    throw invalid(`unknown preset '${String(name)}'; known: ${Object.keys(TENANT_PRESETS).join(', ')}.`);
  }
  return preset;
}

/** The keys of a profile change, each checked; unknown keys are refused. */
export function validateTenant(input: unknown): Partial<TenantProfile> {
  if (!isObject(input)) throw invalid('expected a JSON object.');
  let change: Partial<TenantProfile> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'preset') continue;
    if (!(KEYS as readonly string[]).includes(key)) {
      throw invalid(`unknown key '${key}'; known: preset, ${KEYS.join(', ')}.`);
    }
    change = { ...change, ...field(key as keyof TenantProfile, value) };
  }
  return change;
}

/**
 * `base` changed by `input`: its keys replace the profile's (a `preset` key starts from that preset
 * instead of `base`).
 */
export function applyTenantChange(base: TenantProfile, input: unknown): TenantProfile {
  const change = validateTenant(input);
  const from = isObject(input) && 'preset' in input ? presetNamed(input.preset) : base;
  return mergeTenant(from, change);
}

/** A profile from a preset name or JSON text (the CLI's `--tenant` and `TREFFPUNKT_TENANT`). */
export function tenantFromSpec(spec: string, base: TenantProfile): TenantProfile {
  const text = spec.trim();
  if (!text.startsWith('{')) return mergeTenant(presetNamed(text), {});
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('the text is not valid JSON.');
  }
  return applyTenantChange(base, parsed);
}
