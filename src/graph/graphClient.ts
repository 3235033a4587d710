import {
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/tokenProvider';
import { scopes as featureScopes, type Feature } from '../auth/scopes';
import { OriginAuthHandler } from './authHandler';
import { NetworkFaultHandler } from './networkFaultHandler';

export interface RetryPolicy {
  /** Retries of one request after 429/503/504 (the Graph client honours Retry-After). */
  maxRetries: number;
  /** Base delay in seconds when the service gives no Retry-After. */
  delaySeconds: number;
  /** No single wait longer than this. */
  maxDelaySeconds: number;
  /** Retries after a dropped connection or a timeout. */
  networkRetries: number;
  /** A request that takes longer than this is aborted (and retried as above). */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 5,
  delaySeconds: 2,
  maxDelaySeconds: 30,
  networkRetries: 2,
  timeoutMs: 30_000,
};

export interface GraphClientOptions {
  tokenProvider: TokenProvider;
  /** e.g. https://graph.microsoft.com/v1.0 or http://127.0.0.1:4000/v1.0 */
  baseUrl: string;
  retry?: Partial<RetryPolicy>;
}

/** Per-request scopes: the gateway modules name their feature, the token provider gets its scopes. */
export function scopesFor(feature: Feature): AuthenticationHandlerOptions {
  return new AuthenticationHandlerOptions(undefined, { scopes: [...featureScopes[feature]] });
}

/** The Graph client's retry options, with our own bound on a single wait. */
class BoundedRetryOptions extends RetryHandlerOptions {
  constructor(private readonly policy: RetryPolicy) {
    super(policy.delaySeconds, policy.maxRetries);
  }

  override getMaxDelay(): number {
    return this.policy.maxDelaySeconds;
  }
}

/**
 * The Graph client with its middleware chain: auth → retry (429/503/504, Retry-After, bounded) →
 * network faults (timeouts, dropped connections; bounded) → telemetry → fetch.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const base = new URL(options.baseUrl);
  const auth = new OriginAuthHandler(options.tokenProvider, base.origin, featureScopes.profile);
  const retry = new RetryHandler(new BoundedRetryOptions(policy));
  const network = new NetworkFaultHandler({ retries: policy.networkRetries, timeoutMs: policy.timeoutMs });
  const telemetry = new TelemetryHandler();
  auth.setNext(retry);
  retry.setNext(network);
  network.setNext(telemetry);
  telemetry.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl: base.origin + '/',
    defaultVersion: base.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0',
  });
}
