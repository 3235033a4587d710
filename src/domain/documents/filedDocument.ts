/**
 * A made document as it lies in the SharePoint site's document library: where colleagues open it, and
 * the driveItem behind it (the same item, and so the same link, when the document is made again). The
 * meeting keeps one record per kind (`Meeting.documents`); a kind filed in both formats (the Protokoll:
 * DOCX to edit, PDF for the record) keeps the other one as its `copy`.
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
}

export interface FiledDocument extends FiledFile {
  kind: DocumentKind;
  /** The same document in the other format, where both were filed. */
  copy?: FiledFile;
}

/** The meeting's documents, one record per kind. */
export type FiledDocuments = Partial<Record<DocumentKind, FiledDocument>>;

function fileOf(document: FiledDocument): FiledFile {
  const { format, name, webUrl, itemId, size, madeAt } = document;
  return { format, name, webUrl, itemId, size, madeAt };
}

/**
 * The record after `filed` was uploaded: it becomes its kind's record; the same format filed before
 * is replaced (its copy in the other format stays), the other format filed before becomes the copy.
 */
export function withFiledDocument(documents: FiledDocuments | undefined, filed: FiledDocument): FiledDocuments {
  const before = documents?.[filed.kind];
  const file: FiledDocument = { kind: filed.kind, ...fileOf(filed) };
  let copy: FiledFile | undefined;
  if (before && before.format !== filed.format) copy = fileOf(before);
  else if (before?.copy && before.copy.format !== filed.format) copy = before.copy;
  return { ...documents, [filed.kind]: copy ? { ...file, copy } : file };
}

/** Every filed file of the meeting's documents, in the documents' order (each kind's main file first). */
export function filedFiles(documents: FiledDocuments | undefined): { kind: DocumentKind; file: FiledFile }[] {
  return DOCUMENT_KINDS.flatMap((kind) => {
    const document = documents?.[kind];
    if (!document) return [];
    const files = [{ kind, file: fileOf(document) }];
    return document.copy ? [...files, { kind, file: document.copy }] : files;
  });
}

/** The kind's file in `format`, wherever the record keeps it (its main file or its copy). */
export function filedAs(
  documents: FiledDocuments | undefined,
  kind: DocumentKind,
  format: DocumentFormat,
): FiledFile | undefined {
  const document = documents?.[kind];
  if (!document) return undefined;
  if (document.format === format) return fileOf(document);
  return document.copy?.format === format ? document.copy : undefined;
}
