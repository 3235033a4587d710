import { createHash } from 'node:crypto';
import { stableGuid } from '../ids';
import type { EmulatorState } from '../state';
import type { DriveItemRecord, DriveRecord } from './records';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** SharePoint's drive item id form (`01` + 32 base32 characters), derived from a name or random bytes. */
export function driveItemId(seed: Buffer): string {
  let out = '01';
  for (let i = 0; i < 32; i++) out += BASE32[(seed[i % seed.length] ?? 0) % 32] ?? 'A';
  return out;
}

function stableItemId(name: string): string {
  return driveItemId(createHash('sha256').update(`treffpunkt-emulator:${name}`).digest());
}

/** The default document library every site has: Dokumente (URL Shared Documents), an empty root folder. */
export function defaultDrive(siteKey: string, created: string, systemUserId: string): DriveRecord {
  const listId = stableGuid(`library:${siteKey}`);
  const digest = createHash('sha256').update(`treffpunkt-emulator:drive:${siteKey}`).digest();
  const root: DriveItemRecord = {
    id: stableItemId(`drive-root:${siteKey}`),
    name: 'root',
    parentId: null,
    isFolder: true,
    guid: stableGuid(`drive-root-guid:${siteKey}`).toUpperCase(),
    version: 1,
    createdDateTime: created,
    lastModifiedDateTime: created,
    createdById: systemUserId,
    lastModifiedById: systemUserId,
  };
  return {
    id: `b!${Buffer.concat([digest, digest]).toString('base64url').slice(0, 64)}`,
    listId,
    name: 'Dokumente',
    urlName: 'Shared Documents',
    description: '',
    createdDateTime: created,
    items: [root],
  };
}

/** States saved before drives existed get each site's default library (empty). */
export function withDrives(state: EmulatorState): EmulatorState {
  for (const site of state.sites) {
    site.drive ??= defaultDrive(`${site.hostname}:${site.path}`, site.createdDateTime, 'system');
  }
  return state;
}
