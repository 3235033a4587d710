import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AppError } from '../../domain/appError';
import { useStrings } from '../i18n/useStrings';
import { ErrorReason } from '../access/ErrorReason';

export interface ProblemMessageProps {
  title: string;
  error: AppError;
  /** What to say instead of the pane's sentence for the error code. */
  reason?: string;
  onRetry: () => void;
}

/** What went wrong, why (the pane's German sentence for the code) and a button to try again. */
export function ProblemMessage({ title, error, reason, onRetry }: ProblemMessageProps) {
  const strings = useStrings();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {reason ?? <ErrorReason error={error} />}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {strings.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
