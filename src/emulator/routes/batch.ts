import { ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { type BatchStep, parseBatch } from '../batchRules';
import { asGraphError, errorBody, errors } from '../errors';
import { newRequestId } from '../ids';
import { parseQuery } from '../odata';

interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function failedDependency(ctx: RouteContext, step: BatchStep, dependency: string): GraphResponse {
  const err = errors.failedDependency(dependency);
  const requestId = newRequestId();
  return {
    status: err.status,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody(err, {
      requestId,
      clientRequestId: step.headers['client-request-id'] ?? requestId,
      now: ctx.now(),
    }),
  };
}

function runStep(ctx: RouteContext, step: BatchStep): GraphResponse {
  const q = step.url.indexOf('?');
  try {
    return ctx.dispatch({
      method: step.method,
      path: q < 0 ? step.url : step.url.slice(0, q),
      query: parseQuery(q < 0 ? '' : step.url.slice(q + 1)),
      rawQuery: q < 0 ? '' : step.url.slice(q + 1),
      headers: step.headers,
      body: step.body,
      caller: ctx.req.caller,
    });
  } catch (err) {
    const graphError = asGraphError(err);
    const requestId = newRequestId();
    return {
      status: graphError.status,
      headers: { 'Content-Type': 'application/json', ...graphError.headers },
      body: errorBody(graphError, { requestId, clientRequestId: requestId, now: ctx.now() }),
    };
  }
}

/** POST /$batch: JSON batching, each inner request through the same route tables (and faults). */
function handleBatch(ctx: RouteContext): GraphResponse {
  const steps = parseBatch(ctx.req.body);
  const results = new Map<string, InnerResponse>();
  for (const step of steps) {
    const failed = step.dependsOn.find((d) => {
      const status = results.get(d.toLowerCase())?.status ?? 0;
      return status < 200 || status > 299;
    });
    const response = failed ? failedDependency(ctx, step, failed) : runStep(ctx, step);
    const inner: InnerResponse = { id: step.id, status: response.status, headers: response.headers };
    if (response.body !== undefined) inner.body = response.body;
    results.set(step.id.toLowerCase(), inner);
  }
  const inOrder = (ctx.req.body as { requests: { id: string }[] }).requests.map((r) => results.get(r.id.toLowerCase()));
  return ok({ responses: inOrder });
}

export const batchRoutes: Route[] = [
  { method: 'POST', pattern: '/$batch', scopes: [], workload: 'graph', handle: handleBatch },
];
