import { AppError, isAppError } from '../domain/appError';
import { answerLost } from './graphErrors';

export interface WriteOnce<T> {
  /** The write that must not happen twice (a POST). */
  write: () => Promise<T>;
  /** Looks whether the service carried it out although the answer was lost. */
  lookup: () => Promise<T | undefined>;
  /** What the user is told when nobody can know (German). */
  unknown: string;
}

export interface Written<T> {
  value: T;
  /** True when the answer was lost and the result was found by looking. */
  found: boolean;
}

/**
 * A non-idempotent write with at most two sends: when an answer is lost (504, a dropped connection,
 * a timeout), look first; only when the write is not there is it sent again. When looking fails, or
 * the second answer is lost too and looking finds nothing, the outcome is `unknown-outcome`.
 */
export async function writeOnce<T>(work: WriteOnce<T>, attempts = 2): Promise<Written<T>> {
  let lost: AppError | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return { value: await work.write(), found: false };
    } catch (error) {
      if (!isAppError(error) || !answerLost(error)) throw error;
      lost = error;
    }
    const seen = await look(work, lost);
    if (seen !== undefined) return { value: seen, found: true };
  }
  throw new AppError('unknown-outcome', work.unknown, { ...lost?.details });
}

async function look<T>(work: WriteOnce<T>, lost: AppError): Promise<T | undefined> {
  try {
    return await work.lookup();
  } catch (error) {
    const details = isAppError(error) ? error.details : {};
    throw new AppError('unknown-outcome', work.unknown, { ...lost.details, ...details });
  }
}
