import type { Client } from '@microsoft/microsoft-graph-client';
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import { AppError, isAppError } from '../domain/appError';
import {
  CONTENT_TYPES,
  type DocumentFormat,
  type DocumentKind,
  type MadeFile,
} from '../domain/documents/documentModel';
import type { FiledDocument } from '../domain/documents/filedDocument';
import { safeFileNameWithExtension } from '../domain/documents/fileNames';
import { meetingFolderPath, YEAR_REPORTS_FOLDER } from '../domain/documents/libraryNames';
import type { Meeting } from '../domain/planning';
import { createDriveFolders, type FolderPath, LIBRARY_WRITE } from './driveFolders';
import { graphCall } from './graphErrors';

/**
 * The most one `PUT …/content` takes (Learn, "Upload or replace the contents of a driveItem": files up
 * to 250 MB; read as 250,000,000 bytes, the stricter reading). A larger file is refused before sending.
 */
export const SIMPLE_UPLOAD_LIMIT = 250_000_000;

function formatOf(file: MadeFile): DocumentFormat {
  const format = (Object.keys(CONTENT_TYPES) as DocumentFormat[]).find((f) => CONTENT_TYPES[f] === file.contentType);
  if (!format) throw new AppError('invalid-input', `Treffpunkt legt keine Dateien vom Typ ${file.contentType} ab.`);
  return format;
}

function checkSize(file: MadeFile): void {
  if (file.bytes.byteLength <= SIMPLE_UPLOAD_LIMIT) return;
  throw new AppError('too-large', `Die Datei ${file.name} ist größer als ${SIMPLE_UPLOAD_LIMIT} Bytes.`, {
    limit: SIMPLE_UPLOAD_LIMIT,
  });
}

function filed(kind: DocumentKind, format: DocumentFormat, item: DriveItem, file: MadeFile): FiledDocument {
  if (!item.id || !item.webUrl) throw new AppError('unexpected', 'SharePoint nannte die Adresse der Datei nicht.');
  return {
    kind,
    format,
    name: item.name ?? file.name,
    webUrl: item.webUrl,
    itemId: item.id,
    size: item.size ?? file.bytes.byteLength,
    madeAt: item.lastModifiedDateTime ?? new Date().toISOString(),
  };
}

/**
 * The documents in the site's document library: one folder for all meetings ("Vernetzungstreffen"),
 * in it one per meeting ("2026-12-10 Vernetzungstreffen"), the year reports in "Jahresberichte".
 * A file made again replaces the one of the same name: the same item, the same link.
 */
export function createDocumentsGateway(client: Client, site: string) {
  const library = createDriveFolders(client, site);

  /**
   * `PUT /drives/{drive}/items/{folder}:/{name}:/content`. Marked RetrySafe: a PUT by path replaces
   * whatever is there with these bytes, so sending it twice (after 429/503, a lost answer or a dropped
   * connection) leaves the same file, at most one more version in its history. The body is a Blob: the
   * Graph client passes a Blob on unchanged, while it would turn a Uint8Array into a Node Buffer of the
   * whole underlying buffer (absent in the browser). Its Content-Type must not be
   * application/octet-stream, which the client's RetryHandler takes for a stream and never repeats.
   */
  async function put(folder: FolderPath, file: MadeFile): Promise<DriveItem> {
    const name = safeFileNameWithExtension(file.name);
    const folderId = await library.folderId(folder);
    const url = `${await library.drivePath()}/items/${encodeURIComponent(folderId)}:/${encodeURIComponent(name)}:/content`;
    const body = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType });
    return (await graphCall(
      () => library.api(url, true).header('Content-Type', file.contentType).put(body),
      LIBRARY_WRITE,
    )) as DriveItem;
  }

  async function file(folder: FolderPath, kind: DocumentKind, made: MadeFile): Promise<FiledDocument> {
    const format = formatOf(made);
    checkSize(made);
    try {
      return filed(kind, format, await put(folder, made), made);
    } catch (error) {
      // The folder kept for the session is gone (a colleague deleted or moved it): find or make it again.
      if (!isAppError(error) || error.code !== 'not-found') throw error;
      library.forgetFolders();
      return filed(kind, format, await put(folder, made), made);
    }
  }

  return {
    /**
     * Files a document of the meeting in its folder (made where missing) and says where it lies.
     * Errors are AppErrors: `forbidden` naming capability `documentLibrary` and role `write` (what IT
     * grants), `throttled` (after the client's retries), `offline`, `too-large` (413, or refused before
     * sending), `invalid-input` for a file type Treffpunkt does not make.
     */
    upload(meeting: Pick<Meeting, 'date'>, kind: DocumentKind, made: MadeFile): Promise<FiledDocument> {
      return file(meetingFolderPath(meeting.date), kind, made);
    },

    /** Files the year report in "Jahresberichte" (not tied to one meeting); the same errors. */
    uploadYearReport(made: MadeFile): Promise<FiledDocument> {
      return file([YEAR_REPORTS_FOLDER], 'jahresbericht', made);
    },

    /** For "Verbindung prüfen" (readinessLibrary.ts). */
    library,
  };
}

export type DocumentsGateway = ReturnType<typeof createDocumentsGateway>;
