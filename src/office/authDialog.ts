/**
 * The Office dialog the sign-in runs in where Outlook offers no nested app authentication.
 * Microsoft's guidance for Office Add-ins: sign-in pages must open in the Office dialog
 * (displayDialogAsync), not a window.open popup, which desktop Outlook opens in the default browser
 * or not at all. The dialog page sends its answer back with messageParent.
 */

/** Why the dialog gave no answer; `errorCode` reads like MSAL's, so one mapping serves both. */
export class SignInDialogError extends Error {
  constructor(
    readonly errorCode: 'user_cancelled' | 'popup_window_error' | 'dialog_failed',
    readonly officeCode?: number,
  ) {
    super(`Office dialog: ${errorCode}${officeCode ? ` (${officeCode})` : ''}`);
    this.name = 'SignInDialogError';
  }
}

/** Office's dialog codes (Learn: "Handle errors and events in the Office dialog box"). */
const CLOSED_BY_USER = 12006;
const CANNOT_OPEN = new Set([12007, 12009, 12011]);

function dialogError(code: number | undefined): SignInDialogError {
  if (code === CLOSED_BY_USER) return new SignInDialogError('user_cancelled', code);
  if (code !== undefined && CANNOT_OPEN.has(code)) return new SignInDialogError('popup_window_error', code);
  return new SignInDialogError('dialog_failed', code);
}

/** Whether this host can open an Office dialog (inside Office, with the dialog API). Never throws. */
export function signInDialogAvailable(): boolean {
  try {
    return typeof Office !== 'undefined' && typeof Office.context?.ui?.displayDialogAsync === 'function';
  } catch {
    return false;
  }
}

function listen(dialog: Office.Dialog, origin: string, settle: (message?: string, error?: number) => void): void {
  dialog.addEventHandler(Office.EventType.DialogMessageReceived, (args) => {
    if ('message' in args && (!args.origin || args.origin === origin)) settle(args.message);
  });
  dialog.addEventHandler(Office.EventType.DialogEventReceived, (args) => {
    settle(undefined, 'error' in args ? args.error : undefined);
  });
}

/**
 * Opens `url` (same origin as the pane) in an Office dialog and resolves with the first message the
 * page sends, closing the dialog. Rejects with a SignInDialogError; never throws in a callback.
 */
export function openSignInDialog(url: string): Promise<string> {
  const origin = new URL(url).origin;
  return new Promise((resolve, reject) => {
    try {
      Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(dialogError(result.error?.code));
        const dialog = result.value;
        listen(dialog, origin, (message, error) => {
          if (message === undefined) return reject(dialogError(error));
          try {
            dialog.close();
          } finally {
            resolve(message);
          }
        });
      });
    } catch {
      reject(dialogError(undefined));
    }
  });
}

/** In the dialog page: hands the answer to the pane that opened it. Never throws. */
export function answerPane(message: string): boolean {
  try {
    Office.context.ui.messageParent(message);
    return true;
  } catch {
    return false;
  }
}
