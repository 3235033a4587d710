import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobStore } from '../blobs';
import { send } from '../http';
import type { Store } from '../store';
import type { DownloadLinks } from './downloadLinks';

export interface DownloadEnv {
  store: Store;
  blobs: BlobStore;
  downloads: DownloadLinks;
}

function refuse(res: ServerResponse, cors: Record<string, string>, status: number, description: string): void {
  const body = JSON.stringify({ error_description: description });
  send(res, status, { ...cors, 'Content-Type': 'application/json; charset=utf-8' }, body);
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266), the ASCII fallback without quotes or non-ASCII. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET …/_layouts/15/download.aspx?UniqueId=…&tempauth=…: the file's bytes without a bearer token, as
 * SharePoint serves a pre-authenticated download URL (401 when the tempauth is wrong or expired).
 * Not faulted and not journaled: it is SharePoint's file endpoint, not Graph.
 */
export function handleDownload(
  env: DownloadEnv,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): void {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return refuse(res, cors, 405, `${method} is not allowed here.`);
  const query = new URL(req.url ?? '/', 'http://emulator').searchParams;
  const grant = env.downloads.check(query.get('tempauth'));
  if (grant === undefined) return refuse(res, cors, 401, 'Invalid tempauth: the download URL is not valid.');
  if (grant === 'expired') return refuse(res, cors, 401, 'The download URL has expired; ask Graph for the item again.');
  const site = env.store.read().sites.find((s) => s.drive?.id === grant.driveId);
  const item = site?.drive?.items.find((i) => i.id === grant.itemId && !i.isFolder);
  const bytes = item?.sha256 ? env.blobs.get(item.sha256) : undefined;
  if (!item || !bytes) return refuse(res, cors, 404, 'The file does not exist any more.');
  const headers = {
    ...cors,
    'Access-Control-Expose-Headers': 'Content-Disposition, Content-Length, ETag',
    'Content-Type': item.mimeType ?? 'application/octet-stream',
    'Content-Disposition': disposition(item.name),
    ETag: `"{${item.guid}},${item.version}"`,
    'Cache-Control': 'private, max-age=0',
  };
  if (method === 'HEAD') return send(res, 200, { ...headers, 'Content-Length': String(bytes.length) });
  send(res, 200, headers, bytes);
}
