import type { DocumentFormat, DocumentKind, DocumentModel } from '../../domain/documents/documentModel';
import type { FiledDocuments, FiledFile } from '../../domain/documents/filedDocument';
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
  /** For the poster: the size its file's name says (the meeting keeps one record per kind and format). */
  size?: 'A4' | 'A3';
}

/** The printed ones as PDF; the minutes also as Word, to edit. */
const SPECS: Record<MeetingDocumentId, Spec> = {
  teilnehmendenliste: { kind: 'teilnehmendenliste', format: 'pdf', build: buildSignInSheet },
  tagesordnung: { kind: 'tagesordnung', format: 'pdf', build: buildAgendaDocument },
  'fotohinweis-a4': { kind: 'fotohinweis', format: 'pdf', size: 'A4', build: (m, s) => buildPhotoPoster(m, s, 'A4') },
  'fotohinweis-a3': { kind: 'fotohinweis', format: 'pdf', size: 'A3', build: (m, s) => buildPhotoPoster(m, s, 'A3') },
  'protokoll-docx': { kind: 'protokoll', format: 'docx', build: buildMinutesDocument },
  'protokoll-pdf': { kind: 'protokoll', format: 'pdf', build: buildMinutesDocument },
};

/**
 * The file of this kind and format the meeting records (its main file or the copy in the other format);
 * a poster only when its name says this size ("… Fotohinweis A3.pdf").
 */
export function filedFileOf(documents: FiledDocuments | undefined, spec: Omit<Spec, 'build'>): FiledFile | undefined {
  const record = documents?.[spec.kind];
  const file = [record, record?.copy].find((f) => f?.format === spec.format);
  if (!file || (spec.size && !file.name.includes(`Fotohinweis ${spec.size}`))) return undefined;
  return file;
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
      build: () => spec.build(source.meeting, source.settings),
      ...(filed ? { filed } : {}),
    };
  });
}
