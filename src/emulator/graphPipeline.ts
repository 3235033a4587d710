import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobStore } from './blobs';
import type { GraphRequest, GraphResponse, RouteContext } from './context';
import { asGraphError, errorBody, errors, type GraphError } from './errors';
import type { FaultDecision, FaultInjector } from './faults';
import { JSON_CONTENT_TYPE, parseJsonBody, plainHeaders, readRaw, readUpload, send } from './http';
import { newRequestId } from './ids';
import type { EmulatorCore } from './core';
import { parseQuery } from './odata';
import { capPage, uncap } from './paging';
import type { Router } from './router';
import type { DownloadLinks } from './drive/downloadLinks';
import { isContentUpload } from './drive/path';

export interface GraphEnv extends EmulatorCore {
  router: Router;
  /** waits the configured latency before a Graph answer (tests pass their own to observe it) */
  sleep: (ms: number) => Promise<void>;
  blobs: BlobStore;
  downloads: DownloadLinks;
  /** the simple upload's size limit in bytes */
  uploadLimitBytes: number;
}

/** A request body: parsed JSON, or an upload's raw bytes with their size. */
interface Body {
  raw: Buffer;
  upload?: { size: number };
}

interface Ids {
  requestId: string;
  clientRequestId: string;
}

function errorResponse(err: unknown, ids: Ids, now: Date): GraphResponse {
  const graphError: GraphError = asGraphError(err);
  return {
    status: graphError.status,
    headers: { ...graphError.headers },
    body: errorBody(graphError, { ...ids, now }),
  };
}

function faultError(decision: FaultDecision, faults: FaultInjector): GraphError | undefined {
  if (decision === '429') return errors.tooManyRequests(faults.retryAfterSeconds);
  if (decision === '503') return errors.serviceNotAvailable(faults.retryAfterSeconds);
  return undefined;
}

function withJsonType(response: GraphResponse): GraphResponse {
  if (response.body === undefined) return response;
  return { ...response, headers: { ...response.headers, 'Content-Type': JSON_CONTENT_TYPE } };
}

function isSuccess(response: GraphResponse): boolean {
  return response.status >= 200 && response.status <= 299;
}

function newIds(): Ids {
  const requestId = newRequestId();
  return { requestId, clientRequestId: requestId };
}

/** Runs one Graph request (top-level or inside $batch) through the route tables; never throws. */
function makeDispatch(env: GraphEnv, graphBase: string): (req: GraphRequest, ids?: Ids) => GraphResponse {
  /** Server-side paging on demand: the route answers its page, the cap cuts it smaller. */
  const route = (req: GraphRequest): GraphResponse => {
    const base: Omit<RouteContext, 'req' | 'params'> = {
      store: env.store,
      tenant: env.tenant.get(),
      now: env.now,
      graphBase,
      dispatch: inner,
      transactionIdWindowSeconds: env.faults.transactionIdWindowSeconds,
      blobs: env.blobs,
      downloads: env.downloads,
      uploadLimitBytes: env.uploadLimitBytes,
    };
    const { routed, served } = uncap(req);
    const response = env.router.handle(routed, base);
    return capPage(response, { req, routed, served, maxPageSize: env.faults.maxPageSize, graphBase });
  };
  const dispatch = (req: GraphRequest, ids?: Ids): GraphResponse => {
    const requestId = ids?.requestId ?? newRequestId();
    const own: Ids = ids ?? { requestId, clientRequestId: req.headers['client-request-id'] ?? requestId };
    try {
      return withJsonType(route(req));
    } catch (err) {
      return withJsonType(errorResponse(err, own, env.now()));
    }
  };
  /** Inner $batch requests: faults hit them one by one (429/503, no drops), as Graph throttles them; a lost answer is an inner 504. */
  const inner = (req: GraphRequest): GraphResponse => {
    const fault = faultError(env.faults.decide(false), env.faults);
    if (fault) return withJsonType(errorResponse(fault, newIds(), env.now()));
    const response = dispatch(req);
    if (!isSuccess(response) || !env.faults.takeLostAnswer(req.method, req.path)) return response;
    return withJsonType(errorResponse(errors.gatewayTimeout(), newIds(), env.now()));
  };
  return dispatch;
}

