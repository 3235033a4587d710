/**
 * Rewrites the development origin in a manifest (XML or JSON text) to the production origin.
 * Used by webpack's CopyWebpackPlugin transform in the production build and by the manifest tests.
 */
'use strict';

const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Checks a configured origin and returns it in canonical form (`https://host[:port]`, no trailing slash).
 * @param {string} origin
 * @returns {string}
 */
function normaliseOrigin(origin) {
  const hint = 'erwartet wird z. B. https://treffpunkt.landkreis-northeim.de (https, ohne Pfad)';
  let url;
  try {
    url = new URL(String(origin ?? '').trim());
  } catch {
    throw new Error(`Ungültige Add-in-Adresse "${origin}": ${hint}.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`Add-in-Adresse "${origin}" muss https verwenden: Office lädt Add-ins nur über https; ${hint}.`);
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new Error(`Add-in-Adresse "${origin}" darf nur Schema, Host und Port enthalten: ${hint}.`);
  }
  return url.origin;
}

/**
 * Replaces every `https://localhost:3000` in the manifest text with `origin`.
 * @param {string} text manifest.xml or manifest.json content
 * @param {string} origin production origin, e.g. https://treffpunkt.example.org
 * @returns {string}
 */
function rewriteOrigin(text, origin) {
  const target = normaliseOrigin(origin);
  const rewritten = String(text).split(DEV_ORIGIN).join(target);
  const leftover = rewritten.indexOf('localhost:3000');
  if (leftover !== -1 && !target.endsWith('localhost:3000')) {
    const context = rewritten.slice(Math.max(0, leftover - 30), leftover + 20).replace(/\s+/g, ' ');
    throw new Error(`Manifest verweist nach dem Umschreiben noch auf localhost:3000 ("…${context}…").`);
  }
  return rewritten;
}

module.exports = { DEV_ORIGIN, normaliseOrigin, rewriteOrigin };
