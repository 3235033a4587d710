import { createHash, randomUUID } from 'node:crypto';

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
