import type { Strings } from './strings';

export const de: Strings = {
  appTitle: 'Treffpunkt',
  appSubtitle: 'Vernetzungstreffen der Ehrenamtskoordination',
  navigationLabel: 'Bereiche',
  views: {
    planen: {
      label: 'Planen',
      heading: 'Planen',
      intro: 'Tagesordnung, Termin, Ort und Referent*in des nächsten Vernetzungstreffens.',
    },
    einladung: {
      label: 'Einladung',
      heading: 'Einladung',
      intro: 'Die Einladung an den Verteiler drei Wochen vor dem Treffen und die Rückmeldungen.',
    },
    protokoll: {
      label: 'Protokoll',
      heading: 'Protokoll',
      intro: 'Notizen zu jedem Tagesordnungspunkt, Beschlüsse, Aufgaben und Anwesenheit.',
    },
    ausgaben: {
      label: 'Ausgaben',
      heading: 'Ausgaben',
      intro: 'Kosten für Verpflegung, Raum und Honorare, mit Belegnummer, für den AMIF-Nachweis.',
    },
    verlauf: {
      label: 'Verlauf',
      heading: 'Verlauf',
      intro: 'Frühere Vernetzungstreffen aus der SharePoint-Liste und die Kosten eines Jahres.',
    },
    einstellungen: {
      label: 'Einstellungen',
      heading: 'Einstellungen',
      intro: 'Was das Team gemeinsam festlegt, und womit Treffpunkt verbunden ist.',
    },
  },
  organiserLoading: 'Anmeldung wird geprüft …',
  organiserSignedIn: (name) => `Angemeldet als ${name}`,
  errors: {
    'auth-required': 'Sie sind nicht angemeldet. Bitte melden Sie sich in Outlook an und versuchen Sie es erneut.',
    'consent-required':
      'Treffpunkt fehlt eine Berechtigung. Bitte bitten Sie die IT, die Zustimmung für Treffpunkt zu erteilen.',
    forbidden: 'Ihnen fehlt die Berechtigung dafür. Bitte wenden Sie sich an die IT des Landkreises.',
    'not-found': 'Das Gesuchte wurde nicht gefunden. Es wurde vielleicht gelöscht oder verschoben.',
    conflict: 'Jemand anderes hat das inzwischen geändert. Bitte laden Sie neu und prüfen Sie die Änderungen.',
    throttled:
      'Microsoft 365 ist gerade ausgelastet und nimmt für kurze Zeit keine weiteren Anfragen an. Das geht meist ' +
      'nach wenigen Minuten vorbei: Bitte gleich noch einmal versuchen. Ihre Eingaben bleiben erhalten.',
    offline: 'Keine Verbindung zu Microsoft 365. Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.',
    'invalid-input': 'Microsoft 365 hat die Angaben nicht angenommen. Bitte prüfen Sie die Eingaben.',
    'too-long':
      'Ein Text ist zu lang für die SharePoint-Liste und wurde deshalb nicht gespeichert. Bitte kürzen Sie das ' +
      'markierte Feld oder teilen Sie den Text auf; Ihre Eingaben bleiben auf diesem Gerät erhalten.',
    'too-large':
      'Die Datei ist zu groß, um sie in SharePoint abzulegen. Sie wurde nicht hochgeladen; die erstellte Datei ' +
      'bleibt erhalten.',
    config: 'Treffpunkt ist nicht vollständig eingerichtet. Bitte wenden Sie sich an die IT des Landkreises.',
    'unknown-outcome':
      'Die Antwort von Microsoft 365 ging unterwegs verloren, und es ließ sich nicht feststellen, ob der Schritt ' +
      'ausgeführt wurde. Bitte erst nachsehen, dann bewusst noch einmal versuchen.',
    unexpected: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut; Ihre Eingaben bleiben erhalten.',
  },
  waiting: {
    reason: { throttled: 'Microsoft 365 ist ausgelastet', offline: 'Keine Verbindung zu Microsoft 365' },
    nextAttempt: (seconds) => `– neuer Versuch in ${seconds} s`,
    tryNow: 'Jetzt versuchen',
  },
  errorAreaLabel: 'Meldungen',
  retry: 'Erneut versuchen',
  dismiss: 'Meldung schließen',
  requestId: (id) => `Anfrage-ID für die IT: ${id}`,
  loadingView: 'Wird geladen …',
};
