import { useCallback, useEffect, useState } from 'react';
import { toAppError } from '../../domain/appError';
import type { AsyncState } from './asyncState';

export interface Loaded<T> {
  state: AsyncState<T>;
  /** Reads again after a failure (or to refresh): loading, then ready or error. */
  retry: () => void;
  /** Changes the value once it is there (e.g. with a further page); nothing while loading or failed. */
  update: (change: (value: T) => T) => void;
}

/**
 * Something read when it is shown and again on request, as an explicit state. `load` is read again
 * whenever it changes (wrap it in useCallback); an answer that comes after a newer read is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const update = useCallback((change: (value: T) => T) => {
    setState((now) => (now.status === 'ready' ? { status: 'ready', value: change(now.value) } : now));
  }, []);

  return { state, retry, update };
}
