import { MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup } from '@fluentui/react-components';
import { DismissButton, type ErrorListProps, ErrorText, RetryButton } from './errorParts';

/** The errors as Fluent's MessageBars, leaving with Fluent's motion (its own chunk, loaded with the first error). */
export default function ErrorBars({ errors, dismiss }: ErrorListProps) {
  return (
    <MessageBarGroup animate="exit-only">
      {errors.map((reported) => (
        <MessageBar
          key={reported.id}
          intent={reported.error.code === 'throttled' ? 'warning' : 'error'}
          layout="multiline"
        >
          <MessageBarBody>
            <ErrorText error={reported.error} />
          </MessageBarBody>
          <MessageBarActions containerAction={<DismissButton id={reported.id} dismiss={dismiss} />}>
            <RetryButton reported={reported} dismiss={dismiss} />
          </MessageBarActions>
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
