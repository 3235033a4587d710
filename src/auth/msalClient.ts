import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';

export interface MsalClientOptions {
  clientId: string;
  authority: string;
  /** Where the sign-in returns to when NAA is missing: `<pane folder>/auth-redirect.html`. */
  redirectUri: string;
}

/** The client kind: nestable (NAA, Outlook signs in) or standard (signs in through the redirect page). */
export type MsalClientKind = 'nested' | 'standard';

type Msal = typeof import('@azure/msal-browser');

/** MSAL is loaded on first use, so it is not in the first chunk of the pane. */
export function loadMsal(): Promise<Msal> {
  return import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
}

/**
 * MSAL's configuration: no log output, the popup's redirect page, and tokens in memory. Only the
 * sign-in dialog page uses `session`: MSAL's redirect flow needs sessionStorage, which lives as long
 * as the dialog window and is cleared before the dialog answers.
 */
export function msalConfiguration(
  msal: Pick<Msal, 'BrowserCacheLocation'>,
  options: MsalClientOptions,
  storage: 'memory' | 'session' = 'memory',
): Configuration {
  const { MemoryStorage, SessionStorage } = msal.BrowserCacheLocation;
  return {
    auth: { clientId: options.clientId, authority: options.authority, redirectUri: options.redirectUri },
    cache: { cacheLocation: storage === 'memory' ? MemoryStorage : SessionStorage },
    // MSAL's log lines can carry account names: none are written anywhere.
    system: { loggerOptions: { piiLoggingEnabled: false, loggerCallback: () => undefined } },
  };
}

/**
 * The MSAL public client for the kind the host supports. The nestable one falls back to a standard
 * client by itself when Outlook's broker does not answer; both get the same redirect page.
 */
export async function createMsalClient(
  kind: MsalClientKind,
  options: MsalClientOptions,
): Promise<IPublicClientApplication> {
  const msal = await loadMsal();
  const config = msalConfiguration(msal, options);
  return kind === 'nested'
    ? msal.createNestablePublicClientApplication(config)
    : msal.createStandardPublicClientApplication(config);
}
