import { formatLongDate, type PlainDate } from '../../../domain/planning';

const persons = (n: number) => (n === 1 ? 'eine Person' : `${n} Personen`);

/** Every visible or spoken text of the Protokoll view in German; its shape is the view's string table. */
export const de = {
  choice: {
    futureTitle: 'Dieses Treffen liegt noch in der Zukunft.',
    future: (date: PlainDate) =>
      `Das geöffnete Treffen findet am ${formatLongDate(date)} statt. Ein Protokoll wird am Tag des Treffens oder danach geschrieben.`,
    cancelledTitle: 'Dieses Treffen ist abgesagt.',
    cancelled: (date: PlainDate) =>
      `Das Treffen am ${formatLongDate(date)} wurde abgesagt; dazu gibt es kein Protokoll.`,
    offer: (date: PlainDate) => `Das letzte stattgefundene Treffen war am ${formatLongDate(date)}.`,
    open: (date: PlainDate) => `Protokoll vom ${formatLongDate(date)} öffnen`,
    opening: 'Das Treffen wird geöffnet …',
    none: 'In der SharePoint-Liste gibt es noch kein stattgefundenes Treffen mit Daten von Treffpunkt, zu dem ein Protokoll geschrieben werden kann.',
  },
  notes: {
    heading: 'Notizen zur Tagesordnung',
    item: (top: number, title: string, start: string, end: string) => `TOP ${top}: ${title} (${start}–${end} Uhr)`,
    subItems: (items: string[]) => `Unterpunkte: ${items.join(', ')}`,
    reminderTitle: 'Zur Erinnerung:',
    empty: 'Keine Notizen.',
  },
  privacy: {
    title: 'Hinweis zum Datenschutz:',
  },
  decisions: {
    heading: 'Beschlüsse',
    empty: 'Noch keine Beschlüsse.',
    label: (n: number) => `Beschluss ${n}`,
    add: 'Beschluss hinzufügen',
    remove: 'Entfernen',
    removeLabel: (n: number) => `Beschluss ${n} entfernen`,
  },
  actions: {
    heading: 'Aufgaben',
    empty: 'Noch keine Aufgaben.',
    legend: (n: number) => `Aufgabe ${n}`,
    what: 'Was ist zu tun?',
    who: 'Wer',
    whoHint: 'Person oder Initiative; kann leer bleiben',
    due: 'Bis wann',
    dueHint: 'kann leer bleiben',
    add: 'Aufgabe hinzufügen',
    remove: 'Entfernen',
    removeLabel: (n: number) => `Aufgabe ${n} entfernen`,
  },
  attendance: {
    heading: 'Anwesenheit',
    count: (n: number) => (n === 1 ? '1 Person anwesend' : `${n} Personen anwesend`),
    listLabel: 'Anwesenheitsliste',
    order:
      'Vorausgefüllt aus den Antworten auf die Einladung: zuerst Zusagen, dann „Vielleicht“, dann ohne Antwort. Absagen stehen nicht in der Liste.',
    empty: 'Noch niemand in der Liste. Wer ohne Zusage gekommen ist, hier unten eintragen.',
    reading: 'Die Antworten auf die Einladung werden gelesen …',
    read: (time: string) => `Aus den Antworten auf die Einladung vorausgefüllt (Stand: ${time} Uhr).`,
    readFailed: 'Die Antworten auf die Einladung konnten nicht gelesen werden.',
    missing:
      'Den Termin gibt es in Outlook nicht mehr (gelöscht oder abgesagt). Die Anwesenheitsliste bitte von Hand ergänzen.',
    byHand: 'Die Liste lässt sich auch von Hand führen.',
    readAgain: 'Antworten erneut lesen',
    walkIn: 'Jemand ohne Zusage gekommen?',
    name: 'Name',
    initiative: 'Initiative oder Stelle',
    initiativeHint: 'kann leer bleiben',
    address: 'E-Mail-Adresse',
    addressHint: 'für den Versand des Protokolls; kann leer bleiben',
    addressInvalid: 'Bitte eine E-Mail-Adresse wie name@beispiel.de eintragen oder das Feld leer lassen.',
    nameMissing: 'Bitte den Namen der Person eintragen, die ohne Zusage gekommen ist.',
    add: 'Person hinzufügen',
    added: (label: string) => `${label} als anwesend hinzugefügt.`,
    remove: 'Entfernen',
    removeLabel: (label: string) => `${label} aus der Liste entfernen`,
    removed: (label: string) => `${label} aus der Liste entfernt.`,
  },
  next: {
    heading: 'Nächstes Treffen',
    intro:
      'Der Termin für das nächste Treffen wird beim Treffen festgelegt. Treffpunkt legt es als geplantes Treffen mit der Standard-Tagesordnung an.',
    date: 'Datum des nächsten Treffens',
    fixed: (date: PlainDate) => `Festgelegt: ${formatLongDate(date)}.`,
    confirm: 'Nächstes Treffen festlegen',
    dateMissing: 'Bitte ein Datum wählen.',
    creating: 'Das nächste Treffen wird angelegt …',
    created: (date: PlainDate, due: PlainDate) =>
      `Das Treffen am ${formatLongDate(date)} ist in der SharePoint-Liste angelegt (geplant, mit der Standard-Tagesordnung). ` +
      `In Microsoft To Do erinnert eine Aufgabe am ${formatLongDate(due)} um 9:00 Uhr daran, die Einladung zu verschicken. ` +
      'Geplant wird es unter „Planen“, sobald es dort geöffnet ist.',
    moved: (from: PlainDate) =>
      `Das geplante Treffen vom ${formatLongDate(from)} ist auf diesen Tag verlegt. ` +
      'Die Erinnerung für den alten Tag bitte in Microsoft To Do löschen.',
    exists: (date: PlainDate) =>
      `Für den ${formatLongDate(date)} gibt es schon ein Treffen in der SharePoint-Liste; es wurde kein zweites angelegt.`,
    createFailed: 'Das nächste Treffen wurde nicht angelegt.',
    reminderFailed: (date: PlainDate) =>
      `Das Treffen am ${formatLongDate(date)} ist angelegt, aber die Erinnerung in Microsoft To Do fehlt noch.`,
    reminderUnknown: (date: PlainDate) =>
      `Das Treffen am ${formatLongDate(date)} ist angelegt; ob die Erinnerung in Microsoft To Do angelegt ist, ist nicht sicher.`,
    createUnknown: 'Ob das nächste Treffen angelegt wurde, ist nicht sicher.',
    tryAgain: 'Noch einmal versuchen',
  },
  final: {
    heading: 'Abschluss',
    intro:
      'Ein abgeschlossenes Protokoll wird in SharePoint als „protokolliert“ geführt und ist hier nur noch lesbar, bis es wieder geöffnet wird.',
    finalize: {
      label: 'Protokoll abschließen',
      title: 'Protokoll abschließen?',
      confirmLabel: 'Abschließen',
    },
    finalizeBody:
      'Notizen, Beschlüsse, Aufgaben, Anwesenheit und Ausgaben können danach nur noch gelesen werden. Wieder öffnen ist jederzeit möglich.',
    openProblems: (n: number) => (n === 1 ? 'Noch offen ist 1 Hinweis:' : `Noch offen sind ${n} Hinweise:`),
    /** Finalising refused while a text is longer than SharePoint takes (TooLongPlace names where). */
    tooLongTitle: 'Das Protokoll kann noch nicht abgeschlossen werden.',
    tooLong: (where: string, limit: number) =>
      `${where} ist zu lang für die SharePoint-Liste (höchstens ${limit.toLocaleString('de-DE')} Zeichen). ` +
      'Bitte kürzen Sie den Text oder teilen Sie ihn auf; danach lässt sich das Protokoll abschließen.',
    tooLongNote: (top: number, title: string) => `Die Notiz zu „TOP ${top}: ${title}“`,
    tooLongDecision: (n: number) => `„Beschluss ${n}“`,
    tooLongAction: (n: number) => `„Aufgabe ${n}“`,
    tooLongPlanning: 'Ein Text in Planen (Tagesordnung oder Referent*in)',
    doneTitle: 'Das Protokoll ist abgeschlossen.',
    doneBody: (when: string) =>
      `Abgeschlossen am ${when}. Es kann nur gelesen werden; um etwas zu ändern, bitte wieder öffnen.`,
    reopen: {
      label: 'Wieder öffnen',
      title: 'Protokoll wieder öffnen?',
      confirmLabel: 'Wieder öffnen',
    },
    reopenBody:
      'Das Protokoll wird wieder bearbeitbar und in SharePoint als „durchgeführt“ geführt, bis Sie es erneut abschließen.',
    present: 'Anwesend',
    none: 'Keine.',
  },
  mail: {
    heading: 'Protokoll per E-Mail',
    intro:
      'Das Protokoll geht aus Ihrem Postfach als Blindkopie an alle, die als anwesend angekreuzt sind und eine E-Mail-Adresse haben.',
    send: 'Protokoll per E-Mail senden …',
    title: (n: number) => `Protokoll an ${persons(n)} senden?`,
    recipients: (n: number) =>
      `Das Protokoll geht als Blindkopie an ${persons(n)}; niemand sieht die Adressen der anderen.`,
    withoutAddress: (names: string[]) => `Ohne E-Mail-Adresse (bekommen es nicht): ${names.join(', ')}.`,
    withLink: 'Die E-Mail enthält einen Link zum Treffen in der SharePoint-Liste.',
    withoutLink:
      'Der Link zur SharePoint-Liste ist noch nicht bekannt (das Treffen wurde gerade erst angelegt); die E-Mail geht ohne Link.',
    confirm: 'Jetzt senden',
    nobody:
      'Niemand mit E-Mail-Adresse ist als anwesend angekreuzt. Bitte erst die Anwesenden ankreuzen oder Adressen ergänzen.',
    sending: 'Das Protokoll wird gesendet …',
    sent: (n: number, time: string) => `Das Protokoll ist um ${time} Uhr an ${persons(n)} verschickt.`,
    failed: 'Das Protokoll wurde nicht verschickt.',
    recorded: (when: string, n: number) => `Protokoll am ${when} an ${persons(n)} verschickt.`,
    recordedUnconfirmed: (when: string, n: number) =>
      `Am ${when} wurde das Protokoll an ${persons(n)} gesendet, aber die Antwort von Microsoft 365 ging verloren: ` +
      'Ob es verschickt wurde, ist nicht sicher. Bitte in Outlook unter „Gesendete Elemente“ nachsehen.',
    sendAgain: 'Noch einmal senden …',
    againTitle: 'Protokoll noch einmal senden?',
    againSent: (when: string, n: number) =>
      `Das Protokoll wurde am ${when} schon an ${persons(n)} verschickt. Wer es bekommen hat, bekommt es ein zweites Mal.`,
    againUnconfirmed: (when: string, subject: string) =>
      `Ob das Protokoll am ${when} verschickt wurde, ist nicht sicher. Bitte erst in Outlook unter „Gesendete Elemente“ ` +
      `nach „${subject}“ sehen und nur senden, wenn es dort fehlt.`,
    confirmAgain: 'Noch einmal senden',
    found: (time: string, n: number) =>
      'Die Mail ist verschickt worden; die Antwort von Microsoft 365 ging verloren. Treffpunkt hat sie in ' +
      `„Gesendete Elemente“ gefunden (um ${time} Uhr an ${persons(n)}) und nicht noch einmal gesendet.`,
    unknownTitle: 'Ob das Protokoll verschickt wurde, ist nicht sicher.',
    unknownBody: (subject: string) =>
      'Die Antwort von Microsoft 365 ging unterwegs verloren, und Treffpunkt konnte nicht feststellen, ob die Mail ' +
      `hinausging. Bitte in Outlook unter „Gesendete Elemente“ nach der Mail „${subject}“ von heute sehen. Ist sie ` +
      'dort, ist nichts weiter zu tun. Fehlt sie, hier „Noch einmal senden …“ wählen: Das Protokoll geht dann ' +
      'bewusst noch einmal hinaus.',
    tryAgain: 'Noch einmal senden',
  },
};

export type MinutesStrings = typeof de;
