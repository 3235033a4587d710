/* The Content-Security-Policy of the add-in's pages (task pane, commands, support, sign-in), built from the
 * build's configuration and written into each page as a <meta http-equiv> (webpack.config.js). The pages
 * are static files, so a nonce is not possible; everything allowed is named here.
 *
 * Not in a meta tag: frame-ancestors, report-uri/report-to and sandbox are ignored there (CSP3 §6.1,
 * "delivered via a meta element"). Who may frame the pane can only be said by the web server's
 * Content-Security-Policy header, and Outlook frames it from Microsoft's hosts. */
const { createHash } = require('node:crypto');

/** Microsoft's sign-in (MSAL's default authority and its instance discovery). */
const SIGN_IN = 'https://login.microsoftonline.com';
/**
 * Office.js from Microsoft's CDN: Outlook's host scripts (outlook-web-16.01.js, outlook-win32-16.02.js, …)
 * load MicrosoftAjax.js from this CDN when it is not on the page (OsfMsAjaxFactory.loadMsAjaxFull).
 */
const MS_AJAX_CDN = 'https://ajax.aspnetcdn.com';
/**
 * Office.js outside Office (the standalone pane of emulator builds takes its "Office 2013" path,
 * o15apptofilemappingtable.js) frames Microsoft's log proxy after three seconds. Emulator builds only;
 * Outlook's current host scripts do not, and tenant builds do not allow it.
 */
const OFFICE_LOG_PROXY = 'https://telemetryservice.firstpartyapps.oaspapps.com';
/** Emulator builds: the pane may be pointed at an emulator on any loopback port (config.emulatorOverride). */
const LOOPBACK = ['http://127.0.0.1:*', 'http://localhost:*'];

/** A CSP hash source for the exact text of an inline <style> element. */
function styleHash(css) {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * Fluent UI (Griffel's renderer and FluentProvider's theme) creates empty <style> elements and fills
 * them through CSSOM (sheet.insertRule), which CSP does not govern; the empty element itself is checked
 * against style-src, so its hash — the hash of the empty text — is all Fluent needs.
 */
const EMPTY_STYLE = styleHash('');

/**
 * The invitation preview (src/taskpane/einladung/components/PreviewSection.tsx) shows the mail body in a
 * sandboxed srcdoc frame, which inherits this policy: its one <style> element is allowed by hash. When
 * that text changes, Chromium names the new hash in the violation the browser journeys report.
 */
const PREVIEW_STYLE =
  'body{font-family:Calibri,Arial,sans-serif;font-size:15px;line-height:1.4;color:#201f1e;' +
  'background:#fff;margin:8px;overflow-wrap:anywhere}h2,h3{font-size:16px}table{max-width:100%}';

/**
 * The text of each inline <style> element of an HTML page (the page's own base styles); a template's
 * placeholder (`<%= … %>`) is left out: its text is hashed from the value the build writes there.
 */
function inlineStyles(html) {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .map((match) => match[1])
    .filter((text) => !text.includes('<%'));
}

const originOf = (url) => new URL(url).origin;
const unique = (values) => [...new Set(values.filter(Boolean))];

/**
 * The policy as one string.
 * @param {{ config: { mode: string, graphBaseUrl: string, sharePointOrigin: string, authority: string },
 *   officeJs: string, pageStyles?: string[] }} options officeJs: the URL the pages load Office.js from
 *   (relative: served with the pane); pageStyles: the texts of the page's inline <style> elements.
 */
function contentSecurityPolicy({ config, officeJs, pageStyles = [] }) {
  const officeCdn = /^https:\/\//.test(officeJs) ? originOf(officeJs) : undefined;
  const emulator = config.mode === 'emulator';
  const officeScripts = officeCdn ? [officeCdn, MS_AJAX_CDN] : [];
  const signIn = emulator ? [] : unique([SIGN_IN, originOf(config.authority)]);
  const connect = emulator
    ? LOOPBACK
    : unique([originOf(config.graphBaseUrl), originOf(config.sharePointOrigin), ...signIn]);
  const directives = [
    ["default-src 'self'"],
    ["script-src 'self'", ...officeScripts],
    // Inline style *attributes* only: the invitation preview shows the mail's HTML as sent, whose cells
    // and blocks carry style="…". <style> elements need a hash (style-src below).
    ["style-src-attr 'unsafe-inline'"],
    ["style-src 'self'", EMPTY_STYLE, styleHash(PREVIEW_STYLE), ...unique(pageStyles).map(styleHash)],
    ["img-src 'self'"],
    ["connect-src 'self'", ...connect],
    // MSAL's silent sign-in (ssoSilent) runs in a hidden frame on the sign-in host; Office.js in Outlook
    // on the web frames a page of its own CDN when it does not trust the host.
    ["frame-src 'self'", ...signIn, officeCdn, emulator ? OFFICE_LOG_PROXY : undefined],
    ["object-src 'none'"],
    ["base-uri 'self'"],
    ["form-action 'self'"],
  ];
  return directives.map((sources) => sources.filter(Boolean).join(' ')).join('; ');
}

module.exports = { contentSecurityPolicy, inlineStyles, styleHash, EMPTY_STYLE, SIGN_IN };
