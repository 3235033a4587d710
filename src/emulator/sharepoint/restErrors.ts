/**
 * SharePoint REST's own error answers (not Graph's envelope): `{"odata.error": …}` in JSON light,
 * `{"error": …}` with odata=verbose, and `{"error_description": …}` for a token SharePoint refuses.
 */

export class SharePointRestError extends Error {
  constructor(
    readonly status: number,
    /** e.g. "-2147024891, System.UnauthorizedAccessException"; empty for a token error */
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SharePointRestError';
  }
}

/** SharePoint Online's first-party app id, named in its WWW-Authenticate challenge. */
const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

function challenge(tenantId: string): Record<string, string> {
  return {
    'WWW-Authenticate': `Bearer realm="${tenantId}",client_id="${SHAREPOINT_APP_ID}",authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"`,
  };
}

export const restErrors = {
  /** No or an unreadable or expired bearer token. */
  invalidToken: (tenantId: string, description: string) =>
    new SharePointRestError(401, '', description, challenge(tenantId)),
  /** A token for another resource (e.g. Graph): pnpframework #662, microsoft-authentication-library-for-js (adal) #589. */
  wrongAudience: (tenantId: string, audience: string) =>
    new SharePointRestError(
      401,
      '',
      "Exception of type 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown.",
      {
        ...challenge(tenantId),
        'x-ms-diagnostics': `3000003;reason="Invalid audience Uri '${audience}'.";category="invalid_client"`,
      },
    ),
  accessDenied: () =>
    new SharePointRestError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.',
    ),
  siteNotFound: () => new SharePointRestError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  listNotFound: () =>
    new SharePointRestError(
      404,
      '-2130575322, Microsoft.SharePoint.SPException',
      'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.',
    ),
  fieldNotFound: (name: string) =>
    new SharePointRestError(
      400,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.`,
    ),
  wrongMethod: (method: string, resource: string) =>
    new SharePointRestError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The HTTP method '${method}' cannot be used to access the resource '${resource}'.`,
    ),
  notImplemented: (what: string) =>
    new SharePointRestError(
      501,
      'NotImplemented',
      `The Treffpunkt Microsoft 365 emulator does not support ${what} of SharePoint's REST API. Real SharePoint may.`,
    ),
};

/** The body SharePoint sends with an error, in the format the Accept header asked for. */
export function restErrorBody(err: SharePointRestError, verbose: boolean): Record<string, unknown> {
  if (err.status === 401) return { error_description: err.message };
  const error = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return verbose ? { error } : { 'odata.error': error };
}
