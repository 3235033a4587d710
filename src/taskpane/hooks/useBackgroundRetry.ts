import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { AppError } from '../../domain/appError';

/** Why the pane waits before trying again: Microsoft 365 is busy (429/503), or it cannot be reached. */
export type WaitReason = 'throttled' | 'offline';

export interface PendingRetry {
  key: string;
  reason: WaitReason;
  /** When the next attempt starts (ms since the epoch). */
  at: number;
}

export interface BackgroundRetry {
  /** What the pane is waiting to try again: out of reach before busy, then the soonest first. */
  pending: PendingRetry[];
  /**
   * Runs `run` again after a growing pause (or the service's Retry-After) when `error` is one to wait
   * out (throttled, offline); says whether it will. Each `key` has one attempt waiting at most.
   */
  schedule: (key: string, error: AppError, run: () => void) => boolean;
  /** The work under `key` succeeded (or is gone): the next failure starts from the shortest pause. */
  settle: (key: string) => void;
  /** Everything waiting is tried at once (the status line's "Jetzt versuchen"). */
  retryNow: () => void;
}

/** Pauses in seconds after the 1st, 2nd, … failure; then the last one again. */
const PAUSES = [2, 4, 8, 15, 30] as const;
const LONGEST_WAIT = 120;

/** The pause before attempt `failures + 1`: the table, or longer where the service asked for it. */
export function backoffSeconds(failures: number, retryAfterSeconds?: number): number {
  const base = PAUSES[Math.min(Math.max(failures - 1, 0), PAUSES.length - 1)] ?? 30;
  return retryAfterSeconds === undefined ? base : Math.min(Math.max(base, retryAfterSeconds), LONGEST_WAIT);
}

export function waitReason(error: AppError): WaitReason | undefined {
  return error.code === 'throttled' || error.code === 'offline' ? error.code : undefined;
}

/** Out of reach says more than busy; then the soonest attempt first. */
function byShown(a: PendingRetry, b: PendingRetry): number {
  if (a.reason !== b.reason) return a.reason === 'offline' ? -1 : 1;
  return a.at - b.at;
}

interface Entry {
  failures: number;
  timer?: ReturnType<typeof setTimeout>;
  run?: () => void;
}

/** The pane's one place for work that keeps trying by itself (render the status with `pending`). */
export function useBackgroundRetryStore(): BackgroundRetry {
  const entries = useRef(new Map<string, Entry>());
  const [pending, setPending] = useState<PendingRetry[]>([]);
  const drop = (key: string) => setPending((list) => list.filter((p) => p.key !== key));

  const fire = useCallback((key: string) => {
    const entry = entries.current.get(key);
    const run = entry?.run;
    if (!entry || !run) return;
    clearTimeout(entry.timer);
    delete entry.timer;
    delete entry.run;
    drop(key);
    run();
  }, []);

  const schedule = useCallback(
    (key: string, error: AppError, run: () => void) => {
      const reason = waitReason(error);
      if (!reason) return false;
      const entry = entries.current.get(key) ?? { failures: 0 };
      clearTimeout(entry.timer);
      entry.failures += 1;
      entry.run = run;
      const seconds = backoffSeconds(entry.failures, error.details.retryAfterSeconds);
      entry.timer = setTimeout(() => fire(key), seconds * 1000);
      entries.current.set(key, entry);
      const next: PendingRetry = { key, reason, at: Date.now() + seconds * 1000 };
      setPending((list) => [...list.filter((p) => p.key !== key), next].sort(byShown));
      return true;
    },
    [fire],
  );

  const settle = useCallback((key: string) => {
    clearTimeout(entries.current.get(key)?.timer);
    if (!entries.current.delete(key)) return;
    drop(key);
  }, []);

  const retryNow = useCallback(() => [...entries.current.keys()].forEach(fire), [fire]);

  useEffect(() => {
    const map = entries.current;
    return () => map.forEach((entry) => clearTimeout(entry.timer));
  }, []);

  return useMemo(() => ({ pending, schedule, settle, retryNow }), [pending, schedule, settle, retryNow]);
}

const inert: BackgroundRetry = { pending: [], schedule: () => false, settle: () => {}, retryNow: () => {} };

export const BackgroundRetryContext = createContext<BackgroundRetry>(inert);

export function useBackgroundRetry(): BackgroundRetry {
  return useContext(BackgroundRetryContext);
}
