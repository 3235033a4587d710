import { errors } from './errors';

export interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

export const MAX_BATCH_REQUESTS = 20;
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const STEP_KEYS = ['id', 'method', 'url', 'headers', 'body', 'dependsOn'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readHeaders(raw: unknown, id: string): Record<string, string> {
  if (raw === undefined) return {};
  if (!isObject(raw)) throw errors.badRequest(`Request '${id}': 'headers' must be an object of strings.`);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') throw errors.badRequest(`Request '${id}': header '${name}' must be a string.`);
    out[name.toLowerCase()] = value;
  }
  return out;
}

function readUrl(raw: unknown, id: string): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw errors.badRequest(`Request '${id}': 'url' is required.`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
    throw errors.badRequest(`Request '${id}': the url must be relative (e.g. "/me"), not absolute.`);
  if (/^\/?(v1\.0|beta)(\/|$)/i.test(raw))
    throw errors.badRequest(`Request '${id}': the url must not include the version segment.`);
  const url = raw.startsWith('/') ? raw : `/${raw}`;
  if (/^\/\$batch(\?|$)/i.test(url)) throw errors.badRequest(`Request '${id}': a batch cannot contain a batch.`);
  return url;
}

function readDependsOn(raw: unknown, id: string): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.some((d) => typeof d !== 'string')) {
    throw errors.badRequest(`Request '${id}': 'dependsOn' must be an array of request ids.`);
  }
  return raw as string[];
}

function readStep(raw: unknown, index: number): BatchStep {
  if (!isObject(raw)) throw errors.badRequest(`Batch request at index ${index} is not an object.`);
  const unknown = Object.keys(raw).find((key) => !STEP_KEYS.includes(key));
  if (unknown) throw errors.badRequest(`Batch request at index ${index} has the unknown property '${unknown}'.`);
  const id = raw.id;
  if (typeof id !== 'string' || id === '')
    throw errors.badRequest(`Batch request at index ${index} needs a string 'id'.`);
  const method = typeof raw.method === 'string' ? raw.method.toUpperCase() : '';
  if (!METHODS.includes(method))
    throw errors.badRequest(`Request '${id}': 'method' must be one of ${METHODS.join(', ')}.`);
  const headers = readHeaders(raw.headers, id);
  if (raw.body !== undefined && !headers['content-type']) {
    throw errors.badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
  }
  const step: BatchStep = {
    id,
    method,
    url: readUrl(raw.url, id),
    headers,
    dependsOn: readDependsOn(raw.dependsOn, id),
  };
  if (raw.body !== undefined) step.body = raw.body;
  return step;
}

/** Checks the JSON batch envelope as Graph does; any violation fails the whole batch with 400. */
export function parseBatch(body: unknown): BatchStep[] {
  if (!isObject(body) || !Array.isArray(body.requests))
    throw errors.badRequest('Invalid batch payload format: expected {"requests": [...]}.');
  const extra = Object.keys(body).find((key) => key !== 'requests');
  if (extra) throw errors.badRequest(`The batch payload has the unknown property '${extra}'.`);
  if (body.requests.length === 0) throw errors.badRequest('The batch contains no requests.');
  if (body.requests.length > MAX_BATCH_REQUESTS) {
    throw errors.badRequest(`The batch contains ${body.requests.length} requests; the limit is ${MAX_BATCH_REQUESTS}.`);
  }
  const steps = body.requests.map(readStep);
  const ids = new Set<string>();
  for (const step of steps) {
    const key = step.id.toLowerCase();
    if (ids.has(key)) throw errors.badRequest(`Batch request id '${step.id}' is used more than once.`);
    ids.add(key);
  }
  for (const step of steps) {
    const missing = step.dependsOn.find((d) => !ids.has(d.toLowerCase()));
    if (missing) throw errors.badRequest(`Request '${step.id}' depends on the unknown request id '${missing}'.`);
  }
  return executionOrder(steps);
}

/** Array order where possible, each step after the steps it depends on; a cycle is a 400. */
export function executionOrder(steps: BatchStep[]): BatchStep[] {
  const done = new Set<string>();
  const order: BatchStep[] = [];
  while (order.length < steps.length) {
    const next = steps.find(
      (s) => !done.has(s.id.toLowerCase()) && s.dependsOn.every((d) => done.has(d.toLowerCase())),
    );
    if (!next) throw errors.badRequest('The dependsOn references of the batch form a cycle.');
    done.add(next.id.toLowerCase());
    order.push(next);
  }
  return order;
}
