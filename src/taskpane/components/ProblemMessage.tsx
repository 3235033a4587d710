import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AppError } from '../../domain/appError';
import { ErrorReason } from '../access/ErrorReason';
import { useStrings } from '../i18n/useStrings';
import { Notice } from './Notice';

export interface ProblemMessageProps {
  title: string;
  error: AppError;
  /** What to say instead of the pane's sentence for the error code. */
  reason?: string;
  /** Offers "Erneut versuchen"; without it the view's own button is the way to try again. */
  onRetry?: () => void;
  /** The retry button's words where the view says more than "Erneut versuchen". */
  retryLabel?: string;
  /** Said after the reason (e.g. that trying again is safe). */
  children?: ReactNode;
}

/**
 * The one way a view shows an error in place: what went wrong (`title`), why (ErrorReason: the pane's
 * sentence for the AppError's code, or the missing grant, the same words as the shell's ErrorArea)
 * and "Erneut versuchen".
 */
export function ProblemMessage({ title, error, reason, onRetry, retryLabel, children }: ProblemMessageProps) {
  const strings = useStrings();
  const retry = onRetry && (
    <Button size="small" onClick={onRetry}>
      {retryLabel ?? strings.retry}
    </Button>
  );
  return (
    <Notice intent="error" title={title} actions={retry}>
      {reason ?? <ErrorReason error={error} />}
      {children && <> {children}</>}
    </Notice>
  );
}
