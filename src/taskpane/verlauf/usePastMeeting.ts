import { useCallback, useEffect, useState } from 'react';
import { toAppError } from '../../domain/appError';
import type { PastMeeting } from '../../graph/historyMapping';
import type { AsyncState } from '../hooks/asyncState';
import { useServices } from '../services';

/** One past meeting with everything filed, read when it is opened (and again on request). */
export function usePastMeeting(itemId: string): { state: AsyncState<PastMeeting>; retry: () => void } {
  const { gateway } = useServices();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AsyncState<PastMeeting>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    gateway.history.readMeeting(itemId).then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [gateway, itemId, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
