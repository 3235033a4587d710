/** The one-method auth seam: give me a token for these scopes. */
export interface TokenRequestOptions {
  /** A claims challenge from a 401 `WWW-Authenticate` header, passed on to the interactive request. */
  claims?: string;
}

export interface TokenProvider {
  getToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
}
