import type { InvitationPart, InvitationStage } from '../../../domain/invitation';

const days = (n: number) => (n === 1 ? 'einen Tag' : `${n} Tage`);

/** The Einladung view's German texts; their shape is the view's string table (English follows it). */
export const de = {
  loading: 'Der Termin wird aus Outlook gelesen …',
  stage: {
    heading: 'Stand der Einladung',
    label: 'Stand',
    names: {
      offen: 'Noch nicht eingeladen',
      vorgemerkt: 'Termin vorgemerkt (noch ohne Einladung)',
      verschickt: 'Einladung verschickt',
      aktualisiert: 'Einladung verschickt und aktualisiert',
      abgesagt: 'Treffen abgesagt',
    } satisfies Record<InvitationStage, string>,
    due: (date: string) => `Fällig am ${date} (etwa drei Wochen vor dem Treffen)`,
    early: (n: number) => `Noch ${days(n)} bis dahin.`,
    dueToday: 'Heute ist der Tag, an dem die Einladung verschickt werden soll.',
    late: (n: number) => `Die Einladung ist seit ${days(n)} fällig.`,
    past: 'Das Treffen liegt in der Vergangenheit; eine Einladung ist nicht mehr möglich.',
    heldAt: (when: string) => `Im Kalender vorgemerkt am ${when}.`,
    reminderAdded: 'Eine Erinnerung in Microsoft To Do ist angelegt.',
    sentAt: (when: string) => `Verschickt am ${when}.`,
    updatedAt: (when: string) => `Zuletzt aktualisiert am ${when}.`,
    cancelledAt: (when: string) => `Abgesagt am ${when}.`,
    cancelMessage: 'Nachricht der Absage:',
    openInOutlook: 'Termin in Outlook öffnen',
    missingVenue: 'Bitte erst unter „Planen“ einen Ort wählen; er steht in der Einladung.',
  },
  actions: {
    hold: 'Termin vormerken',
    holdHint:
      'Trägt das Treffen ohne Eingeladene in Ihren Kalender ein (niemand bekommt Post) und legt eine Erinnerung ' +
      'für den Fälligkeitstag um 9:00 Uhr in Microsoft To Do an.',
    holdHintReminded:
      'Trägt das Treffen ohne Eingeladene in Ihren Kalender ein (niemand bekommt Post). Die Erinnerung für den ' +
      'Fälligkeitstag steht schon in Microsoft To Do.',
    send: 'Einladung jetzt senden',
    attachAgenda: 'Tagesordnung als PDF an die Einladung anhängen',
    sendEarly: 'Schon jetzt einladen',
    sendLate: (n: number) => `Einladung jetzt senden (${days(n)} später als geplant)`,
    working: {
      hold: 'Der Termin wird vorgemerkt …',
      reminder: 'Die Erinnerung wird in Microsoft To Do angelegt …',
      send: 'Die Einladung wird gesendet …',
      update: 'Die Änderung wird gesendet …',
      cancel: 'Die Absage wird gesendet …',
      refresh: 'Die Antworten werden gelesen …',
    },
    failed: {
      hold: 'Der Termin wurde nicht vorgemerkt.',
      reminder: 'Der Termin ist vorgemerkt, aber die Erinnerung in Microsoft To Do fehlt noch.',
      send: 'Die Einladung wurde nicht gesendet.',
      update: 'Die Änderung wurde nicht gesendet.',
      cancel: 'Die Absage wurde nicht gesendet.',
      refresh: 'Die Antworten konnten nicht gelesen werden.',
    },
    reminderUnknown: 'Der Termin ist vorgemerkt; ob die Erinnerung in Microsoft To Do angelegt ist, ist nicht sicher.',
    failedHint:
      'Noch einmal versuchen ist sicher: Treffpunkt legt den Termin nie doppelt an, und Ihre Planung bleibt erhalten.',
    tryAgain: 'Noch einmal versuchen',
  },
  members: {
    loading: 'Die Mitglieder des Verteilers werden gelesen …',
    failed: (list: string) =>
      `Die Mitglieder des Verteilers ${list} konnten nicht gelesen werden. Bis dahin lässt sich die Einladung ` +
      'weder senden noch ändern, denn sie ginge sonst an den Verteiler statt an die einzelnen Mitglieder.',
    retry: 'Erneut versuchen',
    fallbackTitle: (list: string) => `Eingeladen wird der Verteiler ${list} als Ganzes.`,
    fallback: {
      limitedInformation: (permissions: string[]) => {
        const missing = permissions.join(' und ');
        return (
          `Das Verzeichnis zeigt die Mitglieder ohne Namen und E-Mail-Adressen, weil Treffpunkt die Berechtigung ` +
          `${missing} fehlt. Einzeln eingeladen würde sie niemand erreichen. Exchange verteilt die Einladung an ` +
          `alle Mitglieder; einzeln einladen lässt sich, sobald die IT ${missing} erteilt (Microsoft Graph, ` +
          'delegiert, mit Administratorzustimmung).'
        );
      },
      withoutAddress: (n: number) =>
        `${n === 1 ? 'Ein Mitglied hat' : `${n} Mitglieder haben`} im Verzeichnis keine E-Mail-Adresse und ` +
        'bekäme einzeln eingeladen nichts. Exchange verteilt die Einladung an alle Mitglieder.',
      notInDirectory:
        'Der Verteiler steht nicht als Gruppe im Verzeichnis (zum Beispiel ein dynamischer Verteiler, dessen ' +
        'Mitglieder Exchange erst beim Versand bestimmt). Exchange verteilt die Einladung an alle Mitglieder.',
      noMembers:
        'Im Verzeichnis hat der Verteiler keine Mitglieder. Damit die Einladung nicht an niemanden geht, geht sie ' +
        'an die Adresse des Verteilers.',
      refused:
        'Die Mitglieder des Verteilers lassen sich nicht lesen. Exchange verteilt die Einladung an alle Mitglieder.',
    },
    replies: 'Antworten erscheinen dann mit Namen, sobald jemand aus dem Verteiler antwortet.',
  },
  confirmEarly: {
    title: 'Schon jetzt einladen?',
    body: (date: string, n: number) =>
      `Die Einladung ist erst am ${date} fällig, in ${days(n)}. Wer jetzt eingeladen wird, bekommt die ` +
      'Tagesordnung in ihrem heutigen Stand. Spätere Änderungen gehen als Aktualisierung an alle.',
    confirm: 'Jetzt einladen',
  },
  uninvitable: {
    title: 'Nicht eingeladen: keine gültige E-Mail-Adresse.',
    room: (room: string, address: string, list: string) =>
      `Der Raum „${room}“ wird nicht gebucht: Sein Raumpostfach „${address}“ in der Liste „${list}“ ist keine ` +
      'E-Mail-Adresse. Bitte es dort korrigieren.',
    person: (name: string, address: string) =>
      `„${name}“ wird nicht eingeladen: „${address}“ ist keine E-Mail-Adresse. Bitte die Adresse korrigieren, ` +
      'wo sie eingetragen ist (Planen oder Einstellungen).',
  },
  changes: {
    title: 'Seit dem Versand geändert',
    body: (parts: InvitationPart[]) => `Geändert: ${parts.join(', ')}. Die Eingeladenen haben noch die vorige Fassung.`,
    send: 'Änderung an alle senden',
    confirmTitle: 'Änderung an alle Eingeladenen senden?',
    confirmBody: (parts: InvitationPart[]) =>
      `Alle Eingeladenen bekommen eine aktualisierte Einladung (geändert: ${parts.join(', ')}). ` +
      'Ihre Zusagen bleiben bestehen, solange sich Zeit und Ort nicht ändern.',
    confirm: 'Aktualisierung senden',
  },
  cancel: {
    heading: 'Treffen absagen',
    open: 'Treffen absagen …',
    releaseHeld: 'Vormerkung aufheben …',
    title: 'Treffen absagen?',
    heldTitle: 'Vormerkung aufheben?',
    body: 'Alle Eingeladenen bekommen eine Absage mit Ihrer Nachricht. Das Treffen wird in SharePoint als abgesagt geführt.',
    heldBody:
      'Der vorgemerkte Termin wird aus Ihrem Kalender entfernt; niemand bekommt Post. Das Treffen wird als abgesagt geführt.',
    message: 'Nachricht an die Eingeladenen',
    messageDefault: (date: string) =>
      `Das Vernetzungstreffen am ${date} muss leider ausfallen. Den neuen Termin teilen wir so bald wie möglich mit.`,
    messageRequired: 'Bitte schreiben Sie kurz, warum das Treffen ausfällt; die Nachricht geht an alle Eingeladenen.',
    confirm: 'Absage senden',
    confirmHeld: 'Vormerkung aufheben',
  },
  replies: {
    heading: 'Antworten',
    notYet: 'Antworten gibt es, sobald die Einladung verschickt ist.',
    counts: 'Antworten nach Art',
    accepted: 'Zugesagt',
    tentative: 'Vielleicht',
    declined: 'Abgesagt',
    none: 'Noch keine Antwort',
    nobody: 'niemand',
    listNote:
      'Der Verteiler ist als Ganzes eingeladen: Wer aus dem Verteiler antwortet, erscheint hier mit Namen, ' +
      'sobald die Antwort da ist.',
    catering: (low: number, high: number) =>
      low === high
        ? `Für Kaffee und Kekse mit ${low} Personen rechnen (Gastgebende eingerechnet).`
        : `Für Kaffee und Kekse mit ${low} bis ${high} Personen rechnen (Gastgebende eingerechnet).`,
    readAt: (time: string) => `Stand: ${time} Uhr`,
    refresh: 'Antworten aktualisieren',
    missing:
      'Den Termin gibt es in Outlook nicht mehr (gelöscht oder abgesagt). Antworten lassen sich nicht mehr lesen.',
    cancelledInOutlook: 'Der Termin ist in Outlook abgesagt.',
  },
  preview: {
    heading: 'Vorschau: so kommt die Einladung an',
    subject: 'Betreff',
    when: 'Wann',
    where: 'Wo',
    to: 'An',
    cc: 'Optional',
    room: 'Raum',
    body: 'Text der Einladung',
    noVenue: 'noch kein Ort gewählt',
    hours: (start: string, end: string) => `${start}–${end} Uhr`,
    frameTitle: 'Text der Einladung, wie ihn die Eingeladenen lesen',
    reminder: (minutes: number) =>
      minutes >= 1440 && minutes % 1440 === 0
        ? `Erinnerung ${minutes / 1440 === 1 ? 'einen Tag' : `${minutes / 1440} Tage`} vorher; um Antwort wird gebeten.`
        : `Erinnerung ${minutes} Minuten vorher; um Antwort wird gebeten.`,
  },
};

export type InvitationStrings = typeof de;
