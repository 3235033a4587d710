import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  tokens,
} from '@fluentui/react-components';
import { useErrors } from '../hooks/useErrors';
import { useStrings } from '../i18n/useStrings';
import { ErrorReason } from '../access/ErrorReason';

const useStyles = makeStyles({
  area: { paddingInline: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
  detail: { display: 'block', fontSize: tokens.fontSizeBase200 },
});

/** The one place errors are shown: a German sentence per error code, with a retry where it helps. */
export function ErrorArea() {
  const styles = useStyles();
  const strings = useStrings();
  const { errors, dismiss } = useErrors();
  return (
    <section className={styles.area} aria-label={strings.errorAreaLabel} role="region">
      <MessageBarGroup animate="exit-only">
        {errors.map(({ id, error, retry }) => (
          <MessageBar key={id} intent={error.code === 'throttled' ? 'warning' : 'error'} layout="multiline">
            <MessageBarBody>
              <ErrorReason error={error} />
              {error.details.requestId && (
                <span className={styles.detail}>{strings.requestId(error.details.requestId)}</span>
              )}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" onClick={() => dismiss(id)} aria-label={strings.dismiss}>
                  ✕
                </Button>
              }
            >
              {retry && error.retryable && (
                <Button
                  size="small"
                  onClick={() => {
                    dismiss(id);
                    retry();
                  }}
                >
                  {strings.retry}
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}
