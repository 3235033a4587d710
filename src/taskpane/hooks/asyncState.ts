import type { AppError } from '../../domain/appError';

/** Async UI state as an explicit union. */
export type AsyncState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: AppError };
