import {
  type Context,
  type FetchOptions,
  type MiddlewareOptions,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';

/**
 * Marks a write as safe to send again (the event create with its transactionId, a $batch of reads):
 * both the RetryHandler (429/503/504) and the NetworkFaultHandler (dropped connections) may repeat it.
 */
export class RetrySafe implements MiddlewareOptions {
  readonly retrySafe = true;
}

export interface RetryPolicy {
  /** Retries of one safe request after 429/503/504 (the Graph client honours a readable Retry-After). */
  maxRetries: number;
  /** Base delay in seconds when Retry-After cannot be read (absent, or hidden from the browser by CORS). */
  delaySeconds: number;
  /** No single wait longer than this. */
  maxDelaySeconds: number;
  /** Retries after a dropped connection or a timeout. */
  networkRetries: number;
  /** A request that takes longer than this is aborted (and retried as above, where safe). */
  timeoutMs: number;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CONDITIONAL = new Set(['PATCH', 'PUT', 'DELETE']);

function methodOf(request: RequestInfo, options: FetchOptions | undefined): string {
  const fromRequest = typeof request === 'string' ? undefined : request.method;
  return (options?.method ?? fromRequest ?? 'GET').toUpperCase();
}

function hasIfMatch(request: RequestInfo, options: FetchOptions | undefined): boolean {
  const headers = options?.headers;
  if (headers instanceof Headers) return headers.has('If-Match');
  if (Array.isArray(headers)) return headers.some(([name]) => name.toLowerCase() === 'if-match');
  if (headers) return Object.keys(headers).some((name) => name.toLowerCase() === 'if-match');
  return typeof request !== 'string' && request.headers.has('If-Match');
}

/** Safe to send twice by its shape alone: reads, and writes conditional on an eTag (If-Match). */
export function safeByShape(request: RequestInfo, options: FetchOptions | undefined): boolean {
  const method = methodOf(request, options);
  return READS.has(method) || (CONDITIONAL.has(method) && hasIfMatch(request, options));
}

export function markedRetrySafe(context: Context): boolean {
  return context.middlewareControl?.getMiddlewareOptions(RetrySafe) instanceof RetrySafe;
}

/** Reads, PATCH/PUT/DELETE with If-Match, and requests marked RetrySafe; never a plain POST. */
export function isRetrySafe(context: Context): boolean {
  return safeByShape(context.request, context.options) || markedRetrySafe(context);
}

/**
 * The SDK's retry options with our bounds. `getMaxDelay` is an own property: when a request brings
 * no options of its own, the RetryHandler copies these with Object.assign, which drops prototype
 * methods. Without a readable Retry-After the SDK backs off exponentially from `delaySeconds`.
 */
export class PolicyRetryOptions extends RetryHandlerOptions {
  constructor(policy: RetryPolicy, shouldRetry: RetryHandlerOptions['shouldRetry']) {
    super(policy.delaySeconds, policy.maxRetries, shouldRetry);
    const max = policy.maxDelaySeconds;
    this.getMaxDelay = () => max;
  }
}

/**
 * The Graph client's RetryHandler (429/503/504, Retry-After, Retry-Attempt header), deciding through
 * its `shouldRetry` callback: only what is safe to send twice is repeated; anything else surfaces as
 * `throttled` (with the Retry-After seconds where readable) for the caller to decide.
 */
export class SafeRetryHandler extends RetryHandler {
  private readonly markedOptions: PolicyRetryOptions;

  constructor(policy: RetryPolicy) {
    super(new PolicyRetryOptions(policy, (_delay, _attempt, request, options) => safeByShape(request, options)));
    this.markedOptions = new PolicyRetryOptions(policy, () => true);
  }

  override async execute(context: Context): Promise<void> {
    if (markedRetrySafe(context))
      context.middlewareControl?.setMiddlewareOptions(PolicyRetryOptions, this.markedOptions);
    return super.execute(context);
  }
}
