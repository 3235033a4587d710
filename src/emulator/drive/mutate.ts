/** Changes to a library, made on a store update's draft. */
import { randomBytes } from 'node:crypto';
import { newGuid } from '../ids';
import type { ConflictBehavior } from './conflict';
import { driveErrors } from './driveErrors';
import { childNamed } from './lookup';
import { checkName, MAX_PATH_LENGTH, uniqueName } from './names';
import type { DriveItemRecord, DriveRecord } from './records';
import { driveItemId } from './seed';

export interface Actor {
  userId: string;
  /** Graph's timestamps: UTC, seconds */
  now: string;
}

export function newItem(parent: DriveItemRecord, name: string, isFolder: boolean, actor: Actor): DriveItemRecord {
  return {
    id: driveItemId(randomBytes(32)),
    name,
    parentId: parent.id,
    isFolder,
    guid: newGuid().toUpperCase(),
    version: 1,
    createdDateTime: actor.now,
    lastModifiedDateTime: actor.now,
    createdById: actor.userId,
    lastModifiedById: actor.userId,
  };
}

/** The decoded path from the site (`/sites/x/Shared Documents/a/b.pdf`) may not exceed 400 characters. */
export function checkPathLength(sitePath: string, drive: DriveRecord, names: readonly string[]): void {
  const full = [sitePath, drive.urlName, ...names].join('/');
  if (full.length > MAX_PATH_LENGTH)
    throw driveErrors.invalidRequest(
      `The path '${full}' is longer than ${MAX_PATH_LENGTH} characters.`,
      'pathIsTooLong',
    );
}

export interface Placement {
  /** the existing item of that name, when the behaviour is replace */
  existing?: DriveItemRecord;
  name: string;
}

/** Where a new child named `name` goes under `parent`, by the conflict behaviour. */
export function place(
  drive: DriveRecord,
  parent: DriveItemRecord,
  name: string,
  behavior: ConflictBehavior,
): Placement {
  const existing = childNamed(drive, parent, name);
  if (!existing) return { name };
  if (behavior === 'fail') throw driveErrors.nameAlreadyExists();
  if (behavior === 'replace') return { existing, name: existing.name };
  const taken = (candidate: string) => childNamed(drive, parent, candidate) !== undefined;
  return { name: uniqueName(name, taken, existing.isFolder) };
}

/** The folders along `names` below `from`, created where missing (PUT by path creates them). */
export function ensureFolders(
  drive: DriveRecord,
  from: DriveItemRecord,
  names: readonly string[],
  actor: Actor,
): DriveItemRecord {
  let folder = from;
  for (const name of names) {
    const next = childNamed(drive, folder, name);
    if (next && !next.isFolder) throw driveErrors.nameAlreadyExists();
    if (next) {
      folder = next;
      continue;
    }
    checkName(name, 'folder');
    const made = newItem(folder, name, true, actor);
    drive.items.push(made);
    folder = made;
  }
  return folder;
}

/** A file's content set or replaced: same id and webUrl, eTag/cTag and lastModified move on. */
export function setContent(
  file: DriveItemRecord,
  content: { sha256: string; size: number; mimeType: string },
  actor: Actor,
): void {
  file.sha256 = content.sha256;
  file.size = content.size;
  file.mimeType = content.mimeType;
  file.version += 1;
  file.lastModifiedDateTime = actor.now;
  file.lastModifiedById = actor.userId;
}
