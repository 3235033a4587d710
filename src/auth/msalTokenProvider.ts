import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { type OfficeAccount, officeSignInHost, type SignInHost } from '../office/nestedAppAuth';
import { consentRequired, isCancelled, isConsentError, toAuthError, warrantsInteraction } from './authErrors';
import { createMsalClient, type MsalClientKind, type MsalClientOptions } from './msalClient';
import { authRedirectUri } from './redirectUri';
import type { TokenProvider, TokenRequestOptions } from './tokenProvider';

/** The part of MSAL's public client this provider uses (tests pass a typed fake of it). */
export type MsalClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup' | 'getAccount' | 'getActiveAccount' | 'setActiveAccount'
>;

export interface MsalTokenProviderOptions {
  clientId: string;
  authority: string;
  /** The pane's URL; the popup's redirect page lies next to it. Default: this page. */
  paneUrl?: string;
  /** What Outlook says about NAA and the signed-in account. Default: Office.js. */
  host?: SignInHost;
  /** For tests: a ready client instead of MSAL's. */
  clientFactory?: (kind: MsalClientKind, options: MsalClientOptions) => Promise<MsalClient>;
}

interface Session {
  pca: MsalClient;
  kind: MsalClientKind;
  officeAccount: OfficeAccount | undefined;
  loginHint: string | undefined;
  /** The account of the last token, kept in memory (NAA has no setActiveAccount). */
  account: AccountInfo | undefined;
}

async function openSession(options: MsalTokenProviderOptions, host: SignInHost): Promise<Session> {
  const kind: MsalClientKind = host.nestedAppAuthSupported() ? 'nested' : 'standard';
  const clientOptions: MsalClientOptions = {
    clientId: options.clientId,
    authority: options.authority,
    redirectUri: authRedirectUri(options.paneUrl ?? window.location.href),
  };
  const pca = await (options.clientFactory ?? createMsalClient)(kind, clientOptions);
  const officeAccount = kind === 'nested' ? await host.account() : undefined;
  const loginHint = officeAccount?.loginHint ?? host.mailboxLoginHint();
  return { pca, kind, officeAccount, loginHint, account: undefined };
}

/** The account MSAL knows for this user: ours, the one matching Outlook's, or MSAL's active one. */
function knownAccount(session: Session): AccountInfo | undefined {
  if (session.account) return session.account;
  try {
    const office = session.officeAccount;
    const match = office
      ? session.pca.getAccount({
          username: office.userPrincipalName,
          localAccountId: office.userObjectId,
          tenantId: office.tenantId,
        })
      : session.pca.getActiveAccount();
    return match ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Silent first, as the Office NAA sample does: with a known account acquireTokenSilent, else
 * ssoSilent with Outlook's login hint; with neither, acquireTokenSilent on MSAL's active account
 * (which fails with `no_account_error`, and the interactive call follows).
 */
function silent(session: Session, scopes: string[], forceRefresh: boolean): Promise<AuthenticationResult> {
  const account = knownAccount(session);
  if (account) return session.pca.acquireTokenSilent({ scopes, account, forceRefresh });
  if (session.loginHint) return session.pca.ssoSilent({ scopes, loginHint: session.loginHint });
  return session.pca.acquireTokenSilent({ scopes, forceRefresh });
}

function popup(session: Session, scopes: string[], claims: string | undefined): Promise<AuthenticationResult> {
  const account = knownAccount(session);
  const who = account ? { account } : session.loginHint ? { loginHint: session.loginHint } : {};
  return session.pca.acquireTokenPopup({ scopes, ...who, ...(claims ? { claims } : {}) });
}

function remember(session: Session, result: AuthenticationResult): string {
  if (result.account) {
    session.account = result.account;
    if (session.kind === 'standard') session.pca.setActiveAccount(result.account);
  }
  return result.accessToken;
}

/**
 * Tokens through MSAL. Where Outlook offers nested app authentication (NestedAppAuth 1.1) the
 * nestable client lets Outlook sign in; elsewhere a standard public client signs in through a popup
 * that returns to auth-redirect.html. Silent first; the interactive call follows every silent
 * failure that MSAL's guidance says interaction can fix (see authErrors.ts), and a claims
 * challenge goes straight to it. Interactive calls run one at a time. Tokens stay in memory.
 */
export function createMsalTokenProvider(options: MsalTokenProviderOptions): TokenProvider {
  const host = options.host ?? officeSignInHost;
  let session: Promise<Session> | undefined;
  let interaction: Promise<unknown> = Promise.resolve();
  const getSession = () => {
    if (!session) {
      session = openSession(options, host);
      session.catch(() => (session = undefined));
    }
    return session;
  };

  /** Waits for the interaction before it; a sign-in that happened meanwhile may make this one silent. */
  async function attempt(state: Session, scopes: string[], request: TokenRequestOptions, accountBefore: unknown) {
    if (!request.claims && state.account && state.account !== accountBefore) {
      try {
        return remember(state, await silent(state, scopes, false));
      } catch {
        // still needs the user
      }
    }
    return remember(state, await popup(state, scopes, request.claims));
  }

  async function interactive(state: Session, scopes: string[], request: TokenRequestOptions, cause: unknown) {
    const accountBefore = state.account;
    const turn = interaction.catch(() => undefined).then(() => attempt(state, scopes, request, accountBefore));
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
      const state = await getSession().catch((error: unknown) => Promise.reject(toAuthError(error, scopes)));
      if (request.claims) return interactive(state, scopes, request, undefined);
      try {
        return remember(state, await silent(state, scopes, request.forceRefresh === true));
      } catch (error) {
        if (!warrantsInteraction(error)) throw toAuthError(error, scopes);
        return interactive(state, scopes, request, error);
      }
    },
    signInMethod: () => Promise.resolve(host.nestedAppAuthSupported() ? 'nested' : 'popup'),
  };
}
