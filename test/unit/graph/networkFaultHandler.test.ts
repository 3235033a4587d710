import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { MiddlewareControl } from '@microsoft/microsoft-graph-client/lib/src/middleware/MiddlewareControl';
import { NetworkFaultHandler, RetrySafe } from '../../../src/graph/networkFaultHandler';

function failingNext(failures: number, error: Error = new TypeError('fetch failed')) {
  let calls = 0;
  const next: Middleware = {
    execute: async (context) => {
      calls += 1;
      if (calls <= failures) throw error;
      context.response = new Response('{}', { status: 200 });
    },
  };
  return { next, calls: () => calls };
}

function context(method: string, options: Partial<Context> = {}): Context {
  return { request: 'https://graph.microsoft.com/v1.0/me', options: { method }, ...options };
}

function handlerWith(next: Middleware) {
  const handler = new NetworkFaultHandler({ retries: 2, timeoutMs: 1000, backoffSeconds: () => 0 });
  handler.setNext(next);
  return handler;
}

describe('NetworkFaultHandler', () => {
  it('retries a GET after a dropped connection, then succeeds', async () => {
    const { next, calls } = failingNext(2);
    const ctx = context('GET');
    await handlerWith(next).execute(ctx);
    expect(calls()).toBe(3);
    expect(ctx.response?.status).toBe(200);
  });

  it('gives up after the bounded number of retries', async () => {
    const { next, calls } = failingNext(5);
    await expect(handlerWith(next).execute(context('GET'))).rejects.toThrow('fetch failed');
    expect(calls()).toBe(3);
  });

  it('never sends a plain POST twice', async () => {
    const { next, calls } = failingNext(1);
    await expect(handlerWith(next).execute(context('POST'))).rejects.toThrow();
    expect(calls()).toBe(1);
  });

  it('retries a POST marked retry-safe and a PATCH with If-Match', async () => {
    const post = failingNext(1);
    const control = new MiddlewareControl([new RetrySafe()]);
    await handlerWith(post.next).execute(context('POST', { middlewareControl: control }));
    expect(post.calls()).toBe(2);
    const patch = failingNext(1);
    await handlerWith(patch.next).execute(
      context('PATCH', { options: { method: 'PATCH', headers: { 'If-Match': '"1"' } } }),
    );
    expect(patch.calls()).toBe(2);
  });

  it('does not retry HTTP-level failures it does not own', async () => {
    const { next, calls } = failingNext(1, new Error('something else'));
    await expect(handlerWith(next).execute(context('GET'))).rejects.toThrow('something else');
    expect(calls()).toBe(1);
  });
});
