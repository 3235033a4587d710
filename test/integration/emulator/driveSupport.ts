import { SEED, SEED_LIBRARY } from '../../../src/emulator/seed';
import type { Client, Reply } from './support';

export const SITE = `/sites/${SEED.siteId}`;
export const DRIVE = `${SITE}/drive`;
/** The library as a listRoles key (its title; `Shared Documents` or its list id work too). */
export const LIBRARY_KEY = SEED_LIBRARY.listRoleKey;
export const MEETINGS_KEY = `${SEED.siteHostname}:${SEED.sitePath}/Vernetzungstreffen`;

/** The path part of a drive address, each segment encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** PUT raw bytes (an upload), with a bearer token; the answer parsed as JSON when there is one. */
export async function put(
  client: Client,
  path: string,
  bytes: Uint8Array,
  init: { token?: string; type?: string } = {},
): Promise<Reply> {
  const token = init.token ?? (await client.token());
  const res = await fetch(`${client.emulator.graphUrl}${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': init.type ?? 'application/pdf' },
    body: Buffer.from(bytes),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Reply['body']) : {} };
}

/** GET without following redirects. */
export async function getRaw(client: Client, path: string, token?: string): Promise<Response> {
  return fetch(`${client.emulator.graphUrl}${path}`, {
    headers: { Authorization: `Bearer ${token ?? (await client.token())}` },
    redirect: 'manual',
  });
}

export const pdfBytes = (text: string): Uint8Array => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);
