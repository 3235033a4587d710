/**
 * What a printed document says, independent of the file format: the builders in this folder make it
 * from the meeting's data, the renderers in src/documents/ turn it into a tagged PDF or a DOCX.
 * Blocks are read in this order (the PDF's reading order and the DOCX's body).
 */
export type DocumentKind = 'teilnehmendenliste' | 'tagesordnung' | 'fotohinweis' | 'protokoll' | 'jahresbericht';

export type DocumentFormat = 'pdf' | 'docx';

export interface TableColumn {
  header: string;
  /** Share of the line's width, relative to the other columns' (e.g. 1, 4, 3). */
  width: number;
  align?: 'left' | 'right';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** `poster`: the large type of a notice hung at the venue. */
  | { kind: 'paragraph'; text: string; size?: 'small' | 'normal' | 'large' | 'poster'; strong?: boolean }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | {
      kind: 'table';
      /** Names the table (the PDF's table summary, the DOCX's caption); not a heading. */
      caption: string;
      columns: TableColumn[];
      /** Filled rows, one cell per column; a cell's text may hold line breaks (\n), kept as such. */
      rows: string[][];
      /** Empty rows after the filled ones, to be written in by hand (walk-ins on the sign-in sheet). */
      blankRows?: number;
      /** `signature`: rows tall enough to sign in. */
      rowHeight?: 'normal' | 'signature';
      /** A closing row set apart (the totals of the year report). */
      totals?: string[];
    }
  /** The EU emblem with the funding statement written out beside it (2021–2027 visibility rules). */
  | { kind: 'funding'; statement: string; size?: 'normal' | 'large' }
  /** A line to sign on, with what the signature confirms below it. */
  | { kind: 'signatureLine'; label: string };

export interface DocumentModel {
  kind: DocumentKind;
  /** The document's title (PDF title shown in the viewer's title bar, DOCX core property). */
  title: string;
  /** Without extension; only characters SharePoint accepts in a file name. */
  fileName: string;
  lang: 'de-DE';
  page: { size: 'A4' | 'A3'; orientation: 'portrait' | 'landscape' };
  /** "Seite x von y" at the foot of every page. */
  pageNumbers: boolean;
  blocks: Block[];
}

/** The made file, ready to upload or download. */
export interface MadeFile {
  /** fileName plus extension. */
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
