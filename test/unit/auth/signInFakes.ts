import type { AccountInfo } from '@azure/msal-browser';
import type { OfficeAccount } from '../../../src/office/nestedAppAuth';
import type { SignInHost } from '../../../src/office/signInHost';

/** The signed-in user as MSAL knows her. */
export const alice: AccountInfo = {
  homeAccountId: 'oid-1.tid-1',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid-1',
  username: 'alice@landkreis-northeim.de',
  localAccountId: 'oid-1',
};

/** The same user as Outlook reports her. */
export const outlookAlice: OfficeAccount = {
  loginHint: 'hint-alice',
  userPrincipalName: alice.username,
  userObjectId: alice.localAccountId,
  tenantId: alice.tenantId,
};

/** A typed fake of what Outlook reports: NAA support, the signed-in account, the mailbox address. */
export function fakeHost(naa: boolean, account?: OfficeAccount, mailboxHint?: string): SignInHost {
  return {
    nestedAppAuthSupported: () => naa,
    account: () => Promise.resolve(account),
    mailboxLoginHint: () => mailboxHint,
    dialogAvailable: () => false,
    openDialog: () => Promise.reject(new Error('no dialog outside Office')),
  };
}
