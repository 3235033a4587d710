/**
 * A made document as it lies in the SharePoint site's document library: where colleagues open it, and
 * the driveItem behind it (the same item, and so the same link, when the document is made again). The
 * meeting keeps one record per kind (`Meeting.documents`): its latest file, and in `others` each other
 * file of that kind, one per format and paper size (the Protokoll as DOCX and PDF, the poster in A4 and
 * A3). Records written before `others` existed hold at most one `copy` and no paper size; they are read
 * as they are (a poster's size then comes from its file's name, "… Fotohinweis A3.pdf").
 */
import type { DocumentFormat, DocumentKind } from './documentModel';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'teilnehmendenliste',
  'tagesordnung',
  'fotohinweis',
  'protokoll',
  'jahresbericht',
];

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx'];

/** The documents' German names, as the list column and the library show them. */
export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, string>> = {
  teilnehmendenliste: 'Teilnehmendenliste',
  tagesordnung: 'Tagesordnung',
  fotohinweis: 'Fotohinweis',
  protokoll: 'Protokoll',
  jahresbericht: 'Jahresbericht',
};

/** The paper sizes a document is made in more than one of (the poster). */
export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** One file in the library, as Graph described it after the upload. */
export interface FiledFile {
  format: DocumentFormat;
  /** The file's name in the library, with its extension. */
  name: string;
  /** Where it opens (SharePoint, Word for the web). */
  webUrl: string;
  /** The driveItem's id: unchanged when the file is replaced by a newer one of the same name. */
  itemId: string;
  /** Bytes. */
  size: number;
  /** ISO instant: when this version was filed. */
  madeAt: string;
  /** The paper size, for a document made in more than one (the poster); absent otherwise. */
  paper?: PaperSize;
}

export interface FiledDocument extends FiledFile {
  kind: DocumentKind;
  /** The kind's other files, one per format and paper size. */
  others?: FiledFile[];
  /** Rows written before `others`: the same document in the other format. Read, never written. */
  copy?: FiledFile;
}

/** The meeting's documents, one record per kind. */
export type FiledDocuments = Partial<Record<DocumentKind, FiledDocument>>;

/** A file's paper size: as recorded, or for an older poster record as its name says. */
function paperOf(kind: DocumentKind, file: FiledFile): PaperSize | undefined {
  if (file.paper || kind !== 'fotohinweis') return file.paper;
  return PAPER_SIZES.find((paper) => new RegExp(`\\b${paper}\\.[A-Za-z0-9]+$`).test(file.name));
}

function fileOf(kind: DocumentKind, file: FiledFile): FiledFile {
  const { format, name, webUrl, itemId, size, madeAt } = file;
  const paper = paperOf(kind, file);
  return { format, name, webUrl, itemId, size, madeAt, ...(paper ? { paper } : {}) };
}

/** Every file of a record, its latest first, each with its paper size where it has one. */
function filesOf(document: FiledDocument | undefined): FiledFile[] {
  if (!document) return [];
  const { kind } = document;
  return [document, ...(document.copy ? [document.copy] : []), ...(document.others ?? [])].map((file) =>
    fileOf(kind, file),
  );
}

/** Files of the same format and paper size replace each other. */
const sameSlot = (a: FiledFile, b: FiledFile) => a.format === b.format && a.paper === b.paper;

/**
 * The record after `filed` was uploaded: it becomes its kind's latest file, replacing the file of the
 * same format and paper size filed before; every other file of the kind stays, in `others`.
 */
export function withFiledDocument(documents: FiledDocuments | undefined, filed: FiledDocument): FiledDocuments {
  const file = fileOf(filed.kind, filed);
  const others = filesOf(documents?.[filed.kind]).filter((before) => !sameSlot(before, file));
  const record: FiledDocument = { kind: filed.kind, ...file, ...(others.length > 0 ? { others } : {}) };
  return { ...documents, [filed.kind]: record };
}

/** Every filed file of the meeting's documents, in the documents' order (each kind's latest file first). */
export function filedFiles(documents: FiledDocuments | undefined): { kind: DocumentKind; file: FiledFile }[] {
  return DOCUMENT_KINDS.flatMap((kind) => filesOf(documents?.[kind]).map((file) => ({ kind, file })));
}

/** The kind's file in `format` (and, for the poster, in `paper`), wherever the record keeps it. */
export function filedAs(
  documents: FiledDocuments | undefined,
  kind: DocumentKind,
  format: DocumentFormat,
  paper?: PaperSize,
): FiledFile | undefined {
  return filesOf(documents?.[kind]).find((file) => file.format === format && (!paper || file.paper === paper));
}
