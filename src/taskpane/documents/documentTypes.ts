import type { AppError } from '../../domain/appError';
import type { DocumentFormat, DocumentKind, DocumentModel, MadeFile } from '../../domain/documents/documentModel';
import type { FiledDocument, FiledFile, PaperSize } from '../../domain/documents/filedDocument';

export type { FiledDocument, FiledFile };

/** Turns a document's model into a file (src/documents/make, loaded on first use). */
export type MakeDocument = (model: DocumentModel, format: DocumentFormat) => Promise<MadeFile>;

/** One document a view offers to make: its words, its format, and how its model is built. */
export interface DocumentOffer {
  /** Stable within the view (React key, the ids of its status line). */
  id: string;
  /** "Teilnehmendenliste", "Protokoll (PDF)": its button says "<label> erstellen". */
  label: string;
  kind: DocumentKind;
  format: DocumentFormat;
  /** The paper size, for a document made in more than one (the poster): its record keeps each size. */
  paper?: PaperSize;
  /** The builder, from the data the view holds (it may read more first: the year report). */
  build: () => DocumentModel | Promise<DocumentModel>;
  /** The file filed before (the meeting's record), offered for opening until a new one is made. */
  filed?: FiledFile;
}

/** Where a made file goes: uploaded to SharePoint, then recorded (the open meeting's `documents`). */
export interface DocumentTarget {
  upload: (file: MadeFile, kind: DocumentKind) => Promise<FiledDocument>;
  record?: (filed: FiledDocument) => void;
}

/**
 * One document's way from the click to the file in SharePoint. `failed` at `upload` keeps the made
 * file: "Erneut hochladen" sends the same bytes, and the direct download offers them.
 */
export type DocumentState =
  | { status: 'idle' }
  | { status: 'making' }
  | { status: 'uploading'; file: MadeFile }
  | { status: 'done'; file: MadeFile; filed: FiledDocument; webUrl: string }
  | { status: 'failed'; stage: 'make'; error: AppError }
  | { status: 'failed'; stage: 'upload'; error: AppError; file: MadeFile };
