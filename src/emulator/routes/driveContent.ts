import { created, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { conflictBehavior } from '../drive/conflict';
import { conversionAnswer } from '../drive/convert';
import { driveErrors } from '../drive/driveErrors';
import { type Addressed, addressed, DRIVE_PREFIXES, driveRead, driveWrite, origin, viewOf } from '../drive/itemRoutes';
import { findDrive, findDriveItem, namesTo, pathSegments } from '../drive/lookup';
import { checkPathLength, ensureFolders, newItem, place, setContent } from '../drive/mutate';
import { checkName, mimeTypeFor } from '../drive/names';
import { PATH_SEGMENT } from '../drive/path';
import type { DriveRecord } from '../drive/records';
import { driveItemContext } from '../drive/views';
import { errors } from '../errors';
import { actorOf } from './driveFolders';

interface Upload {
  bytes: Buffer;
  sha256: string;
}

/** The upload's bytes, within the simple-upload limit (413 beyond it), stored by their hash. */
function received(ctx: RouteContext): Upload {
  const bytes = ctx.req.rawBody;
  if (bytes === undefined) throw errors.notImplemented('uploading file content inside $batch');
  if ((ctx.req.bodySize ?? bytes.length) > ctx.uploadLimitBytes) throw driveErrors.tooLarge(ctx.uploadLimitBytes);
  return { bytes, sha256: ctx.blobs.put(bytes) };
}

function entity(drive: DriveRecord, view: Record<string, unknown>): Record<string, unknown> {
  return { '@odata.context': `${driveItemContext(drive)}/$entity`, ...view };
}

/**
 * PUT …/{parent}:/{path}:/content: a new file (201) or, by the conflict behaviour (default replace), the
 * existing one's content replaced (200, same id and webUrl). Missing folders on the path are created.
 */
function uploadByPath(ctx: RouteContext): GraphResponse {
  addressedForWrite(ctx);
  const upload = received(ctx);
  const names = pathSegments(ctx.params.path ?? '');
  const fileName = names.pop() ?? '';
  checkName(fileName, 'file');
  const behavior = conflictBehavior(ctx, 'replace');
  return ctx.store.update((state) => {
    const { site, drive } = findDrive(state, ctx.params);
    const actor = actorOf(ctx);
    const parent = ensureFolders(drive, findDriveItem(drive, ctx.params.itemId ?? 'root'), names, actor);
    checkPathLength(site.path, drive, [...namesTo(drive, parent), fileName]);
    const placement = place(drive, parent, fileName, behavior);
    const content = { sha256: upload.sha256, size: upload.bytes.length, mimeType: mimeTypeFor(placement.name) };
    if (placement.existing) {
      if (placement.existing.isFolder) throw driveErrors.nameAlreadyExists();
      setContent(placement.existing, content, actor);
      return ok(entity(drive, viewOf(ctx, state, { site, drive, item: placement.existing })));
    }
    const file = { ...newItem(parent, placement.name, false, actor), ...content };
    drive.items.push(file);
    return created(entity(drive, viewOf(ctx, state, { site, drive, item: file })));
  });
}

/** PUT …/items/{id}/content: the file's content replaced (200); same id and webUrl, new eTag/cTag. */
function replaceById(ctx: RouteContext): GraphResponse {
  const { item } = addressedForWrite(ctx);
  if (item.isFolder) throw driveErrors.invalidRequest('A folder has no content to replace.');
  const upload = received(ctx);
  return ctx.store.update((state) => {
    const { site, drive } = findDrive(state, ctx.params);
    const file = findDriveItem(drive, item.id);
    setContent(
      file,
      { sha256: upload.sha256, size: upload.bytes.length, mimeType: mimeTypeFor(file.name) },
      actorOf(ctx),
    );
    return ok(entity(drive, viewOf(ctx, state, { site, drive, item: file })));
  });
}

/** The drive (404) and the write role (403) first; the item itself only where it must exist. */
function addressedForWrite(ctx: RouteContext): Addressed {
  const params = ctx.params.path === undefined ? ctx.params : { ...ctx.params, path: '' };
  return addressed({ ...ctx, params }, 'write');
}

/**
 * GET …/content: 302 Found to the pre-authenticated download URL (Learn "Download driveItem content");
 * with `?format=` see convert.ts.
 */
function download(ctx: RouteContext): GraphResponse {
  const target = addressed(ctx, 'read');
  if (target.item.isFolder) throw driveErrors.invalidRequest('Only files have content to download.');
  const format = ctx.req.query.get('$format');
  if (format !== undefined) throw conversionAnswer(format, target.item.name);
  return { status: 302, headers: { Location: ctx.downloads.url(origin(ctx), target.site, target.drive, target.item) } };
}

export const driveContentRoutes: Route[] = DRIVE_PREFIXES.flatMap((prefix): Route[] => {
  const byId = `${prefix}/items/{itemId}/content`;
  const byPath = `${prefix}/items/{itemId}/${PATH_SEGMENT}/{path}/content`;
  return [
    { ...driveWrite, method: 'PUT', pattern: byPath, handle: uploadByPath },
    { ...driveWrite, method: 'PUT', pattern: byId, handle: replaceById },
    { ...driveRead, method: 'GET', pattern: byPath, query: ['$format'], handle: download },
    { ...driveRead, method: 'GET', pattern: byId, query: ['$format'], handle: download },
  ];
});
