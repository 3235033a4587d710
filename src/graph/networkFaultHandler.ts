import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { isRetrySafe } from './retryPolicy';

export { RetrySafe } from './retryPolicy';

export interface NetworkFaultOptions {
  retries: number;
  timeoutMs: number;
  /** Seconds to wait before the n-th retry (1-based); injectable for tests. */
  backoffSeconds?: (attempt: number) => number;
}

/** Duck-typed: fetch's errors may come from another realm (a worker, a test VM), where instanceof fails. */
function isNetworkFault(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'TypeError' || name === 'AbortError' || name === 'TimeoutError';
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** Exponential, bounded: 1, 2, 4 … seconds, at most 8. */
const exponential = (attempt: number) => Math.min(8, 2 ** (attempt - 1));

/**
 * Timeouts and dropped connections, which the Graph client's RetryHandler does not cover (it only
 * sees HTTP statuses). Aborts a request after `timeoutMs` and retries it a bounded number of times,
 * but only where sending it twice cannot do harm (the same rule as the RetryHandler's: reads,
 * writes with If-Match, requests marked RetrySafe).
 */
export class NetworkFaultHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly options: NetworkFaultOptions) {}

  async execute(context: Context): Promise<void> {
    const backoff = this.options.backoffSeconds ?? exponential;
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
