import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/** Marks a POST as safe to send again after a dropped connection (e.g. an event with transactionId). */
export class RetrySafe implements MiddlewareOptions {
  readonly retrySafe = true;
}

export interface NetworkFaultOptions {
  retries: number;
  timeoutMs: number;
  /** Seconds to wait before the n-th retry (1-based); injectable for tests. */
  backoffSeconds?: (attempt: number) => number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

function methodOf(context: Context): string {
  const fromRequest = typeof context.request === 'string' ? undefined : context.request.method;
  return (context.options?.method ?? fromRequest ?? 'GET').toUpperCase();
}

function hasIfMatch(context: Context): boolean {
  const headers = context.options?.headers;
  if (!headers) return false;
  if (headers instanceof Headers) return headers.has('If-Match');
  return Object.keys(headers).some((name) => name.toLowerCase() === 'if-match');
}

function isRetrySafe(context: Context): boolean {
  const method = methodOf(context);
  if (IDEMPOTENT.has(method)) return true;
  if (method === 'PATCH') return hasIfMatch(context);
  return context.middlewareControl?.getMiddlewareOptions(RetrySafe) instanceof RetrySafe;
}

/** Duck-typed: fetch's errors may come from another realm (a worker, a test VM), where instanceof fails. */
function isNetworkFault(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'TypeError' || name === 'AbortError' || name === 'TimeoutError';
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Timeouts and dropped connections, which the Graph client's RetryHandler does not cover (it only
 * sees HTTP statuses). Aborts a request after `timeoutMs` and retries it a bounded number of times,
 * but only where sending it twice cannot do harm.
 */
export class NetworkFaultHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly options: NetworkFaultOptions) {}

  async execute(context: Context): Promise<void> {
    const backoff = this.options.backoffSeconds ?? ((attempt: number) => attempt);
    for (let attempt = 0; ; attempt++) {
      context.options = { ...context.options, signal: AbortSignal.timeout(this.options.timeoutMs) };
      try {
        await this.next?.execute(context);
        return;
      } catch (error) {
        if (!isNetworkFault(error) || attempt >= this.options.retries || !isRetrySafe(context)) throw error;
        await sleep(backoff(attempt + 1));
      }
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
