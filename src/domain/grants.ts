/**
 * What county IT grants so that each part of Treffpunkt works: pure data for the readiness check
 * ("Verbindung prüfen"), for errors met during work and for the README. The UI turns the `blocks`
 * keys into German.
 */

/** One thing the add-in does with Microsoft 365, as the readiness check shows it (a row each). */
export type Capability =
  | 'profile'
  | 'calendar'
  | 'sharedCalendar'
  | 'tasks'
  | 'mail'
  | 'sentItems'
  | 'site'
  | 'meetingsList'
  | 'venuesList'
  | 'settingsList'
  /** The needs register (Treffpunkt-Bedarfe). */
  | 'needsList'
  /** The site's document library (its default drive): the documents, a folder per meeting. */
  | 'documentLibrary'
  | 'defaultView'
  | 'listExpansion'
  | 'nestedAppAuth';

/** The app's role on a site or list through `Sites.Selected` / `Lists.SelectedOperations.Selected`. */
export type Role = 'read' | 'write' | 'manage' | 'fullcontrol';

export const ROLE_ORDER: readonly Role[] = ['read', 'write', 'manage', 'fullcontrol'];

/** Whether `held` covers `needed` (fullcontrol ⊃ manage ⊃ write ⊃ read). */
export function roleCovers(held: Role | undefined, needed: Role): boolean {
  return held !== undefined && ROLE_ORDER.indexOf(held) >= ROLE_ORDER.indexOf(needed);
}

/** What stops working without the grant (a key the UI turns into a German sentence). */
export type BlockedFeature =
  | 'organiser'
  | 'invitation'
  | 'sharedMailboxInvitation'
  | 'reminders'
  | 'minutesMail'
  | 'lostMailCheck'
  | 'siteAccess'
  | 'filing'
  | 'venues'
  | 'teamSettings'
  | 'needs'
  | 'documents'
  | 'defaultViewColumns'
  | 'memberNames'
  | 'silentSignIn';

/**
 * Where IT grants it: a delegated Microsoft Graph permission with admin consent, a delegated
 * SharePoint permission (resource `https://<host>`), or a capability of the Outlook client.
 */
export type GrantResource = 'graph' | 'sharepoint' | 'outlook';

export interface Grant {
  /** The permissions (as Entra ID names them), all needed; e.g. ['Mail.Send']. */
  permissions: readonly string[];
  resource: GrantResource;
  /** With `Sites.Selected`: the role the app needs on the site (or list) for everyday work. */
  role?: Role;
  /** The role needed once, to create the list or add its columns. */
  setupRole?: Role;
  /** Broader permissions that also do (for IT that prefers them). */
  alternatives?: readonly string[];
  /** The add-in works without it (with less comfort). */
  optional: boolean;
  blocks: BlockedFeature;
}

const siteGrant = (blocks: BlockedFeature): Grant => ({
  permissions: ['Sites.Selected'],
  resource: 'graph',
  role: 'write',
  setupRole: 'manage',
  alternatives: ['Lists.SelectedOperations.Selected', 'Sites.Manage.All'],
  optional: false,
  blocks,
});

/** The least-privilege grants, one per capability (README "Berechtigungen"). */
export const GRANTS: Readonly<Record<Capability, Grant>> = {
  profile: { permissions: ['User.Read'], resource: 'graph', optional: false, blocks: 'organiser' },
  calendar: { permissions: ['Calendars.ReadWrite'], resource: 'graph', optional: false, blocks: 'invitation' },
  sharedCalendar: {
    permissions: ['Calendars.ReadWrite.Shared'],
    resource: 'graph',
    optional: true,
    blocks: 'sharedMailboxInvitation',
  },
  tasks: { permissions: ['Tasks.ReadWrite'], resource: 'graph', optional: false, blocks: 'reminders' },
  mail: { permissions: ['Mail.Send'], resource: 'graph', optional: false, blocks: 'minutesMail' },
  sentItems: {
    permissions: ['Mail.ReadBasic'],
    resource: 'graph',
    alternatives: ['Mail.Read'],
    optional: false,
    blocks: 'lostMailCheck',
  },
  site: { ...siteGrant('siteAccess'), role: 'read' },
  meetingsList: siteGrant('filing'),
  venuesList: siteGrant('venues'),
  settingsList: siteGrant('teamSettings'),
  needsList: siteGrant('needs'),
  // Folders and files are items of the library: `write` makes them; no setup role is needed.
  documentLibrary: {
    permissions: ['Sites.Selected'],
    resource: 'graph',
    role: 'write',
    alternatives: ['Lists.SelectedOperations.Selected', 'Sites.ReadWrite.All'],
    optional: false,
    blocks: 'documents',
  },
  defaultView: {
    permissions: ['Sites.Selected'],
    resource: 'sharepoint',
    role: 'manage',
    alternatives: ['AllSites.Manage'],
    optional: true,
    blocks: 'defaultViewColumns',
  },
  listExpansion: {
    permissions: ['GroupMember.Read.All', 'User.ReadBasic.All', 'OrgContact.Read.All'],
    resource: 'graph',
    optional: true,
    blocks: 'memberNames',
  },
  nestedAppAuth: { permissions: ['NestedAppAuth 1.1'], resource: 'outlook', optional: true, blocks: 'silentSignIn' },
};

/** The permission or role to name when `capability` is refused (the first permission, or the role). */
export function missingGrant(capability: Capability, role?: Role): string {
  const grant = GRANTS[capability];
  return role ?? grant.permissions[0] ?? capability;
}
