import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from './errors';

export const JSON_CONTENT_TYPE =
  'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Request headers a cross-origin page may send, as Graph's preflight allows them: the ones Microsoft's
 * JS SDK adds (Authorization, client-request-id, SdkVersion carrying featureUsage, Retry-Attempt on
 * every retry) and the ones Graph's documentation asks callers to set. Anything else fails the preflight.
 */
export const ALLOWED_REQUEST_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'If-Match',
  'If-None-Match',
  'Prefer',
  'ConsistencyLevel',
  'client-request-id',
  'return-client-request-id',
  'SdkVersion',
  'Retry-Attempt',
] as const;

/**
 * Response headers the page may read, as Graph exposes them. Retry-After is deliberately missing
 * (microsoft-graph-docs-contrib#2011; later captures list it, so the stricter answer is modelled):
 * the browser cannot read it, a client must back off on its own.
 */
export const EXPOSED_RESPONSE_HEADERS = [
  'ETag',
  'Location',
  'Preference-Applied',
  'Content-Range',
  'request-id',
  'client-request-id',
  'ReadWriteConsistencyToken',
  'SdkVersion',
  'WWW-Authenticate',
  'x-ms-client-gcc-tenant',
] as const;

/** CORS as Graph answers it (Access-Control-Allow-Origin: *): the add-in's page runs on another origin. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
  if (req.method !== 'OPTIONS') {
    headers['Access-Control-Expose-Headers'] = EXPOSED_RESPONSE_HEADERS.join(', ');
    return headers;
  }
  headers['Access-Control-Allow-Methods'] = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';
  headers['Access-Control-Allow-Headers'] = ALLOWED_REQUEST_HEADERS.join(', ');
  headers['Access-Control-Max-Age'] = '600';
  if (req.headers['access-control-request-private-network'] === 'true')
    headers['Access-Control-Allow-Private-Network'] = 'true';
  return headers;
}

/** Request headers as a plain object with lower-case names (arrays joined). */
export function plainHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export function readRaw(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * An upload's bytes (PUT …/content), kept up to `limit`; beyond it only counted. A declared
 * Content-Length over the limit is refused unread (the answer closes the connection).
 */
export function readUpload(req: IncomingMessage, limit: number): Promise<{ raw: Buffer; size: number }> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ raw: Buffer.alloc(0), size: declared });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ raw: size <= limit ? Buffer.concat(chunks) : Buffer.alloc(0), size }));
    req.on('error', reject);
  });
}

/** The request body as JSON (undefined when empty); malformed JSON is Graph's 400. */
export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length > MAX_BODY_BYTES) throw errors.badRequest(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  const text = raw.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw errors.invalidJson();
  }
}

export function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Buffer,
): void {
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(status, headers);
  res.end(body);
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
