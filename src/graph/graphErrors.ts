import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppError, type AppErrorCode, isAppError } from '../domain/appError';

const NETWORK_NAMES = new Set(['TypeError', 'AbortError', 'TimeoutError', 'FetchError']);

/** The app's error code for an HTTP status from Graph. */
export function codeForStatus(status: number, serviceCode: string): AppErrorCode {
  if (status === 401) return 'auth-required';
  if (status === 403) return serviceCode.toLowerCase().includes('consent') ? 'consent-required' : 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 400 || status === 422) return 'invalid-input';
  return 'unexpected';
}

function retryAfterOf(error: GraphError): number | undefined {
  const value = error.headers?.get('Retry-After');
  const seconds = value ? Number(value) : NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** Turns whatever the Graph client threw into the app's error model. Messages carry no personal data. */
export function fromGraphError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof GraphError) {
    const serviceCode = error.code ?? '';
    if (error.statusCode <= 0 || NETWORK_NAMES.has(serviceCode)) {
      return new AppError('offline', 'Microsoft 365 ist nicht erreichbar.', { serviceCode });
    }
    return new AppError(codeForStatus(error.statusCode, serviceCode), error.message || serviceCode, {
      status: error.statusCode,
      serviceCode,
      requestId: error.requestId ?? undefined,
      retryAfterSeconds: retryAfterOf(error),
    });
  }
  if (error instanceof Error && NETWORK_NAMES.has(error.name)) {
    return new AppError('offline', 'Microsoft 365 ist nicht erreichbar.');
  }
  return new AppError('unexpected', error instanceof Error ? error.message : String(error));
}

/** Runs one gateway call and converts its failure; the one place the gateway catches. */
export async function graphCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fromGraphError(error);
  }
}
