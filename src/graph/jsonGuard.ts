/**
 * Small type guards for JSON read back from SharePoint: each says whether a parsed value has a shape,
 * and `shape` is typed against the domain type, so a field the type gains without a guard does not
 * compile. They check and never copy: a value that passes is used as it is.
 */
export type Guard<T> = (value: unknown) => value is T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text: Guard<string> = (value): value is string => typeof value === 'string';
export const flag: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';
export const count: Guard<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);

/** A string matching `pattern`, or passing `test`. */
export function textLike(test: RegExp | ((value: string) => boolean)): Guard<string> {
  const passes = typeof test === 'function' ? test : (value: string) => test.test(value);
  return (value): value is string => typeof value === 'string' && passes(value);
}

export function oneOf<const T extends string>(values: readonly T[]): Guard<T> {
  return (value): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value): value is T | undefined => value === undefined || guard(value);
}

export function listOf<T>(guard: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every(guard);
}

export function recordOf<T>(guard: Guard<T>): Guard<Record<string, T>> {
  return (value): value is Record<string, T> => isRecord(value) && Object.values(value).every(guard);
}

/** An object with a guard for every field of `T` (extra fields are let through as they are). */
export function shape<T extends object>(fields: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  const entries = Object.entries(fields) as [string, Guard<unknown>][];
  return (value): value is T => isRecord(value) && entries.every(([key, guard]) => guard(value[key]));
}
