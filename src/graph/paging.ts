/**
 * Graph may cut any collection into pages with `@odata.nextLink`, also below the `$top` asked for
 * (server-side paging), inside `$batch` answers too. Every collection the add-in reads goes through
 * here, so no view silently shows a part.
 */
export interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/**
 * `https://graph.microsoft.com/v1.0/sites/…?…` → `/sites/…?…`: the Graph client puts its own host and
 * version in front (and a $batch wants no version), so a next link never sends the token anywhere else.
 */
export function nextLinkPath(nextLink: string): string {
  const url = new URL(nextLink);
  return `${url.pathname.replace(/^\/[^/]+/, '')}${url.search}`;
}

export interface Collected<T> {
  items: T[];
  /** Where reading stopped before the end (only with `maxItems`). */
  nextLink?: string;
}

/**
 * Reads `first`, then follows the next links (each a path for the Graph client) until the end, or
 * until at least `maxItems` are read (then the next link is handed back, for "Weitere laden").
 */
export async function collectPages<T>(
  read: (path: string) => Promise<Page<T>>,
  first: string,
  maxItems = Infinity,
): Promise<Collected<T>> {
  const items: T[] = [];
  let path: string | undefined = first;
  while (path !== undefined) {
    const page: Page<T> = await read(path);
    items.push(...page.value);
    const next = page['@odata.nextLink'];
    if (next && items.length >= maxItems) return { items, nextLink: next };
    path = next ? nextLinkPath(next) : undefined;
  }
  return { items };
}
