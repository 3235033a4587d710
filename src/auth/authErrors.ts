/**
 * MSAL's errors in the app's error model. Read by their stable string codes only, so that MSAL
 * stays out of the pane's first chunk (no `instanceof` against its classes).
 */
import { AppError } from '../domain/appError';

/**
 * Silent failures that an interactive call can fix, per MSAL.js's guidance (see
 * /work/notes/differences-auth.md for the sources):
 * - InteractionRequiredAuthError and the server codes MSAL classifies as such;
 * - no account to ask silently for (`no_account_error`, the broker's `no_account_found`);
 * - the hidden iframe timing out (`monitor_window_timeout`, in MSAL v5 `timed_out` with that
 *   sub-error; `token_renewal_error` in older MSAL), where MSAL advises an interactive call.
 */
const INTERACTION_CODES = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'bad_token',
  'ui_not_allowed',
  'interrupted_user',
  'no_tokens_found',
  'refresh_token_expired',
  'native_account_unavailable',
  'no_account_error',
  'no_account_found',
  'no_account_in_silent_request',
  'monitor_window_timeout',
  'timed_out',
  'token_renewal_error',
  // sub-errors Entra ID sends with invalid_grant that MSAL treats as "interaction required"
  'message_only',
  'additional_action',
  'basic_action',
  'user_password_expired',
]);

const CANCEL_CODES = new Set(['user_cancelled', 'user_canceled']);
const POPUP_CODES = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);
const OFFLINE_CODES = new Set([
  'no_network_connectivity',
  'network_error',
  'post_request_failed',
  'get_request_failed',
]);

export interface MsalErrorCode {
  code: string;
  subError: string;
  name: string;
  message: string;
}

export function msalErrorCode(error: unknown): MsalErrorCode {
  const value = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return { code: text('errorCode'), subError: text('subError'), name: text('name'), message: text('message') };
}

/** Whether a failed silent call should be followed by the interactive one. */
export function warrantsInteraction(error: unknown): boolean {
  const { code, subError, name } = msalErrorCode(error);
  return name === 'InteractionRequiredAuthError' || INTERACTION_CODES.has(code) || INTERACTION_CODES.has(subError);
}

/** Admin consent missing (AADSTS65001 and friends), as MSAL reports it. */
export function isConsentError(error: unknown): boolean {
  const { code, subError, message } = msalErrorCode(error);
  return code === 'consent_required' || subError === 'consent_required' || /AADSTS65001|AADSTS90094/.test(message);
}

export function isCancelled(error: unknown): boolean {
  return CANCEL_CODES.has(msalErrorCode(error).code);
}

export function consentRequired(scopes: readonly string[]): AppError {
  const missing = scopes.join(' ');
  return new AppError(
    'consent-required',
    `Für Treffpunkt fehlt die Zustimmung der IT zu: ${missing}. Bitte wenden Sie sich an Ihre IT.`,
    { missing },
  );
}

/** The AppError for a failed interactive sign-in (or a silent failure no popup can fix). */
export function toAuthError(error: unknown, scopes: readonly string[]): AppError {
  const { code } = msalErrorCode(error);
  if (isConsentError(error)) return consentRequired(scopes);
  if (CANCEL_CODES.has(code)) {
    return new AppError('auth-required', 'Die Anmeldung wurde abgebrochen. Bitte melden Sie sich an, um fortzufahren.');
  }
  if (POPUP_CODES.has(code)) {
    return new AppError(
      'auth-required',
      'Das Anmeldefenster konnte nicht geöffnet werden. Bitte erlauben Sie Popups für Treffpunkt und versuchen Sie es erneut.',
    );
  }
  if (code === 'interaction_in_progress') {
    return new AppError('auth-required', 'Eine Anmeldung läuft bereits. Bitte schließen Sie sie ab.');
  }
  if (OFFLINE_CODES.has(code)) {
    return new AppError('offline', 'Der Anmeldedienst von Microsoft ist nicht erreichbar.', { serviceCode: code });
  }
  return new AppError('auth-required', 'Die Anmeldung bei Microsoft 365 ist fehlgeschlagen.', {
    serviceCode: code || undefined,
  });
}
