import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppError, type AppErrorCode, isAppError } from '../domain/appError';
import { type Capability, missingGrant, type Role } from '../domain/grants';

const NETWORK_NAMES = new Set(['TypeError', 'AbortError', 'TimeoutError', 'FetchError']);

/** What a call needs: its capability (readiness row), and the site or list role where one applies. */
export interface Access {
  capability: Capability;
  role?: Role;
}

/** The app's error code for an HTTP status from Graph. */
export function codeForStatus(status: number, serviceCode: string): AppErrorCode {
  if (status === 401) return 'auth-required';
  if (status === 403) return serviceCode.toLowerCase().includes('consent') ? 'consent-required' : 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 400 || status === 422) return 'invalid-input';
  return 'unexpected';
}

/** Retry-After in seconds, where the browser lets us read it (CORS may hide it). */
export function retryAfterSeconds(value: string | null | undefined): number | undefined {
  const seconds = value ? Number(value) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** A refusal names the capability and what IT must grant (the token's missing scopes take precedence). */
export function withAccess(error: AppError, access: Access | undefined): AppError {
  if (!access || (error.code !== 'forbidden' && error.code !== 'consent-required')) return error;
  if (error.details.capability) return error;
  const missing = error.details.missing ?? missingGrant(access.capability, access.role);
  return new AppError(error.code, error.message, { ...error.details, capability: access.capability, missing });
}

function fromServiceError(error: GraphError): AppError {
  const serviceCode = error.code ?? '';
  if (error.statusCode <= 0 || NETWORK_NAMES.has(serviceCode)) {
    return new AppError('offline', 'Microsoft 365 ist nicht erreichbar.', { serviceCode });
  }
  return new AppError(codeForStatus(error.statusCode, serviceCode), error.message || serviceCode, {
    status: error.statusCode,
    serviceCode,
    requestId: error.requestId ?? undefined,
    retryAfterSeconds: retryAfterSeconds(error.headers?.get('Retry-After')),
  });
}

/**
 * AppErrors thrown inside the Graph client's middleware (the token provider's: consent missing,
 * sign-in cancelled) reach the caller as a GraphError carrying only name and message. They are kept
 * here by message, so the caller gets them whole (code, missing permissions).
 */
const thrownInside = new Map<string, AppError>();

export function keepForCaller(error: AppError): AppError {
  thrownInside.delete(error.message);
  thrownInside.set(error.message, error);
  if (thrownInside.size > 20) thrownInside.delete(thrownInside.keys().next().value ?? '');
  return error;
}

/** Turns whatever the Graph client threw into the app's error model. Messages carry no personal data. */
export function fromGraphError(error: unknown, access?: Access): AppError {
  if (isAppError(error)) return withAccess(error, access);
  const kept = error instanceof GraphError && error.code === 'AppError' ? thrownInside.get(error.message) : undefined;
  if (kept) return withAccess(kept, access);
  if (error instanceof GraphError) return withAccess(fromServiceError(error), access);
  if (error instanceof Error && NETWORK_NAMES.has(error.name)) {
    return new AppError('offline', 'Microsoft 365 ist nicht erreichbar.');
  }
  return new AppError('unexpected', error instanceof Error ? error.message : String(error));
}

/** Runs one gateway call and converts its failure; the one place the gateway catches. */
export async function graphCall<T>(work: () => Promise<T>, access?: Access): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fromGraphError(error, access);
  }
}

/**
 * After a write that is not safe to repeat: the service may have carried it out although no answer
 * came (504 Gateway Timeout, a dropped connection, a timeout). 429 and 503 mean it did not act.
 */
export function answerLost(error: AppError): boolean {
  return error.code === 'offline' || (error.code === 'throttled' && error.details.status === 504);
}
