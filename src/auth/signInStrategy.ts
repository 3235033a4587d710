/** One way of getting tokens: silently, or with the user (popup, Outlook's prompt, Office dialog). */
export interface SignInStrategy {
  /** Rejects with MSAL's (or an MSAL-shaped) error; the provider decides whether interaction follows. */
  silent(scopes: string[], forceRefresh: boolean): Promise<string>;
  interactive(scopes: string[], claims: string | undefined): Promise<string>;
}
