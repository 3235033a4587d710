/**
 * Links taken from list data (the Outlook web link of a sent invitation, a list item's SharePoint
 * address) are shown only when they lead to Microsoft 365: https, and a host of Outlook on the web or of
 * SharePoint Online. Anything else (javascript:, data:, http:, a look-alike host such as
 * outlook.office.com.example.org, an address with a user name in it) is not shown at all.
 */

/** Hosts of Outlook on the web; the link may name the host itself only. */
const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/** SharePoint Online: every tenant's host is a subdomain of sharepoint.com. */
const SHAREPOINT_DOMAIN = '.sharepoint.com';

export interface SafeLinkOptions {
  /**
   * Origins trusted besides Microsoft's hosts, exactly as `URL.origin` gives them (scheme, host, port):
   * the local emulator's origin in emulator mode, nothing in a tenant.
   */
  extraOrigins?: readonly string[];
}

function isMicrosoftHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (OUTLOOK_HOSTS.includes(host)) return true;
  return host.endsWith(SHAREPOINT_DOMAIN) && host.length > SHAREPOINT_DOMAIN.length && !host.startsWith('.');
}

/**
 * The link to put into `href`, as the URL parser normalised it; `undefined` when it may not be shown
 * (empty, unparsable, not https, credentials in it, or a host outside Microsoft 365).
 */
export function safeLink(link: string | undefined, options: SafeLinkOptions = {}): string | undefined {
  if (!link?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if ((options.extraOrigins ?? []).includes(url.origin)) return url.href;
  if (url.protocol !== 'https:' || url.port !== '') return undefined;
  return isMicrosoftHost(url.hostname) ? url.href : undefined;
}
