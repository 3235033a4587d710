import { created, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { requireDriveRole } from '../drive/access';
import { conflictBehavior } from '../drive/conflict';
import { driveErrors } from '../drive/driveErrors';
import { DRIVE_PREFIXES, driveWrite, viewOf } from '../drive/itemRoutes';
import { addressedItem, findDrive, namesTo } from '../drive/lookup';
import { type Actor, checkPathLength, newItem, place } from '../drive/mutate';
import { checkName } from '../drive/names';
import { PATH_SEGMENT } from '../drive/path';
import { driveItemContext } from '../drive/views';
import { errors } from '../errors';

const FOLDER_BODY_KEYS = ['name', 'folder', 'description', '@microsoft.graph.conflictBehavior'];

export function actorOf(ctx: RouteContext): Actor {
  return {
    userId: ctx.req.caller.userId,
    now: ctx
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** `{name, folder: {}, "@microsoft.graph.conflictBehavior"?}`: the new folder's name. */
function folderName(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw errors.badRequest('The request body must be a driveItem object.');
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (key === 'file')
      throw errors.notImplemented('creating a file through POST …/children (upload it with PUT …/content)');
    if (!FOLDER_BODY_KEYS.includes(key) && !key.startsWith('@odata.'))
      throw errors.unknownProperty(key, 'microsoft.graph.driveItem');
  }
  if (typeof input.name !== 'string') throw driveErrors.invalidRequest("A driveItem needs a 'name'.");
  if (typeof input.folder !== 'object' || input.folder === null || Array.isArray(input.folder))
    throw driveErrors.invalidRequest("A new folder needs the facet 'folder': {}.");
  return input.name;
}

/**
 * POST …/children: a folder (201). An existing name: fail (the default) → 409 nameAlreadyExists,
 * rename → `Name 1` (201), replace → the existing folder unchanged (200, Learn Q&A 2101794).
 */
function createFolder(ctx: RouteContext): GraphResponse {
  const { site, drive } = findDrive(ctx.store.read(), ctx.params);
  requireDriveRole(ctx, site, drive, 'write');
  const name = folderName(ctx.req.body);
  checkName(name, 'folder');
  const behavior = conflictBehavior(ctx, 'fail');
  return ctx.store.update((state) => {
    const target = findDrive(state, ctx.params);
    const parent = addressedItem(target.drive, ctx.params);
    if (!parent.isFolder) throw driveErrors.invalidRequest('The parent of a new folder must be a folder.');
    const placement = place(target.drive, parent, name, behavior);
    const context = { '@odata.context': `${driveItemContext(target.drive)}/$entity` };
    if (placement.existing) {
      if (!placement.existing.isFolder) throw driveErrors.nameAlreadyExists();
      return ok({ ...context, ...viewOf(ctx, state, { ...target, item: placement.existing }) });
    }
    checkPathLength(target.site.path, target.drive, [...namesTo(target.drive, parent), placement.name]);
    const folder = newItem(parent, placement.name, true, actorOf(ctx));
    target.drive.items.push(folder);
    return created({ ...context, ...viewOf(ctx, state, { ...target, item: folder }) });
  });
}

export const driveFolderRoutes: Route[] = DRIVE_PREFIXES.flatMap((prefix): Route[] =>
  [`${prefix}/items/{itemId}`, `${prefix}/items/{itemId}/${PATH_SEGMENT}/{path}`].map((item): Route => ({
    ...driveWrite,
    method: 'POST',
    pattern: `${item}/children`,
    handle: createFolder,
  })),
);
