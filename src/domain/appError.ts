import type { Capability } from './grants';

/**
 * The small error model every layer speaks. Codes are stable strings; the UI turns them into
 * German (or English) sentences that say what happened and what to do.
 */
export type AppErrorCode =
  | 'auth-required'
  | 'consent-required'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'throttled'
  | 'offline'
  | 'invalid-input'
  /** A text longer than its SharePoint column takes: not sent at all (details name the field). */
  | 'too-long'
  /** A file larger than SharePoint takes in one upload (413, or refused before sending; details: limit in bytes). */
  | 'too-large'
  | 'config'
  /** A write whose answer was lost, and looking could not tell whether the service carried it out. */
  | 'unknown-outcome'
  | 'unexpected';

export interface AppErrorDetails {
  /** HTTP status where one was received. */
  status?: number;
  /** The service's own error code (e.g. Graph's `InvalidAuthenticationToken`). */
  serviceCode?: string;
  /** Graph's request-id, for a support ticket. */
  requestId?: string;
  /** Seconds the service asked us to wait. */
  retryAfterSeconds?: number;
  /** The permission or role that is missing (e.g. a consent-required answer's scopes). */
  missing?: string;
  /** What the refused call needed (src/domain/grants.ts): the readiness row to point at. */
  capability?: Capability;
  /** For `too-long`: the German name of the column the text lands in, and how many characters it takes. */
  field?: string;
  limit?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** Whether doing the same thing again later can succeed. */
  get retryable(): boolean {
    return this.code === 'throttled' || this.code === 'offline' || this.code === 'unexpected';
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Wraps anything thrown into an AppError, keeping AppErrors as they are. */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new AppError('unexpected', message);
}
