import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorReason } from '../access/ErrorReason';
import { PlainNotice } from '../components/Notice';
import type { ReportedError } from '../hooks/useErrors';
import { useStrings } from '../i18n/useStrings';

export interface ErrorListProps {
  errors: readonly ReportedError[];
  dismiss: (id: number) => void;
}

const useStyles = makeStyles({
  detail: { display: 'block', fontSize: tokens.fontSizeBase200 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** What went wrong, in the pane's words, with the request id IT can look up. */
export function ErrorText({ error }: Pick<ReportedError, 'error'>) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <>
      <ErrorReason error={error} />
      {error.details.requestId && <span className={styles.detail}>{strings.requestId(error.details.requestId)}</span>}
    </>
  );
}

/** "Erneut versuchen", where doing it again can help: the error goes, the action runs again. */
export function RetryButton({ reported, dismiss }: { reported: ReportedError; dismiss: (id: number) => void }) {
  const strings = useStrings();
  const { id, error, retry } = reported;
  if (!retry || !error.retryable) return null;
  return (
    <Button
      size="small"
      onClick={() => {
        dismiss(id);
        retry();
      }}
    >
      {strings.retry}
    </Button>
  );
}

export function DismissButton({ id, dismiss }: { id: number; dismiss: (id: number) => void }) {
  const strings = useStrings();
  return (
    <Button appearance="transparent" size="small" onClick={() => dismiss(id)} aria-label={strings.dismiss}>
      ✕
    </Button>
  );
}

/**
 * The errors without Fluent's MessageBar: while its chunk loads, and where it cannot (offline); there
 * (`announce`) each says itself to screen readers, as a MessageBar does.
 */
export function PlainErrors({ errors, dismiss, announce = false }: ErrorListProps & { announce?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {errors.map((reported) => (
        <PlainNotice
          key={reported.id}
          intent={reported.error.code === 'throttled' ? 'warning' : 'error'}
          announce={announce}
          actions={
            <>
              <RetryButton reported={reported} dismiss={dismiss} />
              <DismissButton id={reported.id} dismiss={dismiss} />
            </>
          }
        >
          <ErrorText error={reported.error} />
        </PlainNotice>
      ))}
    </div>
  );
}
