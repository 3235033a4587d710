import { isAppError, toAppError } from '../domain/appError';
import { type Capability, missingGrant, type Role } from '../domain/grants';
import type { ReadinessRow } from '../domain/readiness';

/** A refusal names what is missing; anything else is a failed check (offline, throttled …). */
export function rowFromError(capability: Capability, error: unknown, role?: Role): ReadinessRow {
  const appError = toAppError(error);
  if (isAppError(error) && (error.code === 'forbidden' || error.code === 'consent-required')) {
    return {
      capability,
      status: 'missing',
      missing: error.details.missing ?? missingGrant(capability, role),
      error: appError,
    };
  }
  return { capability, status: 'failed', error: appError };
}

/** Runs one harmless call; a success is ✓. */
export async function probe(capability: Capability, call: () => Promise<unknown>): Promise<ReadinessRow> {
  try {
    await call();
    return { capability, status: 'ok' };
  } catch (error) {
    return rowFromError(capability, error);
  }
}
