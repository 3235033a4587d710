/** Helpers shared by the XML and JSON manifest checks: ids, PNG sizes, served URLs. */
'use strict';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Width and height of a PNG, or null when the buffer is no PNG. */
function pngSize(buffer) {
  const signature = '89504e470d0a1a0a';
  if (!buffer || buffer.length < 24 || buffer.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

function originOf(value) {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Checks one URL from a manifest: https, on the add-in's origin or an allowed domain, and — on the add-in's
 * origin — pointing at a file the build serves (assets/…png or one of the pages).
 * @param {string} label where the URL sits, for the message
 * @param {string} value the URL
 * @param {{ origin: string|null, allowedOrigins: string[], tree: object, pngSize?: number }} options
 * @returns {string[]} errors
 */
function servedUrlErrors(label, value, { origin, allowedOrigins, tree, pngSize: expectedSize }) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return [`${label}: "${value}" ist keine gültige URL.`];
  }
  if (url.protocol !== 'https:') return [`${label}: ${value} muss https verwenden.`];
  if (url.origin !== origin) {
    return allowedOrigins.includes(url.origin)
      ? []
      : [`${label}: ${url.origin} ist weder Add-in-Herkunft noch Domäne.`];
  }
  const rel = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (rel.endsWith('.html')) {
    return tree.pageExists(rel) ? [] : [`${label}: Seite ${rel} wird vom Build nicht erzeugt.`];
  }
  const file = tree.readServed(rel);
  if (!file) return [`${label}: ${rel} fehlt (erwartet unter assets/).`];
  if (expectedSize === undefined) return [];
  const size = pngSize(file);
  if (!size) return [`${label}: ${rel} ist keine PNG-Datei.`];
  if (size.width !== expectedSize || size.height !== expectedSize) {
    return [`${label}: ${rel} ist ${size.width}×${size.height}, erwartet ${expectedSize}×${expectedSize}.`];
  }
  return [];
}

/** Error messages for ids that occur more than once. */
function duplicateErrors(what, ids) {
  const seen = new Set();
  const dupes = new Set(ids.filter((id) => seen.size === seen.add(id).size));
  return [...dupes].map((id) => `${what} "${id}" kommt mehrfach vor.`);
}

module.exports = { GUID, duplicateErrors, originOf, pngSize, servedUrlErrors };
