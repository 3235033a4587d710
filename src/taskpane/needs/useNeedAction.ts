import { useCallback, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';

/** One write of a needs section: what the pane says while and after it runs. */
export type NeedAction =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; message: string }
  | { status: 'failed'; error: AppError; title: string };

/**
 * Runs a write and keeps its outcome: `work` answers the sentence to say when it worked; a failure is
 * said with `failedTitle` (and the AppError's reason, ProblemMessage).
 */
export type RunNeedAction = (work: () => Promise<string>, failedTitle: string) => Promise<boolean>;

/**
 * A needs section's writes with the outcome of the last (`action`, which NeedActionOutcome says);
 * `run` answers whether the write worked.
 */
export function useNeedAction() {
  const [action, setAction] = useState<NeedAction>({ status: 'idle' });
  const run: RunNeedAction = useCallback(async (work, failedTitle) => {
    setAction({ status: 'working' });
    try {
      setAction({ status: 'done', message: await work() });
      return true;
    } catch (error) {
      setAction({ status: 'failed', error: toAppError(error), title: failedTitle });
      return false;
    }
  }, []);
  return { action, run };
}
