import { type AppError, isAppError, toAppError } from '../domain/appError';
import { type Capability, missingGrant, type Role } from '../domain/grants';

export type ReadinessStatus = 'ok' | 'missing' | 'failed' | 'skipped';

/**
 * Why a row looks as it does, beyond ok/missing:
 * - `listAbsent`: the list does not exist yet (created after a confirmation; needs role `manage`);
 * - `writeUnproven`: the list is empty, so writing could not be tried harmlessly;
 * - `notConfigured`: no shared mailbox configured (sharedCalendar);
 * - `notUsed`: a shared mailbox owns the events, so the own calendar is not needed;
 * - `switchedOff`: list expansion is off in the team's settings;
 * - `notInDirectory`: the distribution list is not in /groups (dynamic distribution group);
 * - `popupSignIn`: this Outlook offers no nested app authentication; sign-in uses a popup;
 * - `setupRoleMissing`: the role is enough for everyday work (`write`), not for creating lists or the
 *   columns a newer version adds (`manage`).
 */
export type ReadinessNote =
  | 'listAbsent'
  | 'writeUnproven'
  | 'notConfigured'
  | 'notUsed'
  | 'switchedOff'
  | 'notInDirectory'
  | 'popupSignIn'
  | 'setupRoleMissing';

/** One row of "Verbindung prüfen": ✓, or what is missing (see GRANTS[capability] for where and what it blocks). */
export interface ReadinessRow {
  capability: Capability;
  status: ReadinessStatus;
  /** The permission(s) or role IT must grant, e.g. `Mail.Send`, `write`, `User.ReadBasic.All OrgContact.Read.All`. */
  missing?: string;
  /** The role the app holds on the site or list, where probed. */
  role?: Role;
  note?: ReadinessNote;
  /** What went wrong when the check itself failed (throttled, offline …). */
  error?: AppError;
}

/** A refusal names what is missing; anything else is a failed check (offline, throttled …). */
export function rowFromError(capability: Capability, error: unknown, role?: Role): ReadinessRow {
  const appError = toAppError(error);
  if (isAppError(error) && (error.code === 'forbidden' || error.code === 'consent-required')) {
    return {
      capability,
      status: 'missing',
      missing: error.details.missing ?? missingGrant(capability, role),
      error: appError,
    };
  }
  return { capability, status: 'failed', error: appError };
}

/** Runs one harmless call; a success is ✓. */
export async function probe(capability: Capability, call: () => Promise<unknown>): Promise<ReadinessRow> {
  try {
    await call();
    return { capability, status: 'ok' };
  } catch (error) {
    return rowFromError(capability, error);
  }
}
