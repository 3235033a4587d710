import type { EnglishLater } from '../i18n/localized';

export const count = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);
const deCount = count('de-DE');

const de = {
  /** ConfirmButton's second button. */
  cancel: 'Abbrechen',
  /** LimitedField: a text against the limit of the SharePoint column it lands in. */
  limits: {
    counter: (length: number, limit: number) => `${deCount(length)} von ${deCount(limit)} Zeichen`,
    tooLong: (limit: number) => `Zu lang: höchstens ${deCount(limit)} Zeichen – bitte kürzen oder aufteilen.`,
    /** The save refused before sending (AppError `too-long`), naming the list's column. */
    saveRefused: (field: string, limit: number) =>
      `„${field}“ ist zu lang für die SharePoint-Liste (höchstens ${deCount(limit)} Zeichen) und wurde deshalb ` +
      'nicht gespeichert. Bitte kürzen Sie den markierten Text oder teilen Sie ihn auf; Ihre Eingaben bleiben ' +
      'auf diesem Gerät erhalten.',
  },
  /** SaveStatus: where the open meeting stands against SharePoint. */
  save: {
    savedAt: (time: string) => `In SharePoint gespeichert um ${time}`,
    saving: 'Änderungen werden gespeichert …',
    onDevice: 'Auf diesem Gerät gesichert; in SharePoint, sobald die Listen angelegt sind.',
    errorTitle: 'Nicht in SharePoint gespeichert.',
    errorBody: 'Ihre Eingaben sind auf diesem Gerät gesichert.',
    retrying: 'Treffpunkt speichert von selbst, sobald Microsoft 365 wieder antwortet.',
    saveNow: 'Jetzt speichern',
    conflictTitle: 'Gleichzeitig geändert.',
    conflictBody: 'Jemand anderes hat dieses Treffen inzwischen in SharePoint geändert.',
    takeTheirs: 'Fassung aus SharePoint übernehmen',
    keepMine: 'Meine Fassung speichern',
    merge: 'Zusammenführen',
    differencesHeading: 'Was sich unterscheidet',
    readingDifferences: 'Die Fassung in SharePoint wird gelesen …',
    noDifferences:
      'Was eingegeben wurde, ist in beiden Fassungen gleich. Sie unterscheiden sich in Vermerken, die Treffpunkt ' +
      'selbst führt (etwa zur Einladung, zu Dokumenten oder zum Versand des Protokolls). Übernehmen Sie die ' +
      'Fassung aus SharePoint, damit die Vermerke Ihrer Kollegin oder Ihres Kollegen erhalten bleiben.',
    unreadableDifferences:
      'Die Fassung in SharePoint konnte gerade nicht gelesen werden. Die Wahl unten ist trotzdem möglich; ' +
      '„Zusammenführen“ und „Fassung aus SharePoint übernehmen“ lesen sie dabei neu.',
    mine: 'Ihre Fassung',
    theirs: 'In SharePoint',
    empty: '(leer)',
    choices:
      '„Zusammenführen“ behält die Zeilen, Notizen und Häkchen beider Fassungen (bei Notizen beide Texte, ' +
      'gekennzeichnet) und Ihre Planung. „Meine Fassung speichern“ überschreibt die Änderungen in SharePoint.',
  },
};

export type KitStrings = typeof de;

/**
 * The kit's own words (ConfirmButton, SaveStatus, LimitedField): German; English later (`kitStrings.en.ts`,
 * ../english).
 */
export const kitStrings: EnglishLater<KitStrings> = { de };
