/**
 * Sign-in through MSAL in the pane itself: the nestable client (NAA, Outlook signs in and shows its
 * own prompt), or outside Office a standard client with a browser popup.
 */
import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import type { OfficeAccount } from '../office/nestedAppAuth';
import type { SignInStrategy } from './signInStrategy';

/** The part of MSAL's public client the pane uses (tests pass a typed fake of it). */
export type MsalClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup' | 'getAccount' | 'getActiveAccount' | 'setActiveAccount'
>;

export interface MsalStrategyOptions {
  pca: MsalClient;
  /** Nested: no setActiveAccount (NAA does not support it); the account is kept here. */
  nested: boolean;
  officeAccount: OfficeAccount | undefined;
  loginHint: string | undefined;
}

/** The account MSAL knows for this user: ours, the one matching Outlook's, or MSAL's active one. */
function knownAccount(options: MsalStrategyOptions, ours: AccountInfo | undefined): AccountInfo | undefined {
  if (ours) return ours;
  try {
    const office = options.officeAccount;
    const match = office
      ? options.pca.getAccount({
          username: office.userPrincipalName,
          localAccountId: office.userObjectId,
          tenantId: office.tenantId,
        })
      : options.pca.getActiveAccount();
    return match ?? undefined;
  } catch {
    return undefined;
  }
}

export function msalStrategy(options: MsalStrategyOptions): SignInStrategy {
  const { pca, loginHint } = options;
  let account: AccountInfo | undefined;

  function remember(result: AuthenticationResult): string {
    if (result.account) {
      account = result.account;
      if (!options.nested) pca.setActiveAccount(result.account);
    }
    return result.accessToken;
  }

  return {
    /**
     * As the Office NAA sample does: with a known account acquireTokenSilent, else ssoSilent with
     * Outlook's login hint; with neither, acquireTokenSilent on MSAL's active account (which fails
     * with `no_account_error`, and the interactive call follows).
     */
    async silent(scopes, forceRefresh) {
      const known = knownAccount(options, account);
      if (known) return remember(await pca.acquireTokenSilent({ scopes, account: known, forceRefresh }));
      if (loginHint) return remember(await pca.ssoSilent({ scopes, loginHint }));
      return remember(await pca.acquireTokenSilent({ scopes, forceRefresh }));
    },
    async interactive(scopes, claims) {
      const known = knownAccount(options, account);
      const who = known ? { account: known } : loginHint ? { loginHint } : {};
      return remember(await pca.acquireTokenPopup({ scopes, ...who, ...(claims ? { claims } : {}) }));
    },
  };
}
