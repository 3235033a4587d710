/**
 * Redirect URIs of the app registration. With nested app authentication Outlook brokers the sign-in
 * and Entra ID only checks the broker URI `brk-multihub://<host>`; where NAA is missing, the standard
 * MSAL client (in the Office dialog, or a browser popup outside Office) returns to a blank page next
 * to taskpane.html, which hands the answer on (MSAL v5's redirect bridge) and does nothing else.
 */
export const AUTH_REDIRECT_PAGE = 'auth-redirect.html';

/** The popup's redirect URI for a pane served at `paneUrl`: the bridge page in the same folder. */
export function authRedirectUri(paneUrl: string): string {
  const url = new URL(AUTH_REDIRECT_PAGE, paneUrl);
  return `${url.origin}${url.pathname}`;
}

/** The NAA broker redirect URI for an add-in served at `paneUrl`: origin only, never a path. */
export function nestedAppAuthRedirectUri(paneUrl: string): string {
  return `brk-multihub://${new URL(paneUrl).host}`;
}
