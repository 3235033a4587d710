/**
 * What the Outlook host tells us about signing in: whether it offers nested app authentication
 * (requirement set NestedAppAuth 1.1) and who is signed in to it. Both never throw: outside Office,
 * in an older Outlook, or when Office.js answers with an error, they report "not available".
 */

/** The part of `Office.context.requirements` we ask (a typed seam for tests). */
export interface OfficeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The account Outlook is signed in with, as `Office.auth.getAuthContext()` reports it. */
export interface OfficeAccount {
  /** Hint for MSAL's `loginHint`: Entra's login_hint claim, else the UPN. */
  loginHint: string;
  userPrincipalName: string;
  userObjectId: string;
  tenantId: string;
}

/** The part of `Office.auth` we use (a typed seam for tests). */
export interface OfficeAuth {
  getAuthContext(): Promise<Office.AuthContext>;
}

function officeRequirements(): OfficeRequirements | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.requirements;
}

function officeAuth(): OfficeAuth | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.auth;
}

/** Whether this Outlook offers nested app authentication (`isSetSupported('NestedAppAuth', '1.1')`). */
export function nestedAppAuthSupported(requirements = officeRequirements()): boolean {
  try {
    return requirements?.isSetSupported('NestedAppAuth', '1.1') === true;
  } catch {
    return false;
  }
}

/**
 * The account Outlook is signed in with (NestedAppAuth 1.1), or undefined where Office cannot say.
 * Never rejects: a missing account only means MSAL has to find one by asking interactively.
 */
export async function officeAccount(auth = officeAuth()): Promise<OfficeAccount | undefined> {
  if (!auth || typeof auth.getAuthContext !== 'function') return undefined;
  try {
    const context = await auth.getAuthContext();
    const loginHint = context.loginHint || context.userPrincipalName;
    if (!loginHint) return undefined;
    return {
      loginHint,
      userPrincipalName: context.userPrincipalName,
      userObjectId: context.userObjectId,
      tenantId: context.tenantId,
    };
  } catch {
    return undefined;
  }
}

/**
 * The mailbox owner's address as a sign-in hint where NAA is missing (no auth context there):
 * only for Microsoft 365 mailboxes, whose address usually is the sign-in name. Never throws.
 */
export function mailboxLoginHint(): string | undefined {
  try {
    if (typeof Office === 'undefined') return undefined;
    const profile = Office.context?.mailbox?.userProfile;
    if (!profile || profile.accountType !== 'office365') return undefined;
    return profile.emailAddress || undefined;
  } catch {
    return undefined;
  }
}
