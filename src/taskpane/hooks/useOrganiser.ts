import { useCallback, useEffect, useState } from 'react';
import { toAppError } from '../../domain/appError';
import type { Organiser } from '../../graph/meGateway';
import { useServices } from '../services';
import type { AsyncState } from './asyncState';
import { useErrors } from './useErrors';

/** The signed-in organiser, loaded when the pane opens and again on request. */
export function useOrganiser(): { state: AsyncState<Organiser>; reload: () => void } {
  const { gateway } = useServices();
  const { report } = useErrors();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AsyncState<Organiser>>({ status: 'loading' });

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    let current = true;
    gateway.me.getOrganiser().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => {
        if (!current) return;
        const appError = toAppError(error);
        setState({ status: 'error', error: appError });
        report(appError, reload);
      },
    );
    return () => {
      current = false;
    };
  }, [gateway, report, reload, attempt]);

  return { state, reload };
}
