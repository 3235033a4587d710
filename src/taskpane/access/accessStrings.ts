import type { BlockedFeature, Capability, GrantResource, Role } from '../../domain/grants';
import type { EnglishLater } from '../i18n/localized';

/** The capabilities named by a list's name (the lists' names come from the configuration). */
export type ListCapability = 'meetingsList' | 'venuesList' | 'settingsList' | 'needsList';

const de = {
  /** What a capability is about (the lists are named by `list`). */
  capabilities: {
    profile: 'Anmeldung und Profil',
    calendar: 'Kalender (Einladungen)',
    sharedCalendar: 'Kalender des gemeinsamen Postfachs',
    tasks: 'Microsoft To Do (Erinnerungen)',
    mail: 'E-Mail senden (Protokoll)',
    sentItems: 'Gesendete Elemente (nach verlorener Antwort)',
    site: 'SharePoint-Website',
    documentLibrary: 'Dokumentbibliothek der Website (Dokumente der Treffen)',
    defaultView: 'Spalten in der Standardansicht der Listen',
    listExpansion: 'Mitglieder des Verteilers',
    nestedAppAuth: 'Anmeldung ohne eigenes Fenster (Outlook)',
  } satisfies Record<Exclude<Capability, ListCapability>, string>,
  list: (name: string) => `Liste „${name}“`,
  /** What stops working without the grant. */
  blocked: {
    organiser: 'Die Anmeldung: Ohne sie funktioniert nichts in Treffpunkt.',
    invitation: 'Termine vormerken, Einladungen senden, ändern und absagen, Antworten lesen.',
    sharedMailboxInvitation: 'Einladungen aus dem gemeinsamen Postfach.',
    reminders:
      'Die Erinnerungen in Microsoft To Do am Tag, an dem die Einladung fällig ist, und Aufgaben aus dem Protokoll ' +
      'für Kolleginnen und Kollegen im Landkreis.',
    minutesMail: 'Das Protokoll per E-Mail an die Anwesenden verschicken.',
    lostMailCheck:
      'Nach einer verlorenen Antwort in „Gesendete Elemente“ nachsehen, ob das Protokoll schon verschickt ist.',
    siteAccess: 'Alles, was in SharePoint liegt: Treffen, Orte, Einstellungen und Verlauf.',
    filing: 'Treffen in SharePoint speichern, Protokolle ablegen, Verlauf und Ausgaben des Jahres.',
    venues: 'Die Orte lesen und neue Orte anlegen.',
    teamSettings: 'Die gemeinsamen Einstellungen des Teams speichern.',
    needs: 'Die Bedarfe der Initiativen lesen, erfassen und als Thema für den Input übernehmen.',
    documents:
      'Teilnehmendenliste, Tagesordnung, Fotohinweis, Protokoll und Jahresbericht in SharePoint ablegen und von ' +
      'dort öffnen und drucken.',
    defaultViewColumns:
      'Die wichtigen Spalten in der Standardansicht der Listen; ohne sie sehen Kolleginnen und Kollegen in ' +
      'SharePoint nur den Titel.',
    memberNames:
      'Die Mitglieder des Verteilers einzeln einladen (mit Namen und Adressen); eingeladen wird sonst der ' +
      'Verteiler als Ganzes.',
    silentSignIn: 'Die Anmeldung ohne eigenes Fenster; Treffpunkt meldet sich sonst über ein Pop-up-Fenster an.',
  } satisfies Record<BlockedFeature, string>,
  /** Where IT grants it. */
  resources: {
    graph: 'Microsoft Graph, delegierte Berechtigung mit Administratorzustimmung (Entra ID, App-Registrierung)',
    sharepoint: 'SharePoint, delegierte Berechtigung mit Administratorzustimmung (Entra ID, App-Registrierung)',
    outlook: 'eine Outlook-Version, die „Nested App Authentication“ (NestedAppAuth 1.1) unterstützt',
  } satisfies Record<GrantResource, string>,
  roles: {
    read: '„read“ (lesen)',
    write: '„write“ (lesen und schreiben)',
    manage: '„manage“ (Listen und Spalten anlegen)',
    fullcontrol: '„fullcontrol“ (Vollzugriff)',
  } satisfies Record<Role, string>,
  onSite: (site: string) => `auf der Website ${site}`,
  onSiteOrList: (site: string, list: string) =>
    `auf der Website ${site} (oder nur auf der ${list} über Lists.SelectedOperations.Selected)`,
  role: (role: string, where: string, resource: string) =>
    `Rolle ${role} für die App Treffpunkt ${where}, vergeben über Sites.Selected (${resource}, delegiert)`,
  alternatives: (names: string) => ` (oder: ${names})`,
  signIn: (resource: string) => `Anmeldung: ${resource}`,
  permissionAndRole: (permission: string, role: string) => `${permission}; dazu die ${role}`,
  /** A refusal met during work, said in place. */
  refusal: {
    lacks: (label: string) => `Treffpunkt fehlt dafür eine Berechtigung: ${label}.`,
    blocks: (text: string) => `Das betrifft: ${text}`,
    grant: (text: string) => `Die IT des Landkreises muss erteilen: ${text}.`,
    kept: 'Ihre Eingaben bleiben erhalten. Unter „Einstellungen“ zeigt „Verbindung prüfen“, was sonst noch fehlt.',
  },
};

export type AccessStrings = typeof de;

/**
 * The words for missing grants (the readiness check and refusals met during work): German; English later
 * (`accessStrings.en.ts`, ../english).
 */
export const accessStrings: EnglishLater<AccessStrings> = { de };
