import type { ColumnDefinition, List, ListItem } from '@microsoft/microsoft-graph-types';
import { type AppError, isAppError } from '../domain/appError';
import type { Role } from '../domain/grants';
import type { ReadinessRow } from '../domain/readiness';
import { graphCall } from './graphErrors';
import { listAccess, type ListRef, type ListsGateway } from './listsGateway';
import type { Page } from './paging';
import { rowFromError } from './readinessRows';

/** An eTag no item ever has: the PATCH is refused before it could change anything. */
const PROBE_ETAG = '"treffpunkt-probe,0"';

const code = (error: unknown) => (isAppError(error) ? error.code : 'unexpected');

async function firstItem(lists: ListsGateway, ref: ListRef) {
  const path = `${lists.listPath(ref)}/items?$select=id&$expand=fields($select=Title)&$top=1`;
  const page = (await graphCall(() => lists.api(path).get(), listAccess(ref, 'read'))) as Page<ListItem>;
  return page.value[0];
}

/** Write proven by a PATCH with a wrong If-Match: 412 (checked after the role) proves it, 403 denies. */
async function canWrite(lists: ListsGateway, ref: ListRef, item: ListItem): Promise<boolean | AppError> {
  const fields = item.fields as { Title?: unknown } | undefined;
  const path = `${lists.listPath(ref)}/items/${encodeURIComponent(item.id ?? '')}/fields`;
  try {
    await graphCall(() =>
      lists
        .api(path)
        .header('If-Match', PROBE_ETAG)
        .patch({ Title: fields?.Title ?? '' }),
    );
    return true; // the service ignored If-Match: writing works all the same
  } catch (error) {
    if (code(error) === 'conflict') return true;
    return code(error) === 'forbidden' ? false : (error as AppError);
  }
}

/** Manage proven by setting a column's display name to what it is. */
async function canManage(lists: ListsGateway, ref: ListRef): Promise<boolean> {
  const path = `${lists.listPath(ref)}/columns?$select=id,name,displayName`;
  const columns = (await graphCall(() => lists.api(path).get(), listAccess(ref, 'read'))) as Page<ColumnDefinition>;
  const column = columns.value.find((c) => c.name === 'Title') ?? columns.value[0];
  if (!column?.id) return false;
  const patch = `${lists.listPath(ref)}/columns/${encodeURIComponent(column.id)}`;
  try {
    await graphCall(() => lists.api(patch).patch({ displayName: column.displayName }));
    return true;
  } catch (error) {
    if (code(error) === 'forbidden') return false;
    throw error;
  }
}

async function exists(lists: ListsGateway, ref: ListRef): Promise<boolean> {
  try {
    const list = (await graphCall(
      () => lists.api(`${lists.listPath(ref)}?$select=id`).get(),
      listAccess(ref, 'read'),
    )) as List;
    if (list.id) lists.memory.remember(ref.kind, list.id);
    return true;
  } catch (error) {
    if (code(error) === 'not-found') return false;
    throw error;
  }
}

/**
 * A list's row: does it exist, and which role does the app hold there (read, write, manage), each
 * proven by a call that changes nothing. An empty list cannot prove `write` harmlessly (note).
 */
export async function listRow(
  lists: ListsGateway,
  ref: ListRef,
  capability: ReadinessRow['capability'],
): Promise<ReadinessRow> {
  try {
    if (!(await exists(lists, ref))) return { capability, status: 'skipped', note: 'listAbsent' };
    const item = await firstItem(lists, ref);
    const write = item ? await canWrite(lists, ref, item) : undefined;
    if (write !== undefined && write !== true && write !== false) return rowFromError(capability, write, 'write');
    if (write === false) return { capability, status: 'missing', missing: 'write', role: 'read' };
    const role: Role = (await canManage(lists, ref)) ? 'manage' : write ? 'write' : 'read';
    const note =
      write === undefined && role === 'read' ? 'writeUnproven' : role === 'write' ? 'setupRoleMissing' : undefined;
    return { capability, status: 'ok', role, ...(note ? { note, missing: 'manage' } : {}) };
  } catch (error) {
    return rowFromError(capability, error, 'read');
  }
}
