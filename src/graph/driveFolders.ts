import type { Client, GraphRequest } from '@microsoft/microsoft-graph-client';
import type { Drive, DriveItem } from '@microsoft/microsoft-graph-types';
import { AppError, isAppError } from '../domain/appError';
import { scopesFor } from './graphClient';
import { type Access, graphCall } from './graphErrors';
import { siteKey } from './listsGateway';
import { RetrySafe } from './retryPolicy';

/** The library is the site's: its role (Sites.Selected) decides, `write` for folders and files. */
export const LIBRARY_READ: Access = { capability: 'documentLibrary', role: 'read' };
export const LIBRARY_WRITE: Access = { capability: 'documentLibrary', role: 'write' };

/** A folder path in the library, from its root: e.g. ['Vernetzungstreffen', '2026-12-10 Vernetzungstreffen']. */
export type FolderPath = readonly string[];

const isCode = (error: unknown, code: string) => isAppError(error) && error.code === code;

/** A value computed once, and computed again after it failed. */
function remembered<T>(work: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () =>
    (kept ??= work().catch((error: unknown) => {
      kept = undefined;
      throw error;
    }));
}

/**
 * The site's default document library (`GET /sites/{site}/drive`) and Treffpunkt's folders in it,
 * found by path or made. The drive's id and each folder's id are kept for the session, so only the
 * first document of a session (or of a new meeting) asks for them.
 */
export function createDriveFolders(client: Client, site: string) {
  const api = (path: string, retrySafe = false): GraphRequest =>
    client
      .api(path)
      .middlewareOptions(retrySafe ? [scopesFor('documents'), new RetrySafe()] : [scopesFor('documents')]);

  const driveId = remembered(async () => {
    const drive = (await graphCall(() => api(`${siteKey(site)}/drive?$select=id`).get(), LIBRARY_READ)) as Drive;
    if (!drive.id) throw new AppError('unexpected', 'SharePoint nannte die Dokumentbibliothek der Website nicht.');
    return drive.id;
  });
  const drivePath = async () => `/drives/${encodeURIComponent(await driveId())}`;
  const byPath = async (path: FolderPath) => `${await drivePath()}/root:/${path.map(encodeURIComponent).join('/')}`;

  /** The item at `path` (id, name, eTag, whether a folder), or undefined where there is none. */
  async function find(path: FolderPath): Promise<DriveItem | undefined> {
    const url = `${await byPath(path)}?$select=id,name,eTag,folder`;
    try {
      return (await graphCall(() => api(url).get(), LIBRARY_READ)) as DriveItem;
    } catch (error) {
      if (isCode(error, 'not-found')) return undefined;
      throw error;
    }
  }

  function folderIdOf(item: DriveItem, path: FolderPath): string {
    if (item.id && item.folder) return item.id;
    const name = path.join('/');
    throw new AppError('conflict', `In der Dokumentbibliothek liegt unter „${name}“ eine Datei statt eines Ordners.`);
  }

  /**
   * A new folder under its parent. With conflictBehavior `fail` a second send can only be refused
   * (409 nameAlreadyExists), never make a second folder: safe to repeat after a throttled or lost
   * answer, and the refusal is answered by looking the folder up.
   */
  async function create(path: FolderPath, parentId: string | undefined): Promise<string> {
    const parent = parentId
      ? `${await drivePath()}/items/${encodeURIComponent(parentId)}`
      : `${await drivePath()}/root`;
    const body = { name: path[path.length - 1], folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
    try {
      const made = (await graphCall(() => api(`${parent}/children`, true).post(body), LIBRARY_WRITE)) as DriveItem;
      return folderIdOf(made, path);
    } catch (error) {
      if (!isCode(error, 'conflict')) throw error;
      const found = await find(path);
      if (!found) throw error;
      return folderIdOf(found, path);
    }
  }

  const folders = new Map<string, () => Promise<string>>();

  /** The folder's id: found by path, or made (its parents first). */
  function folderId(path: FolderPath): Promise<string> {
    const key = path.join('/');
    let id = folders.get(key);
    if (!id) {
      id = remembered(async () => {
        const found = await find(path);
        if (found) return folderIdOf(found, path);
        const parent = path.length > 1 ? await folderId(path.slice(0, -1)) : undefined;
        return create(path, parent);
      });
      folders.set(key, id);
    }
    return id();
  }

  return {
    driveId,
    drivePath,
    find,
    folderId,
    /** After a folder was not where it was (deleted or moved by a colleague): all are looked up again. */
    forgetFolders(): void {
      folders.clear();
    },
    api,
  };
}

export type DriveFolders = ReturnType<typeof createDriveFolders>;
