import type { DriveItem } from '@microsoft/microsoft-graph-types';
import { isAppError } from '../domain/appError';
import { MEETINGS_FOLDER } from '../domain/documents/libraryNames';
import type { ReadinessRow } from '../domain/readiness';
import type { DocumentsGateway } from './documentsGateway';
import { graphCall } from './graphErrors';
import { rowFromError } from './readinessRows';

const capability = 'documentLibrary';

/**
 * Write proven by asking for Treffpunkt's folder once more, where it already is, with conflictBehavior
 * `fail`: 409 (checked after the role) proves it, 403 denies, and nothing is made or changed. (A service
 * that ignored `fail` answers 200 with the folder that is there: nothing changes either.)
 */
async function canWrite(library: DocumentsGateway['library'], folder: DriveItem): Promise<ReadinessRow> {
  const body = { name: folder.name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
  const url = `${await library.drivePath()}/root/children`;
  try {
    await graphCall(() => library.api(url).post(body));
    return { capability, status: 'ok', role: 'write' };
  } catch (error) {
    if (isAppError(error) && error.code === 'conflict') return { capability, status: 'ok', role: 'write' };
    if (isAppError(error) && error.code === 'forbidden')
      return { ...rowFromError(capability, error), missing: 'write' };
    return rowFromError(capability, error);
  }
}

/**
 * The document library's row: the site's default drive found (read), then writing proven on the
 * folder of the meetings' documents without changing it. Before the first document that folder does
 * not exist, and writing cannot be tried harmlessly (note `libraryWriteUnproven`). Never throws.
 */
export async function libraryRow(load: () => Promise<DocumentsGateway>): Promise<ReadinessRow> {
  try {
    const { library } = await load();
    await library.driveId();
    const folder = await library.find([MEETINGS_FOLDER]);
    if (!folder?.id) return { capability, status: 'ok', role: 'read', note: 'libraryWriteUnproven' };
    return await canWrite(library, folder);
  } catch (error) {
    return rowFromError(capability, error, 'read');
  }
}
