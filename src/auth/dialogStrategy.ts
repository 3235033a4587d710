/**
 * Sign-in in an Office dialog, where Outlook offers no NAA (Microsoft's guidance for fallback
 * authentication in Office Add-ins): the dialog page signs in with a standard MSAL client and sends
 * the tokens back. The pane keeps them in memory until shortly before they expire; after that the
 * dialog opens again (usually without a prompt, as Entra ID remembers the session).
 */
import { dialogUrl, parseDialogAnswer, type DialogToken } from './dialogProtocol';
import type { SignInStrategy } from './signInStrategy';
import { scopeKey } from './tokenProvider';

export interface DialogStrategyOptions {
  clientId: string;
  authority: string;
  paneUrl: string;
  loginHint: string | undefined;
  /** Scope sets fetched in the same dialog, so the pane's opening needs one sign-in only. */
  prefetchScopes: readonly (readonly string[])[];
  openDialog(url: string): Promise<string>;
  now?: () => number;
}

/** Shaped like MSAL's error, so the provider's one mapping (authErrors.ts) serves both. */
const noToken = () =>
  Object.assign(new Error('No token from the sign-in dialog yet.'), { errorCode: 'no_account_error' });

export function dialogStrategy(options: DialogStrategyOptions): SignInStrategy {
  const now = options.now ?? (() => Date.now());
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const keep = (token: DialogToken) =>
    tokens.set(scopeKey(token.scopes), { token: token.accessToken, expiresAt: token.expiresOn - 60_000 });

  return {
    async silent(scopes, forceRefresh) {
      const cached = tokens.get(scopeKey(scopes));
      if (!forceRefresh && cached && cached.expiresAt > now()) return cached.token;
      throw noToken();
    },
    async interactive(scopes, claims) {
      const extraScopeSets = options.prefetchScopes
        .map((set) => [...set])
        .filter((set) => scopeKey(set) !== scopeKey(scopes));
      const url = dialogUrl(options.paneUrl, {
        clientId: options.clientId,
        authority: options.authority,
        scopes,
        extraScopeSets,
        ...(options.loginHint ? { loginHint: options.loginHint } : {}),
        ...(claims ? { claims } : {}),
      });
      const answer = parseDialogAnswer(await options.openDialog(url));
      if (!answer.ok) throw Object.assign(new Error(answer.message), answer);
      answer.tokens.forEach(keep);
      const first = answer.tokens[0];
      if (!first) throw noToken();
      return first.accessToken;
    },
  };
}
