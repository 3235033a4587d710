import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A GUID derived from a name, so seeded objects keep their ids across resets. */
export function stableGuid(name: string): string {
  const hex = createHash('sha1').update(`treffpunkt-emulator:${name}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function newGuid(): string {
  return randomUUID();
}

/** Graph's request ids are GUIDs too. */
export const newRequestId = newGuid;

/** An Exchange-style item id (base64url, URL-safe like Graph's REST ids). */
export function newItemId(): string {
  return `AAMkAG${randomBytes(33).toString('base64url')}AAA=`;
}

/** A changeKey as Exchange sends it (22 bytes, base64). */
export function newChangeKey(): string {
  return randomBytes(22).toString('base64');
}

/** Outlook's iCalUId: the fixed class id, a FILETIME, and a GUID, in hex. */
export function newICalUId(now: Date): string {
  const filetime = (BigInt(now.getTime()) + 11644473600000n) * 10000n;
  const buf = Buffer.alloc(8);
  buf.writeBigUInt64LE(filetime);
  const guid = randomUUID().replace(/-/g, '');
  return `040000008200E00074C5B7101A82E00800000000${buf.toString('hex')}000000000000000010000000${guid}`.toUpperCase();
}
