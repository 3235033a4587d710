/** Graph's path-based addressing of drive items, turned into segments the route tables can match. */

const COLON_FORM = /^(\/sites\/[^/]+\/drive|\/drives\/[^/]+)\/(root|items\/[^/:]+):(\/[^:]*)?(?::(\/.*)?)?$/i;
const ROOT_FORM = /^(\/sites\/[^/]+\/drive|\/drives\/[^/]+)\/root(\/.*)?$/i;

/** The marker segment before an item path: no drive item id has this form. */
export const PATH_SEGMENT = '~path';

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `…/drive/root:/a/b.pdf:/content` → `…/drive/items/root/~path/a%2Fb.pdf/content`,
 * `…/items/{id}:/b.pdf:/content` → `…/items/{id}/~path/b.pdf/content`, `…/drive/root/children` →
 * `…/drive/items/root/children`; other paths unchanged.
 */
export function rewriteDrivePath(path: string): string {
  const colon = COLON_FORM.exec(path);
  if (colon) {
    const [, prefix = '', base = '', relative = '', rest = ''] = colon;
    const item = base.toLowerCase() === 'root' ? 'root' : base.slice('items/'.length);
    const trimmed = decoded(relative).replace(/^\/+|\/+$/g, '');
    const itemPath = `${prefix}/items/${item}`;
    return trimmed === '' ? `${itemPath}${rest}` : `${itemPath}/${PATH_SEGMENT}/${encodeURIComponent(trimmed)}${rest}`;
  }
  const root = ROOT_FORM.exec(path);
  return root ? `${root[1] ?? ''}/items/root${root[2] ?? ''}` : path;
}

/** Whether a request uploads a file's bytes (PUT …/content): its body is read raw, not as JSON. */
export function isContentUpload(method: string, path: string): boolean {
  return method.toUpperCase() === 'PUT' && /\/content\/?$/i.test(path) && /\/drives?\b/i.test(path);
}

const PATH_FORM = new RegExp(`/items/([^/]+)/${PATH_SEGMENT}/([^/]+)`);

/** The rewritten form back in Graph's own (for next links): `…/items/root/~path/a%2Fb` → `…/root:/a/b:`. */
export function graphPathOf(path: string): string {
  const withPath = path.replace(PATH_FORM, (_all, item: string, encoded: string) => {
    const itemPath = decoded(encoded).split('/').map(encodeURIComponent).join('/');
    return `${item.toLowerCase() === 'root' ? '/root' : `/items/${item}`}:/${itemPath}:`;
  });
  return withPath.replace(/\/items\/root(?=\/|$)/i, '/root');
}
