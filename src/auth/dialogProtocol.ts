/**
 * What the pane and the sign-in dialog page (auth-dialog.html) tell each other: the request in the
 * dialog's URL, the answer as one messageParent string. Pure: no Office, no MSAL.
 */
export const AUTH_DIALOG_PAGE = 'auth-dialog.html';

export interface DialogRequest {
  clientId: string;
  authority: string;
  /** The scopes the pane needs now (one resource). */
  scopes: string[];
  /** Further scope sets to fetch silently once signed in, so one dialog serves the pane's opening. */
  extraScopeSets: string[][];
  loginHint?: string;
  claims?: string;
}

export interface DialogToken {
  scopes: string[];
  accessToken: string;
  /** Expiry in ms since the epoch. */
  expiresOn: number;
}

export type DialogAnswer =
  { ok: true; tokens: DialogToken[] } | { ok: false; errorCode: string; subError: string; message: string };

/** The dialog page's URL for a pane served at `paneUrl`: next to taskpane.html, same origin. */
export function dialogUrl(paneUrl: string, request: DialogRequest): string {
  const url = new URL(AUTH_DIALOG_PAGE, paneUrl);
  url.search = '';
  url.hash = '';
  const params = url.searchParams;
  params.set('client', request.clientId);
  params.set('authority', request.authority);
  params.set('scopes', request.scopes.join(' '));
  if (request.extraScopeSets.length > 0) params.set('extra', JSON.stringify(request.extraScopeSets));
  if (request.loginHint) params.set('hint', request.loginHint);
  if (request.claims) params.set('claims', request.claims);
  return url.toString();
}

function isScopeSets(value: unknown): value is string[][] {
  return Array.isArray(value) && value.every((set) => Array.isArray(set) && set.every((s) => typeof s === 'string'));
}

function extraSets(raw: string | null): string[][] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return isScopeSets(value) ? value : [];
  } catch {
    return [];
  }
}

/** The request in the dialog page's query string, or undefined when it is incomplete. */
export function readDialogRequest(search: string): DialogRequest | undefined {
  const params = new URLSearchParams(search);
  const clientId = params.get('client');
  const authority = params.get('authority');
  const scopes = (params.get('scopes') ?? '').split(' ').filter(Boolean);
  if (!clientId || !authority || scopes.length === 0) return undefined;
  const loginHint = params.get('hint') ?? undefined;
  const claims = params.get('claims') ?? undefined;
  return { clientId, authority, scopes, extraScopeSets: extraSets(params.get('extra')), loginHint, claims };
}

function isToken(value: unknown): value is DialogToken {
  const token = value as Partial<DialogToken> | null;
  return (
    typeof token?.accessToken === 'string' &&
    typeof token.expiresOn === 'number' &&
    Array.isArray(token.scopes) &&
    token.scopes.every((s) => typeof s === 'string')
  );
}

const failed = (message: string): DialogAnswer => ({ ok: false, errorCode: 'dialog_failed', subError: '', message });

/** The dialog's answer; anything malformed is a failure, never an exception. */
export function parseDialogAnswer(message: string): DialogAnswer {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return failed('The sign-in dialog answered something unreadable.');
  }
  const answer = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (answer.ok === true && Array.isArray(answer.tokens) && answer.tokens.every(isToken)) {
    return { ok: true, tokens: answer.tokens };
  }
  if (answer.ok === false && typeof answer.errorCode === 'string') {
    const text = (key: string) => (typeof answer[key] === 'string' ? (answer[key] as string) : '');
    return { ok: false, errorCode: answer.errorCode, subError: text('subError'), message: text('message') };
  }
  return failed('The sign-in dialog answered something unreadable.');
}
