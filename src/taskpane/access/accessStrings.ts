import {
  type BlockedFeature,
  type Capability,
  type Grant,
  GRANTS,
  type GrantResource,
  type Role,
  ROLE_ORDER,
} from '../../domain/grants';

/** The names the pane is configured with, for naming the site and the lists. */
export interface AccessNames {
  site: string;
  listName: string;
  venueListName: string;
  settingsListName: string;
}

const list = (name: string) => `Liste „${name}“`;

/** What a readiness row is about, in German. */
export function capabilityLabel(capability: Capability, names: AccessNames): string {
  const labels: Record<Capability, string> = {
    profile: 'Anmeldung und Profil',
    calendar: 'Kalender (Einladungen)',
    sharedCalendar: 'Kalender des gemeinsamen Postfachs',
    tasks: 'Microsoft To Do (Erinnerungen)',
    mail: 'E-Mail senden (Protokoll)',
    sentItems: 'Gesendete Elemente (nach verlorener Antwort)',
    site: 'SharePoint-Website',
    meetingsList: list(names.listName),
    venuesList: list(names.venueListName),
    settingsList: list(names.settingsListName),
    defaultView: 'Spalten in der Standardansicht der Listen',
    listExpansion: 'Mitglieder des Verteilers',
    nestedAppAuth: 'Anmeldung ohne eigenes Fenster (Outlook)',
  };
  return labels[capability];
}

/** What stops working without the grant. */
export const blockedText: Record<BlockedFeature, string> = {
  organiser: 'Die Anmeldung: Ohne sie funktioniert nichts in Treffpunkt.',
  invitation: 'Termine vormerken, Einladungen senden, ändern und absagen, Antworten lesen.',
  sharedMailboxInvitation: 'Einladungen aus dem gemeinsamen Postfach.',
  reminders: 'Die Erinnerungen in Microsoft To Do am Tag, an dem die Einladung fällig ist.',
  minutesMail: 'Das Protokoll per E-Mail an die Anwesenden verschicken.',
  lostMailCheck:
    'Nach einer verlorenen Antwort in „Gesendete Elemente“ nachsehen, ob das Protokoll schon verschickt ist.',
  siteAccess: 'Alles, was in SharePoint liegt: Treffen, Orte, Einstellungen und Verlauf.',
  filing: 'Treffen in SharePoint speichern, Protokolle ablegen, Verlauf und Ausgaben des Jahres.',
  venues: 'Die Orte lesen und neue Orte anlegen.',
  teamSettings: 'Die gemeinsamen Einstellungen des Teams speichern.',
  defaultViewColumns:
    'Die wichtigen Spalten in der Standardansicht der Listen; ohne sie sehen Kolleginnen und Kollegen in ' +
    'SharePoint nur den Titel.',
  memberNames:
    'Die Mitglieder des Verteilers einzeln einladen (mit Namen und Adressen); eingeladen wird sonst der ' +
    'Verteiler als Ganzes.',
  silentSignIn: 'Die Anmeldung ohne eigenes Fenster; Treffpunkt meldet sich sonst über ein Pop-up-Fenster an.',
};

/** Where IT grants it. */
export const resourceText: Record<GrantResource, string> = {
  graph: 'Microsoft Graph, delegierte Berechtigung mit Administratorzustimmung (Entra ID, App-Registrierung)',
  sharepoint: 'SharePoint, delegierte Berechtigung mit Administratorzustimmung (Entra ID, App-Registrierung)',
  outlook: 'eine Outlook-Version, die „Nested App Authentication“ (NestedAppAuth 1.1) unterstützt',
};

export const roleText: Record<Role, string> = {
  read: '„read“ (lesen)',
  write: '„write“ (lesen und schreiben)',
  manage: '„manage“ (Listen und Spalten anlegen)',
  fullcontrol: '„fullcontrol“ (Vollzugriff)',
};

export function isRole(value: string | undefined): value is Role {
  return ROLE_ORDER.some((role) => role === value);
}

const LIST_CAPABILITIES: readonly Capability[] = ['meetingsList', 'venuesList', 'settingsList'];

/** The role IT gives the app on the site (or list), through Sites.Selected. */
function roleInstruction(capability: Capability, role: Role, names: AccessNames): string {
  const where = LIST_CAPABILITIES.includes(capability)
    ? `auf der Website ${names.site} (oder nur auf der ${capabilityLabel(capability, names)} über Lists.SelectedOperations.Selected)`
    : `auf der Website ${names.site}`;
  const resource = capability === 'defaultView' ? 'SharePoint' : 'Microsoft Graph';
  return `Rolle ${roleText[role]} für die App Treffpunkt ${where}, vergeben über Sites.Selected (${resource}, delegiert)`;
}

function permissionInstruction(grant: Grant, missing: string | undefined): string {
  const permissions = missing && !isRole(missing) ? missing : grant.permissions.join(', ');
  if (grant.resource === 'outlook') return `Anmeldung: ${resourceText.outlook}`;
  const alternatives = grant.alternatives?.length ? ` (oder: ${grant.alternatives.join(', ')})` : '';
  return `${permissions}${alternatives}: ${resourceText[grant.resource]}`;
}

/**
 * What IT must grant for `capability`, in one German sentence: the permission with where it is
 * granted, or the role on the site (or list). `missing` is what the service named, where it did.
 */
export function grantInstruction(capability: Capability, names: AccessNames, missing?: string): string {
  const grant = GRANTS[capability];
  if (isRole(missing)) return roleInstruction(capability, missing, names);
  const permission = permissionInstruction(grant, missing);
  if (!grant.role || grant.resource === 'outlook') return permission;
  return `${permission}; dazu die ${roleInstruction(capability, grant.role, names)}`;
}
