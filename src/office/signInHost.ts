import { openSignInDialog, signInDialogAvailable } from './authDialog';
import { mailboxLoginHint, nestedAppAuthSupported, type OfficeAccount, officeAccount } from './nestedAppAuth';

/** Everything the sign-in asks Outlook, as one seam (tests pass a typed fake). */
export interface SignInHost {
  nestedAppAuthSupported(): boolean;
  account(): Promise<OfficeAccount | undefined>;
  mailboxLoginHint(): string | undefined;
  /** Whether an Office dialog can be opened (inside Office); elsewhere the sign-in uses a popup. */
  dialogAvailable(): boolean;
  /** Opens the page in an Office dialog; resolves with its message (see src/office/authDialog.ts). */
  openDialog(url: string): Promise<string>;
}

/** The real Outlook (or no Office at all: no NAA, no account, no hint, no dialog). */
export const officeSignInHost: SignInHost = {
  nestedAppAuthSupported: () => nestedAppAuthSupported(),
  account: () => officeAccount(),
  mailboxLoginHint: () => mailboxLoginHint(),
  dialogAvailable: () => signInDialogAvailable(),
  openDialog: (url) => openSignInDialog(url),
};
