/** JSON with the keys of every object sorted, so that equal data compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Whether two values hold the same data, whatever the order of their keys (absent and undefined alike). */
export function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