function splitUrl(url: string): { path: string; rawQuery: string } {
  const q = url.indexOf('?');
  const pathname = q < 0 ? url : url.slice(0, q);
  return { path: pathname.replace(/^\/v1\.0/i, '') || '/', rawQuery: q < 0 ? '' : url.slice(q + 1) };
}

function respond(
  env: GraphEnv,
  ids: Ids,
  req: IncomingMessage,
  headers: Record<string, string>,
  sent: Body,
  fault: FaultDecision,
) {
  let body: unknown;
  try {
    body = sent.upload ? undefined : parseJsonBody(sent.raw);
    const faulted = faultError(fault, env.faults);
    if (faulted) throw faulted;
    const caller = env.tokens.verify(headers.authorization, env.now(), 'graph');
    const { path, rawQuery } = splitUrl(req.url ?? '/');
    const graphBase = `http://${headers.host ?? 'localhost'}/v1.0`;
    const graphReq: GraphRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      query: parseQuery(rawQuery),
      rawQuery,
      headers,
      body,
      caller,
      ...(sent.upload ? { rawBody: sent.raw, bodySize: sent.upload.size } : {}),
    };
    return { body, response: makeDispatch(env, graphBase)(graphReq, ids) };
  } catch (err) {
    return { body, response: withJsonType(errorResponse(err, ids, env.now())) };
  }
}

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  cors: Record<string, string>;
  ids: Ids;
  headers: Record<string, string>;
  body: unknown;
  /** an upload's size: its bytes are never journaled, only counted */
  bodyBytes?: number;
}

/** Graph's response headers, the journal line, the answer. */
function answer(env: GraphEnv, exchange: Exchange, response: GraphResponse): void {
  const { req, res, cors, ids, headers, body, bodyBytes } = exchange;
  const outHeaders: Record<string, string> = {
    ...response.headers,
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    'Cache-Control': 'no-cache',
  };
  if (response.body !== undefined) outHeaders['OData-Version'] = '4.0';
  env.journal.append({
    time: env.now().toISOString(),
    method: (req.method ?? 'GET').toUpperCase(),
    url: req.url ?? '/',
    request: bodyBytes === undefined ? { headers, body } : { headers, bodyBytes },
    response: { status: response.status, headers: outHeaders, body: response.body },
  });
  const text = response.body === undefined ? undefined : JSON.stringify(response.body);
  send(res, response.status, { ...cors, ...outHeaders }, text);
}

/** One /v1.0 exchange: faults, auth, routing, lost answers, Graph headers, journal. */
export async function handleGraph(
  env: GraphEnv,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  const headers = plainHeaders(req);
  const requestId = newRequestId();
  const ids: Ids = { requestId, clientRequestId: headers['client-request-id'] ?? requestId };
  const method = (req.method ?? 'GET').toUpperCase();
  const sent = await readBody(env, req, method);
  const fault = env.faults.decide(true);
  await env.sleep(env.faults.latencyMs);
  if (fault === 'drop') return void req.socket.destroy();
  const { body, response } = respond(env, ids, req, headers, sent, fault);
  const lost = isSuccess(response) ? env.faults.takeLostAnswer(method, splitUrl(req.url ?? '/').path) : undefined;
  /** The service acted; its answer never arrives (not journaled), or arrives as the gateway's 504. */
  if (lost === 'drop') return void req.socket.destroy();
  const answered = lost === '504' ? withJsonType(errorResponse(errors.gatewayTimeout(), ids, env.now())) : response;
  const bodyBytes = sent.upload?.size;
  answer(env, { req, res, cors, ids, headers, body, bodyBytes }, answered);
}

/** JSON bodies up to 4 MB; an upload's bytes up to the simple-upload limit (counted beyond it). */
async function readBody(env: GraphEnv, req: IncomingMessage, method: string): Promise<Body> {
  if (!isContentUpload(method, splitUrl(req.url ?? '/').path)) return { raw: await readRaw(req) };
  const { raw, size } = await readUpload(req, env.uploadLimitBytes);
  return { raw, upload: { size } };
}
