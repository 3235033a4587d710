import { errors } from './errors';

/** OData system query options Graph knows; any other `$name` is rejected. */
export const SYSTEM_QUERY_OPTIONS = [
  '$select',
  '$expand',
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$skiptoken',
  '$count',
  '$search',
  '$format',
  '$deltatoken',
  '$apply',
  '$levels',
] as const;

/** Parses a query string as Graph does: `$` optional on system options, no `+` → space. */
export function parseQuery(raw: string): Map<string, string> {
  const query = new Map<string, string>();
  for (const part of raw.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    const key = decode(rawKey).toLowerCase();
    if (key.startsWith('$')) query.set(key, value);
    else if ((SYSTEM_QUERY_OPTIONS as readonly string[]).includes(`$${key}`)) query.set(`$${key}`, value);
  }
  return query;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw errors.badRequest(`The query string is not correctly URL-encoded: '${text}'.`);
  }
}

/** `$select=a,b` → ['a','b'], checked against the properties of `type`. */
export function parseSelect(value: string | undefined, allowed: readonly string[], type: string): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) throw errors.badRequest('The query option $select is empty.');
  for (const name of names) {
    if (!allowed.includes(name)) {
      throw errors.badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type '${type}'.`,
      );
    }
  }
  return names;
}

/** Keeps only the selected properties (plus annotations); no selection keeps all. */
export function project<T extends object>(entity: T, select: readonly string[] | undefined): Record<string, unknown> {
  const source = entity as Record<string, unknown>;
  if (!select) return { ...source };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith('@') || select.includes(key)) out[key] = value;
  }
  return out;
}

/** The `(a,b)` part of @odata.context for a $select. */
export function selectSuffix(select: readonly string[] | undefined): string {
  return select ? `(${select.join(',')})` : '';
}

/** Reads a single-quoted OData string literal (`'it''s'` → `it's`). */
export function parseStringLiteral(text: string): string | undefined {
  const match = /^'((?:[^']|'')*)'$/.exec(text.trim());
  return match?.[1]?.replace(/''/g, "'");
}
