import { officeSignInHost, type SignInHost } from '../office/signInHost';
import { consentRequired, isCancelled, isConsentError, toAuthError, warrantsInteraction } from './authErrors';
import { dialogStrategy } from './dialogStrategy';
import { createMsalClient, type MsalClientKind, type MsalClientOptions } from './msalClient';
import { type MsalClient, msalStrategy } from './msalStrategy';
import { authRedirectUri } from './redirectUri';
import type { SignInStrategy } from './signInStrategy';
import type { TokenProvider, TokenRequestOptions } from './tokenProvider';

export type { MsalClient } from './msalStrategy';

export interface MsalTokenProviderOptions {
  clientId: string;
  authority: string;
  /** The pane's URL; the sign-in pages lie next to it. Default: this page. */
  paneUrl?: string;
  /** What Outlook says about NAA, the signed-in account and dialogs. Default: Office.js. */
  host?: SignInHost;
  /** Scope sets the Office dialog fetches in one go where NAA is missing (e.g. every feature's). */
  prefetchScopes?: readonly (readonly string[])[];
  /** For tests: a ready client instead of MSAL's. */
  clientFactory?: (kind: MsalClientKind, options: MsalClientOptions) => Promise<MsalClient>;
}

/**
 * How this Outlook signs in: NAA (nestable client); no NAA inside Office: the Office dialog, as
 * Microsoft's guidance for Office Add-ins asks; no Office at all: a standard client's popup.
 */
async function openStrategy(options: MsalTokenProviderOptions, host: SignInHost): Promise<SignInStrategy> {
  const paneUrl = options.paneUrl ?? window.location.href;
  const nested = host.nestedAppAuthSupported();
  if (!nested && host.dialogAvailable()) {
    const { clientId, authority, prefetchScopes = [] } = options;
    const loginHint = host.mailboxLoginHint();
    return dialogStrategy({ clientId, authority, paneUrl, loginHint, prefetchScopes, openDialog: host.openDialog });
  }
  const clientOptions = {
    clientId: options.clientId,
    authority: options.authority,
    redirectUri: authRedirectUri(paneUrl),
  };
  const pca = await (options.clientFactory ?? createMsalClient)(nested ? 'nested' : 'standard', clientOptions);
  const officeAccount = nested ? await host.account() : undefined;
  const loginHint = officeAccount?.loginHint ?? host.mailboxLoginHint();
  return msalStrategy({ pca, nested, officeAccount, loginHint });
}

/**
 * Tokens through MSAL, in memory only. Silent first; the interactive call follows every silent
 * failure that MSAL's guidance says interaction can fix (see authErrors.ts), and a claims challenge
 * goes straight to it. Interactive calls run one at a time; one that waited tries silently again
 * when a sign-in succeeded meanwhile, so the pane's opening asks the user once.
 */
export function createMsalTokenProvider(options: MsalTokenProviderOptions): Required<TokenProvider> {
  const host = options.host ?? officeSignInHost;
  let strategy: Promise<SignInStrategy> | undefined;
  let interaction: Promise<unknown> = Promise.resolve();
  let signIns = 0;
  const getStrategy = () => {
    if (!strategy) {
      strategy = openStrategy(options, host);
      strategy.catch(() => (strategy = undefined));
    }
    return strategy;
  };

  async function attempt(way: SignInStrategy, scopes: string[], request: TokenRequestOptions, before: number) {
    if (!request.claims && signIns !== before) {
      try {
        return await way.silent(scopes, false);
      } catch {
        // still needs the user
      }
    }
    const token = await way.interactive(scopes, request.claims);
    signIns += 1;
    return token;
  }

  async function interactive(way: SignInStrategy, scopes: string[], request: TokenRequestOptions, cause: unknown) {
    const before = signIns;
    const turn = interaction.catch(() => undefined).then(() => attempt(way, scopes, request, before));
    interaction = turn;
    try {
      return await turn;
    } catch (error) {
      // A tenant where users may not consent shows "Admin approval required"; closing it is a cancel.
      if (isConsentError(cause) && isCancelled(error)) throw consentRequired(scopes);
      throw toAuthError(error, scopes);
    }
  }

  return {
    async getToken(scopeList, request = {}) {
      const scopes = [...scopeList];
      const way = await getStrategy().catch((error: unknown) => Promise.reject(toAuthError(error, scopes)));
      if (request.claims) return interactive(way, scopes, request, undefined);
      try {
        return await way.silent(scopes, request.forceRefresh === true);
      } catch (error) {
        if (request.silentOnly || !warrantsInteraction(error)) throw toAuthError(error, scopes);
        return interactive(way, scopes, request, error);
      }
    },
    signInMethod: () => Promise.resolve(host.nestedAppAuthSupported() ? 'nested' : 'popup'),
  };
}
