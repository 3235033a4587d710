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
};

/** Every visible or spoken text of the Verlauf view. Dates and amounts stay German in both languages. */
export type HistoryStrings = typeof de;
