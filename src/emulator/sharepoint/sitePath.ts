const KEY_FORM = /^\/sites\/([^/:]+):(\/[^:]*)(?::(\/.*)?)?$/;

/**
 * Turns Graph's key form `/sites/{hostname}:/{server-relative-path}[:/rest]` into one segment,
 * `/sites/{hostname:/path}/rest`, so the route tables need only `/sites/{siteId}/...`.
 */
export function rewriteSiteKeyPath(path: string): string {
  const match = KEY_FORM.exec(path);
  if (!match) return path;
  const [, host = '', relative = '', rest = ''] = match;
  let decoded = relative;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    // left as sent; the lookup will not find it
  }
  const trimmed = decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
  return `/sites/${encodeURIComponent(`${host}:${trimmed}`)}${rest}`;
}
