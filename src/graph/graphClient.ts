import {
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/tokenProvider';
import { scopes as featureScopes, type Feature } from '../auth/scopes';
import { isAppError } from '../domain/appError';
import { OriginAuthHandler } from './authHandler';
import { keepForCaller } from './graphErrors';
import { NetworkFaultHandler } from './networkFaultHandler';
import { type RetryPolicy, SafeRetryHandler } from './retryPolicy';

export type { RetryPolicy } from './retryPolicy';

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

/**
 * Per-request scopes: the gateway modules name their feature, the token provider gets its scopes. A
 * $batch that reads for several features (the opening: the lists and /me) names them all.
 */
export function scopesFor(feature: Feature | readonly Feature[]): AuthenticationHandlerOptions {
  const features: readonly Feature[] = typeof feature === 'string' ? [feature] : feature;
  const scopes = [...new Set(features.flatMap((f) => featureScopes[f]))];
  return new AuthenticationHandlerOptions(undefined, { scopes });
}

/** The token provider, its AppErrors kept so that they reach the caller whole (see keepForCaller). */
function keepingErrors(provider: TokenProvider): TokenProvider {
  const method = provider.signInMethod;
  return {
    ...(method ? { signInMethod: () => method.call(provider) } : {}),
    async getToken(scopeList, requestOptions) {
      try {
        return await provider.getToken(scopeList, requestOptions);
      } catch (error) {
        throw isAppError(error) ? keepForCaller(error) : error;
      }
    },
  };
}

/**
 * The Graph client with its middleware chain: auth → retry (429/503/504, Retry-After, bounded; only
 * what is safe to send twice) → network faults (timeouts, dropped connections; the same rule) →
 * telemetry → fetch.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const base = new URL(options.baseUrl);
  const auth = new OriginAuthHandler(keepingErrors(options.tokenProvider), base.origin, featureScopes.profile);
  const retry = new SafeRetryHandler(policy);
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
