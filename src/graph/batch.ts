import type { Client } from '@microsoft/microsoft-graph-client';
import type { Feature } from '../auth/scopes';
import { AppError } from '../domain/appError';
import { scopesFor } from './graphClient';
import { type Access, codeForStatus, graphCall, retryAfterSeconds, withAccess } from './graphErrors';
import { nextLinkPath, type Page } from './paging';
import { RetrySafe } from './retryPolicy';

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
  /** Whose scopes the batch's token carries: every inner request is authorised with it. */
  feature: Feature | readonly Feature[];
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

function waitSeconds(responses: BatchResponse[], round: number, max: number): number {
  const values = responses.map((r) => retryAfterSeconds(r.headers?.['Retry-After'] ?? r.headers?.['retry-after']));
  const known = values.filter((v): v is number => v !== undefined);
  // Without a Retry-After: exponential, bounded.
  return Math.min(max, known.length > 0 ? Math.max(...known) : 2 ** round);
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

const isRead = (request: BatchRequest) => request.method === 'GET';

/**
 * POST /$batch (at most 20 requests). A batch of reads is marked RetrySafe, so the Graph client
 * repeats it on 429/503/504; inner reads that were throttled are sent again here after their
 * Retry-After, a bounded number of times. Inner writes are never sent twice.
 */
export async function sendBatch(client: Client, requests: BatchRequest[], options: BatchOptions) {
  if (requests.length > MAX_REQUESTS) throw new AppError('unexpected', `Ein $batch fasst höchstens ${MAX_REQUESTS}.`);
  const results = new Map<string, BatchResponse>();
  let pending = requests;
  for (let round = 0; pending.length > 0; round++) {
    const body = { requests: pending.map(toWire) };
    const marks = pending.every(isRead) ? [scopesFor(options.feature), new RetrySafe()] : [scopesFor(options.feature)];
    const answer = (await graphCall(() => client.api('/$batch').middlewareOptions(marks).post(body))) as {
      responses: BatchResponse[];
    };
    for (const response of answer.responses) results.set(response.id, response);
    const again = new Set(answer.responses.filter((r) => THROTTLED.has(r.status)).map((r) => r.id));
    const retry = pending.filter((r) => isRead(r) && (again.has(r.id) || r.dependsOn?.some((d) => again.has(d))));
    if (retry.length === 0 || round + 1 >= (options.maxRounds ?? 5)) break;
    await sleep(
      waitSeconds(
        answer.responses.filter((r) => again.has(r.id)),
        round,
        options.maxDelaySeconds ?? 30,
      ),
    );
    pending = retry;
  }
  return results;
}

/** The body of a successful inner response, or an AppError shaped like the gateway's others. */
export function batchBody<T>(results: Map<string, BatchResponse>, id: string, access?: Access): T {
  const response = results.get(id);
  if (!response) throw new AppError('unexpected', `Keine Antwort für ${id} im $batch.`);
  if (response.status >= 200 && response.status < 300) return response.body as T;
  const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const status = response.status;
  const code = codeForStatus(status, error?.code ?? '');
  return thrown(new AppError(code, error?.message ?? `Status ${status}`, { status, serviceCode: error?.code }), access);
}

function thrown(error: AppError, access: Access | undefined): never {
  throw withAccess(error, access);
}

/**
 * Reads in one $batch, each collection to its end: an inner answer with `@odata.nextLink` is
 * followed in further batches (all lists' next pages together), so opening stays one round trip
 * when nothing is paged. Failed inner answers are handed back as they came. `firstAnswers` gets the
 * first batch's answers before any further page is asked for (the same map: later pages join it).
 */
export async function readAllInBatches(
  client: Client,
  requests: BatchRequest[],
  options: BatchOptions,
  firstAnswers?: (results: Map<string, BatchResponse>) => void,
) {
  const results = await sendBatch(client, requests, options);
  firstAnswers?.(results);
  let links = nextLinksOf(results);
  while (links.length > 0) {
    const next: BatchRequest[] = links.slice(0, MAX_REQUESTS).map(([id, link]) => ({
      id,
      method: 'GET',
      url: nextLinkPath(link),
    }));
    const pages = await sendBatch(client, next, options);
    for (const [id, response] of pages) mergePage(results, id, response);
    links = [...links.slice(MAX_REQUESTS), ...nextLinksOf(pages)];
  }
  return results;
}

function nextLinksOf(results: Map<string, BatchResponse>): [string, string][] {
  const out: [string, string][] = [];
  for (const [id, response] of results) {
    const link = (response.body as Page<unknown> | undefined)?.['@odata.nextLink'];
    if (response.status === 200 && link) out.push([id, link]);
  }
  return out;
}

/** Appends a further page to the first answer; a failed further page replaces it (nothing half read). */
function mergePage(results: Map<string, BatchResponse>, id: string, page: BatchResponse): void {
  const first = results.get(id);
  if (!first || page.status !== 200) {
    results.set(id, page);
    return;
  }
  const before = first.body as Page<unknown>;
  const after = page.body as Page<unknown>;
  const merged: Page<unknown> = { ...before, value: [...before.value, ...after.value] };
  delete merged['@odata.nextLink'];
  if (after['@odata.nextLink']) merged['@odata.nextLink'] = after['@odata.nextLink'];
  results.set(id, { ...first, body: merged });
}
