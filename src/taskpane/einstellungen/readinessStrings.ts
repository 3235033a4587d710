import type { ReadinessNote } from '../../domain/readiness';
import type { Localized } from '../i18n/localized';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const de = {
  heading: 'Verbindung prüfen',
  intro:
    'Prüft mit je einer harmlosen Anfrage, ob Treffpunkt alles darf, was es braucht: Anmeldung, Kalender, ' +
    'To Do, E-Mail, die SharePoint-Website und ihre Listen. Es wird nichts verändert und nichts verschickt.',
  check: 'Verbindung prüfen',
  checkAgain: 'Erneut prüfen',
  checking: 'Die Verbindung wird geprüft …',
  listLabel: 'Ergebnis der Prüfung',
  summary: (time: string, ok: number, missing: number, other: number) =>
    `Geprüft um ${time} Uhr: ${count(ok, 'Punkt', 'Punkte')} in Ordnung` +
    (missing > 0 ? `, ${count(missing, 'Berechtigung fehlt', 'Berechtigungen fehlen')}` : '') +
    (other > 0 ? `, ${count(other, 'Punkt', 'Punkte')} nicht eingerichtet oder nicht geprüft` : '') +
    '.',
  failed: 'Die Prüfung konnte nicht durchgeführt werden.',
  status: {
    ok: '✓ Erteilt',
    missing: 'Fehlt',
    optionalMissing: 'Fehlt (optional)',
    failed: 'Nicht geprüft',
    skipped: 'Nicht eingerichtet',
    notUsed: 'Nicht nötig',
    listAbsent: 'Noch nicht angelegt',
  },
  role: (role: string) => `Rolle der App: ${role}.`,
  missing: (what: string) => `Es fehlt: ${what}.`,
  blocks: (what: string) => `Das betrifft: ${what}`,
  grant: (what: string) => `Die IT muss erteilen: ${what}.`,
  optional: 'Optional: Treffpunkt funktioniert auch ohne, mit weniger Komfort.',
  notChecked: 'Konnte gerade nicht geprüft werden:',
  notes: {
    listAbsent:
      'Die Liste gibt es noch nicht. Treffpunkt legt sie nach Rückfrage an; dafür braucht es einmalig die Rolle ' +
      '„manage“ auf der Website.',
    writeUnproven:
      'Lesen geht. Ob Schreiben geht, lässt sich erst harmlos prüfen, wenn die Liste mindestens einen Eintrag hat.',
    notConfigured: 'Nicht eingerichtet: In der Konfiguration ist nichts dafür vorgesehen.',
    notUsed: 'Nicht nötig: Die Termine liegen im gemeinsamen Postfach.',
    switchedOff:
      'Nicht eingerichtet: Die Mitglieder des Verteilers einzeln einzuladen ist in den Einstellungen des Teams ' +
      'ausgeschaltet; eingeladen wird der Verteiler als Ganzes.',
    notInDirectory:
      'Der Verteiler steht nicht als Gruppe im Verzeichnis (zum Beispiel ein dynamischer Verteiler). Eingeladen ' +
      'wird deshalb die Adresse des Verteilers; Exchange verteilt die Einladung.',
    popupSignIn:
      'Dieses Outlook bietet keine Anmeldung ohne eigenes Fenster (NestedAppAuth 1.1). Treffpunkt meldet sich ' +
      'über ein Pop-up-Fenster an; das funktioniert, ist aber weniger bequem.',
    setupRoleMissing:
      'Es fehlt für die Einrichtung: die Rolle „manage“. Für die tägliche Arbeit reicht „write“; neue Listen ' +
      'oder die Spalten einer neuen Version von Treffpunkt lassen sich aber erst anlegen, wenn die IT Treffpunkt ' +
      'auf der Website die Rolle „manage“ gibt (Sites.Selected).',
    libraryWriteUnproven:
      'Lesen geht. Ob Schreiben geht, lässt sich erst harmlos prüfen, wenn Treffpunkt mit dem ersten Dokument ' +
      'den Ordner „Vernetzungstreffen“ in der Dokumentbibliothek angelegt hat.',
  } satisfies Record<ReadinessNote, string>,
  sharedMailboxNotConfigured:
    'Nicht eingerichtet: Es ist kein gemeinsames Postfach konfiguriert (Treffpunkt nutzt Ihren eigenen Kalender).',
  forIt: {
    heading: 'Für die IT',
    label: 'Text für die IT (fehlende Berechtigungen)',
    copy: 'Für die IT kopieren',
    copied: 'Der Text für die IT ist in der Zwischenablage.',
    copyFailed: 'Kopieren ging nicht; bitte den Text oben markieren und kopieren.',
    title: (site: string) => `Treffpunkt (Outlook-Add-in) – fehlende Berechtigungen für die Website ${site}:`,
    line: (label: string, grant: string, blocks: string) => `- ${label}: ${grant}. Betrifft: ${blocks}`,
  },
};

