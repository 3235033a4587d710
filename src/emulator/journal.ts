import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** One /v1.0 exchange as the conformance kit reads it (`graph-conformance/cli.js journal`). */
export interface JournalEntry {
  time: string;
  method: string;
  url: string;
  /** `bodyBytes` instead of `body` for an upload: file bytes are never written here */
  request: { headers: Record<string, string>; body?: unknown; bodyBytes?: number };
  response: { status: number; headers: Record<string, string>; body?: unknown };
}

/** Headers that carry credentials: never written anywhere. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.has(name.toLowerCase())) out[name] = value;
  }
  return out;
}

/** Also strips credentials from the inner requests of a $batch body. */
export function redactBody(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('requests' in body)) return body;
  const requests = (body as { requests: unknown }).requests;
  if (!Array.isArray(requests)) return body;
  return {
    ...body,
    requests: requests.map((r: unknown) => {
      if (typeof r !== 'object' || r === null || !('headers' in r)) return r;
      const headers = (r as { headers: unknown }).headers;
      if (typeof headers !== 'object' || headers === null) return r;
      return { ...r, headers: redactHeaders(headers as Record<string, string>) };
    }),
  };
}

/** An attachment's base64 bytes (`contentBytes`, also in a list's `value`) become their count. */
export function withoutContentBytes(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const record = body as Record<string, unknown>;
  const out: Record<string, unknown> = { ...record };
  if (typeof record.contentBytes === 'string') out.contentBytes = `(${record.contentBytes.length} base64 characters)`;
  if (Array.isArray(record.value)) out.value = record.value.map(withoutContentBytes);
  return out;
}

/** Appends JSON lines to `<dataDir>/journal.jsonl`, synchronously, so lines keep the order of answers. */
export class Journal {
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  append(entry: JournalEntry): void {
    const safe: JournalEntry = {
      ...entry,
      request: {
        ...entry.request,
        headers: redactHeaders(entry.request.headers),
        body: withoutContentBytes(redactBody(entry.request.body)),
      },
      response: {
        ...entry.response,
        headers: redactHeaders(entry.response.headers),
        body: withoutContentBytes(entry.response.body),
      },
    };
    if (safe.request.body === undefined) delete safe.request.body;
    if (safe.response.body === undefined) delete safe.response.body;
    appendFileSync(this.path, `${JSON.stringify(safe)}\n`);
  }
}
