import {
  createContext,
  createElement,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
} from 'react';
import { toAppError } from '../../domain/appError';
import { useServices } from '../services';
import type { AsyncState } from './asyncState';
import { useBackgroundRetry } from './useBackgroundRetry';
import { useErrors } from './useErrors';
import type { Organiser } from '../../domain/organiser';

const RETRY_KEY = 'organiser';

export interface OrganiserSession {
  state: AsyncState<Organiser>;
  reload: () => void;
  /** The header's organiser line says what it can for now: the name, an error, or that it waits to try again. */
  settled: boolean;
}

/**
 * The signed-in organiser, loaded when the pane opens (the first time from the opening's round trip,
 * services.firstReads, shown at the first render where it has answered already) and again on request.
 * While Microsoft 365 is busy or out of reach it keeps trying by itself (the header's status line says so).
 */
export function useOrganiserStore(): OrganiserSession {
  const { gateway, firstReads } = useServices();
  const { report } = useErrors();
  const { schedule, settle, pending } = useBackgroundRetry();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AsyncState<Organiser>>(() => {
    const known = firstReads?.organiserNow?.();
    return known ? { status: 'ready', value: known } : { status: 'loading' };
  });

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  // Before the first paint: where the opening's round trip has answered meanwhile, the name is in it.
  useLayoutEffect(() => {
    let current = true;
    (firstReads?.organiser() ?? gateway.me.getOrganiser()).then(
      (value) => {
        if (!current) return;
        settle(RETRY_KEY);
        setState((now) => (now.status === 'ready' && now.value === value ? now : { status: 'ready', value }));
      },
      (error: unknown) => {
        if (!current) return;
        const appError = toAppError(error);
        if (schedule(RETRY_KEY, appError, reload)) return;
        setState({ status: 'error', error: appError });
        report(appError, reload);
      },
    );
    return () => {
      current = false;
    };
  }, [gateway, firstReads, report, reload, attempt, schedule, settle]);

  useEffect(() => () => settle(RETRY_KEY), [settle]);

  const settled = state.status !== 'loading' || pending.some((retry) => retry.key === RETRY_KEY);
  return { state, reload, settled };
}

export const OrganiserContext = createContext<OrganiserSession>({
  state: { status: 'idle' },
  reload: () => {},
  settled: true,
});

/**
 * The organiser for everything inside: when it has loaded, only what reads it renders again (the header's
 * name), not the views around which it is given.
 */
export function OrganiserProvider({ children }: { children: ReactNode }) {
  return createElement(OrganiserContext.Provider, { value: useOrganiserStore() }, children);
}

/** The organiser as the pane loaded it once (the header's name, the minutes mail's To). */
export function useOrganiser(): OrganiserSession {
  return useContext(OrganiserContext);
}
