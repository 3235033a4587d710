import { AppError } from '../domain/appError';

/** Turns an Office.js AsyncResult error into the app's error model. */
export function officeError(error: Office.Error | undefined, what: string): AppError {
  return new AppError('unexpected', `${what}: ${error?.message ?? 'Office.js meldete einen Fehler.'}`, {
    serviceCode: error ? String(error.code) : undefined,
  });
}

/** Wraps one Office callback API as a promise that rejects with an AppError; never throws in the callback. */
export function officeCall<T>(what: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void) {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(officeError(result.error, what));
      });
    } catch (error) {
      reject(officeError(undefined, `${what}: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
}
