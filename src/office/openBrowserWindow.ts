import type { HostContext } from './officeHost';

/**
 * Opening a web address outside the pane, and whether the pane's own downloads reach the user.
 * The only place that asks Office.js about either. Outside Outlook (`host.inOffice` false: the
 * standalone pane, the browser tests) Office.js is not asked, even where it is loaded.
 */

function officeContext(host: Pick<HostContext, 'inOffice'>): Office.Context | undefined {
  if (!host.inOffice || typeof Office === 'undefined') return undefined;
  // Office.context is undefined until Office.js has initialised, though the declarations say otherwise.
  return (Office.context as Office.Context | undefined) ?? undefined;
}

/** OpenBrowserWindowApi 1.1: classic Outlook on Windows and Outlook on Mac only (Learn, requirement sets). */
function canOpenBrowserWindow(context: Office.Context): boolean {
  try {
    return context.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') === true;
  } catch {
    return false;
  }
}

/**
 * Opens `url` in the user's browser: through Outlook where it offers openBrowserWindow (its webview
 * would otherwise keep the page inside Outlook, or show nothing), otherwise as a new tab
 * (Outlook on the web, new Outlook on Windows, a plain browser). Never throws.
 */
export function openBrowserWindow(url: string, host: Pick<HostContext, 'inOffice'>): void {
  const context = officeContext(host);
  if (context && canOpenBrowserWindow(context)) {
    try {
      context.ui.openBrowserWindow(url);
      return;
    } catch {
      // Falls through to window.open: an address the user asked for should still open.
    }
  }
  try {
    window.open(url, '_blank', 'noopener');
  } catch {
    // A browser that refuses new windows: the pane shows the address as a link as well.
  }
}

/**
 * Whether a file made in the pane can be handed to the browser's download (an `<a download>` with a
 * blob URL) with a fair chance that a file arrives:
 * - a plain browser tab: yes.
 * - Outlook on the web (platform `OfficeOnline`): yes, the add-in runs in the browser's own frame.
 *   New Outlook on Windows reports the same platform and is reported not to start such downloads
 *   (../shared/REAL-GRAPH.md, "printing / files"); the two cannot be told apart, so the pane offers it
 *   there too: where it does nothing, "Öffnen" (once filed) reaches SharePoint's own download.
 * - Outlook on Mac: no, WebKit's webview drops blob downloads without a word (office-js #503, #6468).
 * - classic Outlook on Windows: no. Reports differ by build (office-js #1511: blocked in the Edge webview;
 *   #6468: works), and Learn names "downloading a PDF file when the webview control is provided by
 *   Microsoft Edge" as what OpenBrowserWindow is for: the file opens in the browser instead.
 * - Outlook on iOS and Android: no file system to download into.
 */
export function directDownloadWorks(host: Pick<HostContext, 'inOffice'>): boolean {
  if (!host.inOffice) return true;
  const context = officeContext(host);
  if (!context) return false;
  try {
    return context.diagnostics?.platform === Office.PlatformType.OfficeOnline;
  } catch {
    return false;
  }
}
