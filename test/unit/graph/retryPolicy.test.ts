import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { MiddlewareControl } from '@microsoft/microsoft-graph-client/lib/src/middleware/MiddlewareControl';
import { PolicyRetryOptions, RetrySafe, SafeRetryHandler, safeByShape } from '../../../src/graph/retryPolicy';

const policy = { maxRetries: 3, delaySeconds: 0, maxDelaySeconds: 0, networkRetries: 0, timeoutMs: 1000 };

/** Answers `statuses` in turn (the last one repeats), counting the sends. */
function answering(...statuses: number[]) {
  let calls = 0;
  const next: Middleware = {
    execute: async (context) => {
      const status = statuses[Math.min(calls, statuses.length - 1)] ?? 200;
      calls += 1;
      context.response = new Response(status === 200 ? '{}' : null, { status });
    },
  };
  return { next, calls: () => calls };
}

function context(method: string, headers: Record<string, string> = {}, marks: RetrySafe[] = []): Context {
  return {
    request: 'https://graph.microsoft.com/v1.0/me/sendMail',
    options: { method, headers },
    middlewareControl: new MiddlewareControl(marks),
  };
}

async function run(ctx: Context, ...statuses: number[]) {
  const answers = answering(...statuses);
  const handler = new SafeRetryHandler(policy);
  handler.setNext(answers.next);
  await handler.execute(ctx);
  return { calls: answers.calls(), status: ctx.response?.status };
}

describe('SafeRetryHandler (the Graph client’s RetryHandler with shouldRetry)', () => {
  it('repeats a GET answered 429 or 503 until it succeeds', async () => {
    expect(await run(context('GET'), 429, 503, 200)).toEqual({ calls: 3, status: 200 });
  });

  it('never repeats a plain POST: 429 and 504 reach the caller as they came', async () => {
    expect(await run(context('POST'), 429, 200)).toEqual({ calls: 1, status: 429 });
    expect(await run(context('POST'), 504, 200)).toEqual({ calls: 1, status: 504 });
  });

  it('repeats a POST marked RetrySafe (the event create with its transactionId)', async () => {
    expect(await run(context('POST', {}, [new RetrySafe()]), 429, 200)).toEqual({ calls: 2, status: 200 });
  });

  it('repeats PATCH and DELETE only with If-Match', async () => {
    expect(await run(context('PATCH', { 'If-Match': '"1"' }), 503, 200)).toEqual({ calls: 2, status: 200 });
    expect(await run(context('PATCH'), 503, 200)).toEqual({ calls: 1, status: 503 });
    expect(await run(context('DELETE'), 503, 200)).toEqual({ calls: 1, status: 503 });
  });

  it('stops after the bounded number of retries', async () => {
    expect(await run(context('GET'), 429)).toEqual({ calls: 4, status: 429 });
  });
});

describe('safeByShape', () => {
  it('reads Headers objects and plain header records alike', () => {
    expect(safeByShape('u', { method: 'PATCH', headers: new Headers({ 'if-match': '*' }) })).toBe(true);
    expect(safeByShape('u', { method: 'PATCH', headers: { 'IF-MATCH': '"2"' } })).toBe(true);
    expect(safeByShape('u', { method: 'POST', headers: { 'If-Match': '"2"' } })).toBe(false);
    expect(safeByShape('u', undefined)).toBe(true);
  });
});

describe('PolicyRetryOptions', () => {
  it('keeps its bound on a single wait when copied as the RetryHandler copies it', () => {
    const options = new PolicyRetryOptions({ ...policy, maxDelaySeconds: 9 }, () => true);
    const copied = Object.assign(Object.create(Object.getPrototypeOf({})) as object, options) as PolicyRetryOptions;
    expect(copied.getMaxDelay()).toBe(9);
  });
});
