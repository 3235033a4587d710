import type { DocumentFormat, DocumentKind, DocumentModel } from '../../domain/documents/documentModel';
import { type FiledDocuments, type FiledFile, filedAs, type PaperSize } from '../../domain/documents/filedDocument';
import { buildAgendaDocument } from '../../domain/documents/agendaDocument';
import { buildMinutesDocument } from '../../domain/documents/minutesDocument';
import { buildPhotoPoster } from '../../domain/documents/photoPoster';
import { buildSignInSheet } from '../../domain/documents/signInSheet';
import type { Meeting } from '../../domain/planning';
import type { TeamSettings } from '../../domain/settings';
import type { DocumentOffer } from './documentTypes';
import type { DocumentOfferId, DocumentsStrings } from './documentsStrings';

/** The documents of one meeting (the year report is the year's: Verlauf offers it). */
export type MeetingDocumentId = Exclude<DocumentOfferId, 'jahresbericht'>;

interface Spec {
  kind: DocumentKind;
  format: DocumentFormat;
  build: (meeting: Meeting, settings: TeamSettings) => DocumentModel;
  /** For the poster: its paper size (the meeting's record keeps a file per size). */
  paper?: PaperSize;
}

/** The printed ones as PDF; the minutes also as Word, to edit. */
const SPECS: Record<MeetingDocumentId, Spec> = {
  teilnehmendenliste: { kind: 'teilnehmendenliste', format: 'pdf', build: buildSignInSheet },
  tagesordnung: { kind: 'tagesordnung', format: 'pdf', build: buildAgendaDocument },
  'fotohinweis-a4': { kind: 'fotohinweis', format: 'pdf', paper: 'A4', build: (m, s) => buildPhotoPoster(m, s, 'A4') },
  'fotohinweis-a3': { kind: 'fotohinweis', format: 'pdf', paper: 'A3', build: (m, s) => buildPhotoPoster(m, s, 'A3') },
  'protokoll-docx': { kind: 'protokoll', format: 'docx', build: buildMinutesDocument },
  'protokoll-pdf': { kind: 'protokoll', format: 'pdf', build: buildMinutesDocument },
};

/** The file of this kind, format and (for the poster) paper size the meeting records. */
export function filedFileOf(documents: FiledDocuments | undefined, spec: Omit<Spec, 'build'>): FiledFile | undefined {
  return filedAs(documents, spec.kind, spec.format, spec.paper);
}

/**
 * The offers of a meeting's documents, built from the meeting and the team's settings as they stand when
 * the button is pressed (the view renders these again with every change).
 */
export function meetingOffers(
  ids: readonly MeetingDocumentId[],
  source: { meeting: Meeting; settings: TeamSettings },
  strings: DocumentsStrings,
): DocumentOffer[] {
  return ids.map((id) => {
    const spec = SPECS[id];
    const filed = filedFileOf(source.meeting.documents, spec);
    return {
      id,
      label: strings.labels[id],
      kind: spec.kind,
      format: spec.format,
      ...(spec.paper ? { paper: spec.paper } : {}),
      build: () => spec.build(source.meeting, source.settings),
      ...(filed ? { filed } : {}),
    };
  });
}
