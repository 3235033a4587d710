import type { Localized } from '../i18n/localized';

/** The documents a view offers to make (one per file: a poster in two sizes, the minutes in two formats). */
export type DocumentOfferId =
  | 'teilnehmendenliste'
  | 'tagesordnung'
  | 'fotohinweis-a4'
  | 'fotohinweis-a3'
  | 'protokoll-docx'
  | 'protokoll-pdf'
  | 'jahresbericht';

const kilobytes = (locale: string) => (bytes: number) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
const deSize = kilobytes('de-DE');
const enSize = kilobytes('en-GB');

const de = {
  heading: 'Dokumente',
  intro:
    'Zum Drucken und für die Akte: Treffpunkt erstellt das Dokument aus den Daten des Treffens, legt es in ' +
    'SharePoint im Ordner des Treffens ab und öffnet es dort. Ein neu erstelltes Dokument ersetzt das alte.',
  yearIntro: (year: number) =>
    `Der Jahresbericht ${year} für den Fördermittelgeber als Word-Dokument: jedes Treffen mit Datum, Ort, Thema ` +
    'des Inputs, Teilnehmenden und Kosten, dazu die Summen. Er wird in SharePoint abgelegt und dort geöffnet.',
  /** The document's name, as its button and its state say it. */
  labels: {
    teilnehmendenliste: 'Teilnehmendenliste',
    tagesordnung: 'Tagesordnung',
    'fotohinweis-a4': 'Fotohinweis (A4)',
    'fotohinweis-a3': 'Fotohinweis (A3)',
    'protokoll-docx': 'Protokoll (Word)',
    'protokoll-pdf': 'Protokoll (PDF)',
    jahresbericht: 'Jahresbericht (Word)',
  } satisfies Record<DocumentOfferId, string>,
  year: 'Jahr des Berichts',
  yearReport: (year: number) => `Jahresbericht ${year} (Word)`,
  create: (label: string) => `${label} erstellen`,
  making: (label: string) => `${label} wird erstellt …`,
  uploading: (label: string) => `${label} wird in SharePoint abgelegt …`,
  done: (label: string, file: string, bytes: number) =>
    `${label} ist in SharePoint abgelegt (${file}, ${deSize(bytes)}).`,
  filedBefore: (when: string) => `Zuletzt abgelegt: ${when}.`,
  makeFailed: (label: string) => `${label} konnte nicht erstellt werden.`,
  uploadFailed: (label: string) => `${label} ist erstellt, aber nicht in SharePoint abgelegt.`,
  kept: 'Die erstellte Datei bleibt hier bereit, solange Treffpunkt geöffnet ist: „Erneut hochladen“ legt genau sie ab.',
  keptDownload: ' Sie können sie auch direkt herunterladen.',
  retryUpload: 'Erneut hochladen',
  /** The visible words; the name says which document (`openName`, `downloadName`). */
  open: 'Öffnen',
  openName: (label: string) => `Öffnen – ${label}`,
  download: 'Herunterladen',
  downloadName: (label: string) => `Herunterladen – ${label}`,
  settingsUnread:
    'Die Einstellungen des Teams konnten nicht gelesen werden. Dokumente erstellt Treffpunkt erst mit ihnen: ' +
    'Fotohinweis, Förderhinweis und ob Namen gedruckt werden, stehen dort.',
  readSettings: 'Einstellungen erneut lesen',
};

export type DocumentsStrings = typeof de;

const en: DocumentsStrings = {
  heading: 'Documents',
  intro:
    'For printing and the record: Treffpunkt makes the document from the meeting’s data, files it in SharePoint ' +
    'in the meeting’s folder and opens it there. A document made again replaces the earlier one.',
  yearIntro: (year) =>
    `The year report ${year} for the funder as a Word document: every meeting with date, venue, input topic, ` +
    'participants and costs, plus the totals. It is filed in SharePoint and opened there.',
  labels: {
    teilnehmendenliste: 'Sign-in sheet',
    tagesordnung: 'Agenda',
    'fotohinweis-a4': 'Photo notice (A4)',
    'fotohinweis-a3': 'Photo notice (A3)',
    'protokoll-docx': 'Minutes (Word)',
    'protokoll-pdf': 'Minutes (PDF)',
    jahresbericht: 'Year report (Word)',
  },
  year: 'Year of the report',
  yearReport: (year) => `Year report ${year} (Word)`,
  create: (label) => `Create ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  making: (label) => `Making ${label.charAt(0).toLowerCase()}${label.slice(1)} …`,
  uploading: (label) => `Filing ${label.charAt(0).toLowerCase()}${label.slice(1)} in SharePoint …`,
  done: (label, file, bytes) => `${label} is filed in SharePoint (${file}, ${enSize(bytes)}).`,
  filedBefore: (when) => `Last filed: ${when}.`,
  makeFailed: (label) => `${label} could not be made.`,
  uploadFailed: (label) => `${label} is made but not filed in SharePoint.`,
  kept: 'The file made stays ready here while Treffpunkt is open: “Upload again” files exactly this one.',
  keptDownload: ' You can also download it directly.',
  retryUpload: 'Upload again',
  open: 'Open',
  openName: (label) => `Open – ${label}`,
  download: 'Download',
  downloadName: (label) => `Download – ${label}`,
  settingsUnread:
    'The team’s settings could not be read. Treffpunkt makes documents only with them: the photo notice, the ' +
    'funding statement and whether names are printed are kept there.',
  readSettings: 'Read the settings again',
};

/** The documents' words in the pane (the documents themselves stay German), in German and English. */
export const documentsStrings: Localized<DocumentsStrings> = { de, en };