export type ReadinessStrings = typeof de;

const en: ReadinessStrings = {
  heading: 'Check connection',
  intro:
    'Checks with one harmless request each whether Treffpunkt may do everything it needs: sign-in, calendar, ' +
    'To Do, e-mail, the SharePoint site and its lists. Nothing is changed and nothing is sent.',
  check: 'Check connection',
  checkAgain: 'Check again',
  checking: 'Checking the connection …',
  listLabel: 'Result of the check',
  summary: (time, ok, missing, other) =>
    `Checked at ${time}: ${count(ok, 'item', 'items')} in order` +
    (missing > 0 ? `, ${count(missing, 'permission', 'permissions')} missing` : '') +
    (other > 0 ? `, ${count(other, 'item', 'items')} not set up or not checked` : '') +
    '.',
  failed: 'The check could not be carried out.',
  status: {
    ok: '✓ Granted',
    missing: 'Missing',
    optionalMissing: 'Missing (optional)',
    failed: 'Not checked',
    skipped: 'Not set up',
    notUsed: 'Not needed',
    listAbsent: 'Not created yet',
  },
  role: (role) => `Role of the app: ${role}.`,
  missing: (what) => `Missing: ${what}.`,
  blocks: (what) => `This affects: ${what}`,
  grant: (what) => `IT must grant: ${what}.`,
  optional: 'Optional: Treffpunkt also works without it, with less comfort.',
  notChecked: 'Could not be checked just now:',
  notes: {
    listAbsent:
      'The list does not exist yet. Treffpunkt creates it after asking; that needs the role “manage” on the site ' +
      'once.',
    writeUnproven: 'Reading works. Whether writing works can only be checked harmlessly once the list has an item.',
    notConfigured: 'Not set up: the configuration provides nothing for it.',
    notUsed: 'Not needed: the appointments are in the shared mailbox.',
    switchedOff:
      'Not set up: inviting the members of the distribution list one by one is switched off in the team’s ' +
      'settings; the distribution list is invited as a whole.',
    notInDirectory:
      'The distribution list is not a group in the directory (a dynamic distribution list, for example). So the ' +
      'address of the distribution list is invited; Exchange distributes the invitation.',
    popupSignIn:
      'This Outlook offers no sign-in without a window of its own (NestedAppAuth 1.1). Treffpunkt signs in through ' +
      'a pop-up window; that works, but is less convenient.',
    setupRoleMissing:
      'Missing for setting up: the role “manage”. For everyday work “write” is enough; but new lists or the ' +
      'columns of a new version of Treffpunkt can only be created once IT gives Treffpunkt the role “manage” on ' +
      'the site (Sites.Selected).',
    libraryWriteUnproven:
      'Reading works. Whether writing works can only be checked harmlessly once Treffpunkt has made the folder ' +
      '“Vernetzungstreffen” in the document library with the first document.',
  },
  sharedMailboxNotConfigured: 'Not set up: no shared mailbox is configured (Treffpunkt uses your own calendar).',
  forIt: {
    heading: 'For IT',
    label: 'Text for IT (missing permissions)',
    copy: 'Copy for IT',
    copied: 'The text for IT is on the clipboard.',
    copyFailed: 'Copying did not work; please select the text above and copy it.',
    title: (site) => `Treffpunkt (Outlook add-in) – missing permissions for the site ${site}:`,
    line: (label, grant, blocks) => `- ${label}: ${grant}. Affects: ${blocks}`,
  },
};

/** "Verbindung prüfen" in German and English. */
export const readinessStrings: Localized<ReadinessStrings> = { de, en };
