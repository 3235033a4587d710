import type { Client } from '@microsoft/microsoft-graph-client';
import type { Feature } from '../auth/scopes';
import { AppError } from '../domain/appError';
import { scopesFor } from './graphClient';
import { codeForStatus, graphCall } from './graphErrors';

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version, e.g. `/me` (JSON batching wants no `/v1.0` prefix). */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const MAX_REQUESTS = 20;
const THROTTLED = new Set([429, 503, 504]);

export interface BatchOptions {
  feature: Feature;
  /** Rounds of re-sending throttled inner requests. */
  maxRounds?: number;
  /** Longest single wait in seconds. */
  maxDelaySeconds?: number;
}

function toWire(request: BatchRequest) {
  const headers =
    request.body !== undefined ? { 'Content-Type': 'application/json', ...request.headers } : request.headers;
  return { ...request, ...(headers ? { headers } : {}) };
}

function retryAfterSeconds(responses: BatchResponse[], max: number): number {
  const values = responses.map((r) => Number(r.headers?.['Retry-After'] ?? r.headers?.['retry-after'] ?? 1));
  return Math.min(max, Math.max(0, ...values.filter(Number.isFinite)));
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * POST /$batch (at most 20 requests). The Graph client retries the batch itself on 429/503; inner
 * requests that were throttled are sent again here after their Retry-After, a bounded number of times.
 * Only send requests in one batch that are safe to repeat.
 */
export async function sendBatch(client: Client, requests: BatchRequest[], options: BatchOptions) {
  if (requests.length > MAX_REQUESTS) throw new AppError('unexpected', `Ein $batch fasst höchstens ${MAX_REQUESTS}.`);
  const results = new Map<string, BatchResponse>();
  let pending = requests;
  for (let round = 0; pending.length > 0; round++) {
    const body = { requests: pending.map(toWire) };
    const answer = (await graphCall(() =>
      client
        .api('/$batch')
        .middlewareOptions([scopesFor(options.feature)])
        .post(body),
    )) as { responses: BatchResponse[] };
    for (const response of answer.responses) results.set(response.id, response);
    const throttled = answer.responses.filter((r) => THROTTLED.has(r.status));
    if (throttled.length === 0 || round + 1 >= (options.maxRounds ?? 5)) break;
    await sleep(retryAfterSeconds(throttled, options.maxDelaySeconds ?? 30));
    const again = new Set(throttled.map((r) => r.id));
    pending = pending.filter((r) => again.has(r.id) || r.dependsOn?.some((d) => again.has(d)));
  }
  return results;
}

/** The body of a successful inner response, or an AppError shaped like the gateway's others. */
export function batchBody<T>(results: Map<string, BatchResponse>, id: string): T {
  const response = results.get(id);
  if (!response) throw new AppError('unexpected', `Keine Antwort für ${id} im $batch.`);
  if (response.status >= 200 && response.status < 300) return response.body as T;
  const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const status = response.status;
  const code = codeForStatus(status, error?.code ?? '');
  throw new AppError(code, error?.message ?? `Status ${status}`, { status, serviceCode: error?.code });
}
