import { makeStyles, Spinner } from '@fluentui/react-components';
import { MissingGrantText } from '../../access/ErrorReason';
import { Notice } from '../../components/Notice';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formatClock, formatInstant } from '../../components/format';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesMailModel } from '../useMinutesMail';

const useStyles = makeStyles({
  line: { margin: 0 },
});

/** Not sent (refused, busy …): sending again is safe, nothing went out. */
function Failure({ mail }: { mail: MinutesMailModel }) {
  const strings = useLocalized(protokollStrings).mail;
  if (mail.state.status !== 'failed') return null;
  return (
    <ProblemMessage title={strings.failed} error={mail.state.error} onRetry={mail.send} retryLabel={strings.tryAgain} />
  );
}

/** The answer was lost and looking could not tell: what to check, and that sending again is deliberate. */
function Unknown({ mail }: { mail: MinutesMailModel }) {
  const strings = useLocalized(protokollStrings).mail;
  if (mail.state.status !== 'unknown') return null;
  const { capability, missing } = mail.state.error.details;
  return (
    <Notice intent="warning" title={strings.unknownTitle}>
      {strings.unknownBody(mail.mail.subject)}
      {capability && missing && <MissingGrantText access={{ capability, missing }} />}
    </Notice>
  );
}

/** What became of the sending, read out as it changes; after a reopening, the record of it. */
export function MailOutcome({ mail }: { mail: MinutesMailModel }) {
  const strings = useLocalized(protokollStrings).mail;
  const styles = useStyles();
  const { state, record } = mail;
  return (
    <>
      <div role="status" aria-live="polite">
        {state.status === 'sending' && <Spinner size="tiny" label={strings.sending} />}
        {state.status === 'sent' && <p className={styles.line}>{strings.sent(state.count, formatClock(state.at))}</p>}
        {state.status === 'found' && <p className={styles.line}>{strings.found(formatClock(state.at), state.count)}</p>}
        {state.status === 'idle' && record && (
          <p className={styles.line}>
            {record.unconfirmed
              ? strings.recordedUnconfirmed(formatInstant(record.sentAt), record.count)
              : strings.recorded(formatInstant(record.sentAt), record.count)}
          </p>
        )}
      </div>
      <Unknown mail={mail} />
      <Failure mail={mail} />
    </>
  );
}
