/**
 * The sign-in dialog page's work (auth-dialog.html, opened by the pane in an Office dialog where
 * Outlook offers no NAA): a standard MSAL client signs in with a redirect inside the dialog window,
 * the first token and any further scope sets (silently) go back to the pane in one message, and the
 * dialog's MSAL cache is cleared first. Runs twice per sign-in: before and after the redirect.
 */
import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { msalErrorCode } from './authErrors';
import type { DialogAnswer, DialogRequest, DialogToken } from './dialogProtocol';

export type DialogMsal = Pick<
  IPublicClientApplication,
  'handleRedirectPromise' | 'acquireTokenRedirect' | 'acquireTokenSilent' | 'clearCache'
>;

export interface SignInDialogEnv {
  request: DialogRequest | undefined;
  /** The dialog window's sessionStorage: remembers that the redirect was started. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  createClient(request: DialogRequest): Promise<DialogMsal>;
  answer(message: string): void;
}

const STARTED = 'treffpunkt.signInStarted';

function failure(error: unknown): DialogAnswer {
  const { code, subError, message } = msalErrorCode(error);
  return { ok: false, errorCode: code || 'dialog_failed', subError, message };
}

function tokenOf(result: AuthenticationResult, scopes: string[]): DialogToken {
  return { scopes, accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_000_000 };
}

async function collect(msal: DialogMsal, request: DialogRequest, first: AuthenticationResult): Promise<DialogAnswer> {
  const tokens = [tokenOf(first, request.scopes)];
  for (const scopes of request.extraScopeSets) {
    try {
      tokens.push(tokenOf(await msal.acquireTokenSilent({ scopes, account: first.account ?? undefined }), scopes));
    } catch {
      // not granted or not silent: the pane asks for it when it needs it
    }
  }
  return { ok: true, tokens };
}

/** The answer for the pane, or undefined while the window is on its way to the sign-in page. */
async function signIn(env: SignInDialogEnv, msal: DialogMsal, request: DialogRequest) {
  const result = await msal.handleRedirectPromise();
  if (result) return collect(msal, request, result);
  if (env.storage.getItem(STARTED)) return failure({ errorCode: 'no_response' });
  env.storage.setItem(STARTED, '1');
  const { scopes, loginHint, claims } = request;
  await msal.acquireTokenRedirect({ scopes, ...(loginHint ? { loginHint } : {}), ...(claims ? { claims } : {}) });
  return undefined;
}

async function answerFor(env: SignInDialogEnv, request: DialogRequest): Promise<DialogAnswer | undefined> {
  const msal = await env.createClient(request);
  const answer = await signIn(env, msal, request).catch(failure);
  // Nothing stays behind in the dialog window once it has answered.
  if (answer) await msal.clearCache().catch(() => undefined);
  return answer;
}

/** Runs the dialog page once; answers the pane unless the window is redirecting to the sign-in page. */
export async function runSignInDialog(env: SignInDialogEnv): Promise<void> {
  const answer = env.request
    ? await answerFor(env, env.request).catch(failure)
    : failure({ errorCode: 'dialog_failed', message: 'The sign-in dialog was opened without a request.' });
  if (!answer) return;
  env.storage.removeItem(STARTED);
  env.answer(JSON.stringify(answer));
}
