/** "Verbindung prüfen": one row per capability, as the gateway checked it and the pane shows it. */
import type { AppError } from './appError';
import type { Capability, Role } from './grants';

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
 *   columns a newer version adds (`manage`);
 * - `libraryWriteUnproven`: the document library can be read; whether the app may write there shows
 *   harmlessly only once Treffpunkt's folder exists (made with the first document).
 */
export type ReadinessNote =
  | 'listAbsent'
  | 'writeUnproven'
  | 'notConfigured'
  | 'notUsed'
  | 'switchedOff'
  | 'notInDirectory'
  | 'popupSignIn'
  | 'setupRoleMissing'
  | 'libraryWriteUnproven';

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
