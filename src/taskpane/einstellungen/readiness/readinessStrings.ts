import type { ReadinessNote } from '../../../graph/readinessGateway';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "Verbindung prüfen" in German. */
export const readinessStrings = {
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
