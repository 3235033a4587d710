import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from './errors';

export const JSON_CONTENT_TYPE =
  'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const ALLOW_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-Match',
  'If-None-Match',
  'Prefer',
  'client-request-id',
  'SdkVersion',
  'ConsistencyLevel',
  'return-client-request-id',
].join(', ');
const EXPOSE_HEADERS = [
  'request-id',
  'client-request-id',
  'ETag',
  'Retry-After',
  'Location',
  'Preference-Applied',
].join(', ');

/** CORS for every answer: the add-in's page runs on another origin (https://localhost:3000). */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ALLOW_HEADERS,
    'Access-Control-Expose-Headers': EXPOSE_HEADERS,
    'Access-Control-Max-Age': '600',
  };
  if (origin) headers.Vary = 'Origin';
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
