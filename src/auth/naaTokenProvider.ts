import type { IPublicClientApplication } from '@azure/msal-browser';
import { AppError } from '../domain/appError';
import type { TokenProvider } from './tokenProvider';

export interface NaaTokenProviderOptions {
  clientId: string;
  authority: string;
  /** For tests: a ready client instead of MSAL's nestable one. */
  clientFactory?: () => Promise<IPublicClientApplication>;
}

type Msal = typeof import('@azure/msal-browser');

/** MSAL is loaded on first use, so it is not in the first chunk of the pane. */
function loadMsal(): Promise<Msal> {
  return import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
}

async function createNestableClient(options: NaaTokenProviderOptions): Promise<IPublicClientApplication> {
  const msal = await loadMsal();
  return msal.createNestablePublicClientApplication({
    auth: { clientId: options.clientId, authority: options.authority },
    // Tokens stay in memory: never in localStorage.
    cache: { cacheLocation: msal.BrowserCacheLocation.MemoryStorage },
    // No logger: MSAL's logs can carry account names.
  });
}

function errorCodeOf(error: unknown): { code: string; subError: string } {
  const value = error as { errorCode?: unknown; subError?: unknown } | null;
  return {
    code: typeof value?.errorCode === 'string' ? value.errorCode : '',
    subError: typeof value?.subError === 'string' ? value.subError : '',
  };
}

function toAuthError(error: unknown): AppError {
  const { code, subError } = errorCodeOf(error);
  if (code === 'consent_required' || subError === 'consent_required') {
    return new AppError('consent-required', 'Für Treffpunkt fehlt eine Zustimmung (Consent).');
  }
  if (code === 'user_cancelled' || code === 'popup_window_error' || code === 'interaction_in_progress') {
    return new AppError('auth-required', 'Die Anmeldung wurde nicht abgeschlossen.');
  }
  return new AppError('auth-required', 'Die Anmeldung bei Microsoft 365 ist fehlgeschlagen.', { serviceCode: code });
}

/**
 * Nested app authentication: Outlook signs the user in; we ask silently first and interactively
 * only when MSAL says interaction is required (or a claims challenge demands it).
 */
export function createNaaTokenProvider(options: NaaTokenProviderOptions): TokenProvider {
  let client: Promise<IPublicClientApplication> | undefined;
  const getClient = () => (client ??= (options.clientFactory ?? (() => createNestableClient(options)))());

  return {
    async getToken(scopeList, requestOptions = {}) {
      const pca = await getClient();
      const request = { scopes: [...scopeList], claims: requestOptions.claims };
      if (!requestOptions.claims) {
        try {
          return (await pca.acquireTokenSilent(request)).accessToken;
        } catch (error) {
          const msal = await loadMsal();
          if (!(error instanceof msal.InteractionRequiredAuthError)) throw toAuthError(error);
        }
      }
      try {
        return (await pca.acquireTokenPopup(request)).accessToken;
      } catch (error) {
        throw toAuthError(error);
      }
    },
  };
}
