import type { AppError } from '../../domain/appError';

/** Nothing asked for yet: the first member of every state union of an action or a load. */
export interface Idle {
  status: 'idle';
}

/**
 * One step of an action or a load: its `status` and the facts it carries (the date, the deadline, …).
 * A union of statuses makes one member each, so `status` still tells them apart.
 */
export type Step<S extends string, Facts extends object = object> = S extends string ? { status: S } & Facts : never;

/** A step that failed: the error to say, with the facts that trying again needs. */
export type Failed<S extends string, Facts extends object = object> = Step<S, Facts & { error: AppError }>;

/** Async UI state as an explicit union. */
export type AsyncState<T> = Idle | Step<'loading'> | Step<'ready', { value: T }> | Failed<'error'>;
