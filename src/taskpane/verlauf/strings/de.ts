import { formatEuro } from '../../../domain/money';
import type { MeetingStatus } from '../../../domain/planning';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** The Verlauf view's German texts; their shape is the view's string table (English follows it). */
export const de = {
  list: {
    heading: 'Frühere Treffen',
    loading: 'Frühere Treffen werden aus SharePoint geladen …',
    failed: 'Der Verlauf konnte nicht geladen werden.',
    empty: 'In der Liste gibt es noch keine früheren Treffen.',
    shown: (n: number) => `${count(n, 'Treffen', 'Treffen')} angezeigt, das neueste zuerst.`,
    more: 'Weitere laden',
    loadingMore: 'Weitere Treffen werden geladen …',
    moreFailed: 'Weitere Treffen konnten nicht geladen werden.',
    added: (n: number) =>
      n === 0 ? 'Keine weiteren Treffen gefunden.' : `${count(n, 'weiteres Treffen', 'weitere Treffen')} geladen.`,
  },
  status: {
    geplant: 'Geplant',
    eingeladen: 'Eingeladen',
    durchgeführt: 'Durchgeführt',
    protokolliert: 'Protokolliert',
    abgesagt: 'Abgesagt',
  } satisfies Record<MeetingStatus, string>,
  facts: {
    status: 'Status',
    venue: 'Ort',
    speaker: 'Input',
    participants: 'Teilnehmende',
    costs: 'Kosten',
    nextMeeting: 'Nächstes Treffen',
    notFiled: 'nicht erfasst',
    noVenue: 'kein Ort eingetragen',
    noSpeaker: 'kein Input eingetragen',
    euros: (cents: number) => formatEuro(cents),
  },
  details: {
    back: 'Zurück zur Übersicht',
    loading: 'Das Treffen wird aus SharePoint gelesen …',
    failed: 'Das Treffen konnte nicht gelesen werden.',
    minutes: 'Protokoll',
    noMinutes: 'Kein Protokoll eingetragen.',
    decisions: 'Beschlüsse',
    noDecisions: 'Keine Beschlüsse eingetragen.',
    actions: 'Aufgaben',
    noActions: 'Keine Aufgaben eingetragen.',
    costs: 'Kosten',
    noCostNotes: 'Keine Einzelposten eingetragen.',
    sharePoint: 'Eintrag in SharePoint öffnen',
    sharePointHint: '(öffnet ein neues Fenster)',
  },
  edit: {
    heading: 'Bearbeiten',
    button: 'Dieses Treffen bearbeiten',
    hint:
      'Öffnet das Treffen in den Bereichen Planen, Einladung, Protokoll und Ausgaben. Änderungen am gerade ' +
      'geöffneten Treffen werden vorher in SharePoint gespeichert.',
    opening: 'Das Treffen wird geöffnet …',
    opened: (date: string) =>
      `Das Treffen vom ${date} ist geöffnet. Sie finden es jetzt in den Bereichen Planen, Einladung, Protokoll und Ausgaben.`,
    notOpened: 'Das Treffen wurde nicht geöffnet. Der Grund steht oben unter „Meldungen“.',
    waiting: 'Bearbeiten ist möglich, sobald das aktuelle Treffen geladen ist.',
    handMade:
      'Dieses Treffen wurde direkt in SharePoint eingetragen, nicht mit Treffpunkt. Es lässt sich hier lesen, ' +
      'aber nur in SharePoint ändern.',
  },
  csv: {
    heading: 'Kosten eines Jahres als CSV',
    intro:
      'Alle Ausgaben der Treffen eines Jahres als Datei für Excel (Semikolon, deutsche Dezimalzahlen), ' +
      'zum Beispiel für den AMIF-Nachweis.',
    year: 'Jahr',
    download: (year: number) => `Kosten ${year} herunterladen`,
    working: (year: number) => `Die Kosten für ${year} werden aus SharePoint gelesen …`,
    /** "Treffpunkt-Kosten-2025.csv" */
    fileName: (year: number) => `Treffpunkt-Kosten-${year}.csv`,
    saved: (file: string, lines: number, totalCents: number) =>
      `${file} gespeichert: ${count(lines, 'Posten', 'Posten')}, zusammen ${formatEuro(totalCents)}. ` +
      'Die Datei liegt im Download-Ordner.',
    nothing: (year: number) => `Für ${year} sind in der Liste keine Kosten eingetragen. Es wurde keine Datei erstellt.`,
    failed: (year: number) => `Die Kosten für ${year} konnten nicht gelesen werden.`,
    saveFailed: 'Die Datei konnte nicht gespeichert werden.',
    saveFailedHint:
      'Bitte erlauben Sie Downloads für Treffpunkt und versuchen Sie es erneut, oder laden Sie die Datei in ' +
      'Outlook im Web herunter.',
  },
  purge: {
    heading: 'Personenbezogene Daten alter Treffen',
    intro: (months: number, cutoff: string) =>
      `Nach der Speicherdauer des Teams (${count(months, 'Monat', 'Monate')}) werden Namen und E-Mail-Adressen ` +
      `früherer Treffen nicht mehr gebraucht. Das betrifft die Treffen vor dem ${cutoff}.`,
    pending: (n: number) =>
      n === 0
        ? 'Keines dieser Treffen enthält noch Namen oder Adressen.'
        : `${count(n, 'Treffen enthält', 'Treffen enthalten')} noch Namen oder Adressen.`,
    handMade: (n: number) =>
      `${count(n, 'Treffen wurde', 'Treffen wurden')} direkt in SharePoint eingetragen; Namen darin lassen sich ` +
      'nur in SharePoint entfernen.',
    waiting: 'Sobald die Treffen aus SharePoint gelesen sind, steht hier, welche älteren Treffen noch Namen enthalten.',
    settingsUnread:
      'Die Einstellungen des Teams konnten nicht gelesen werden. Ohne die Speicherdauer des Teams wird nichts entfernt.',
    button: 'Namen und Adressen entfernen …',
    title: 'Namen und Adressen alter Treffen entfernen?',
    scope: (n: number, cutoff: string) => `Betroffen: ${count(n, 'Treffen', 'Treffen')} vor dem ${cutoff}.`,
    removed:
      'Entfernt werden die Namen und E-Mail-Adressen der Teilnehmenden und der Antworten auf die Einladung (also ' +
      'auch die Empfänger der Protokoll-Mail), Name und Adresse der Referentin oder des Referenten, Personen bei ' +
      'Aufgaben, Ausgaben und Tagesordnungspunkten, die Absender vorgeschlagener Themen sowie Namen und private ' +
      'Adressen in den Texten, soweit Treffpunkt sie sicher erkennt.',
    kept:
      'Erhalten bleiben die Zahl der Teilnehmenden und der Antworten, die Initiativen, die Kosten mit ' +
      'Belegnummern, die Themen, Notizen, Beschlüsse und Aufgaben.',
    final:
      'Das lässt sich nicht rückgängig machen. Frühere Fassungen bleiben in der Versionsgeschichte der ' +
      'SharePoint-Liste, bis sie dort gelöscht werden; die Termine in Outlook ändert Treffpunkt nicht.',
    documents:
      'Die Dateien in der Dokumentbibliothek der Website (Teilnehmendenliste, Protokoll als Word und PDF) ändert ' +
      'Treffpunkt nicht: Mit Förderung ist die Teilnehmendenliste der Nachweis für den Fördermittelgeber und ' +
      'bleibt so lange, wie dessen Regeln es verlangen (so steht es auf der Liste). Bitte löschen Sie diese ' +
      'Dateien im Ordner des Treffens, wenn ihre Frist abgelaufen ist.',
    confirm: 'Jetzt entfernen',
    progress: (done: number, total: number, date: string) =>
      `Treffen ${done + 1} von ${total} (${date}) wird bereinigt …`,
    finished: (purged: number) =>
      purged === 0
        ? 'Fertig. Aus keinem Treffen musste etwas entfernt werden.'
        : `Fertig. Aus ${count(purged, 'Treffen', 'Treffen')} wurden Namen und Adressen entfernt.`,
    clean: (n: number) => `${count(n, 'Treffen enthielt', 'Treffen enthielten')} schon keine mehr.`,
    problems: (n: number) => `${count(n, 'Treffen wurde', 'Treffen wurden')} nicht bereinigt:`,
    open: 'ist gerade in Treffpunkt geöffnet. Bitte erst ein anderes Treffen öffnen, dann noch einmal starten.',
    conflict: 'wurde inzwischen in SharePoint geändert. Bitte noch einmal starten; Treffpunkt liest es dann neu.',
    handMadeNow: 'hat keinen Treffpunkt-Datensatz mehr; Namen darin lassen sich nur in SharePoint entfernen.',
    failed: 'konnte nicht gespeichert werden.',
  },
};

/** Every visible or spoken text of the Verlauf view. Dates and amounts stay German in both languages. */
export type HistoryStrings = typeof de;
