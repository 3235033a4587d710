import { ProblemMessage } from '../components/ProblemMessage';
import type { NeedAction } from './useNeedAction';

/** What a write of a needs section came to: a polite status line, or the problem in place. */
export function NeedActionOutcome({ action, onRetry }: { action: NeedAction; onRetry?: () => void }) {
  return (
    <>
      {/* present from the start of the write, so the outcome is announced (not before: one status per view) */}
      {action.status !== 'idle' && (
        <div role="status" aria-live="polite">
          {action.status === 'done' ? action.message : ''}
        </div>
      )}
      {action.status === 'failed' && (
        <div role="alert">
          <ProblemMessage title={action.title} error={action.error} {...(onRetry ? { onRetry } : {})} />
        </div>
      )}
    </>
  );
}
