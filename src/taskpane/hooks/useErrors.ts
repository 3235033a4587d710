import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';

export interface ReportedError {
  id: number;
  error: AppError;
  /** Offered as "Erneut versuchen" where doing it again can help. */
  retry?: () => void;
}

export interface ErrorStore {
  errors: ReportedError[];
  report: (error: unknown, retry?: () => void) => void;
  dismiss: (id: number) => void;
}

export const ErrorsContext = createContext<ErrorStore>({ errors: [], report: () => {}, dismiss: () => {} });

/** One error area for the whole pane; the same error code is shown once, the newest first. */
export function useErrorStore(): ErrorStore {
  const [errors, setErrors] = useState<ReportedError[]>([]);
  const report = useCallback((value: unknown, retry?: () => void) => {
    const error = toAppError(value);
    setErrors((current) => [
      { id: Date.now() + Math.random(), error, retry },
      ...current.filter((e) => e.error.code !== error.code),
    ]);
  }, []);
  const dismiss = useCallback((id: number) => setErrors((current) => current.filter((e) => e.id !== id)), []);
  return useMemo(() => ({ errors, report, dismiss }), [errors, report, dismiss]);
}

export function useErrors(): ErrorStore {
  return useContext(ErrorsContext);
}
