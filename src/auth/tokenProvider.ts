/** The one-method auth seam: give me a token for these scopes. */
export interface TokenRequestOptions {
  /** A claims challenge from a 401 `WWW-Authenticate` header, passed on to the interactive request. */
  claims?: string;
  /**
   * Skip every cached token and ask the identity platform (or the emulator) for a new one. The
   * Graph client's auth handler sets it once after a plain 401, so a token the service no longer
   * accepts (revoked, rotated keys, changed grants) is replaced before the 401 becomes an error.
   */
  forceRefresh?: boolean;
  /**
   * Never ask the user: reject where only an interactive step would give the token. The opening asks
   * so for one token covering two features before it reads both in one round trip.
   */
  silentOnly?: boolean;
}

/**
 * How the provider signs the user in, for the readiness check:
 * - `nested`: nested app authentication, Outlook signs in for us (NestedAppAuth 1.1 supported);
 * - `popup`: this Outlook offers no NAA; a standard MSAL client signs in in a window of its own:
 *   inside Office the Office dialog (auth-dialog.html, Microsoft's guidance for add-ins), outside
 *   Office a browser popup; both return to `<pane folder>/auth-redirect.html` (src/auth/redirectUri.ts);
 * - `emulator-nested` / `emulator-popup`: the same two paths as the emulator's tenant profile allows
 *   them (`nestedAppAuth` true or false).
 * The readiness check words them e.g. "Anmeldung über verschachtelte App-Authentifizierung" and
 * "Anmeldung über ein Popup (dieses Outlook bietet keine NAA)".
 */
export type SignInMethod = 'nested' | 'popup' | 'emulator-nested' | 'emulator-popup';

export interface TokenProvider {
  /**
   * A bearer token for these scopes (one resource per call: Graph scopes, or scopes with a
   * resource prefix like `https://contoso.sharepoint.com/Sites.Selected`). Rejects with an AppError:
   * `auth-required` (sign-in cancelled or failed), `consent-required` (`details.missing` names the
   * scopes), `offline`.
   */
  getToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
  /**
   * Which way this provider signs in. Optional so that test fakes need not answer. The emulator's
   * provider may ask the emulator once to find out (its tenant profile decides); never rejects for
   * that reason alone, but may reject like getToken when the emulator cannot be reached.
   */
  signInMethod?(): Promise<SignInMethod>;
}

/** Whether the sign-in goes through nested app authentication (real or emulated). */
export function usesNestedAppAuth(method: SignInMethod): boolean {
  return method === 'nested' || method === 'emulator-nested';
}

/** One key per scope set, order-free; a resource prefix stays part of its scope (Graph vs SharePoint). */
export function scopeKey(scopes: readonly string[]): string {
  return [...scopes].sort().join(' ');
}
