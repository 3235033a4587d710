import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { ConfirmButton } from '../../einladung/components/ConfirmButton';
import { formatClock } from '../../einladung/format';
import { Section } from '../../planen/components/Section';
import { protokollStrings } from '../protokollStrings';
import type { MinutesMailModel } from '../useMinutesMail';
import { ErrorReason } from '../../access/ErrorReason';

const strings = protokollStrings.mail;

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  line: { margin: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex' },
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function Failure({ mail }: { mail: MinutesMailModel }) {
  const styles = useStyles();
  if (mail.state.status !== 'failed') return null;
  const { error } = mail.state;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.failed}</MessageBarTitle> <ErrorReason error={error} />{' '}
        {error.code === 'offline' && strings.offlineHint}
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <Button size="small" onClick={mail.send}>
          {strings.tryAgain}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Sending the minutes to those present, after a confirmation that says to whom. */
export function MailSection({ mail }: { mail: MinutesMailModel }) {
  const styles = useStyles();
  const { recipients, withoutAddress } = mail.mail;
  const { state } = mail;
  return (
    <Section heading={strings.heading}>
      <p className={styles.hint}>{strings.intro}</p>
      {recipients.length === 0 && <p className={styles.line}>{strings.nobody}</p>}
      <div className={styles.row}>
        <ConfirmButton
          label={strings.send}
          title={strings.title(recipients.length)}
          confirmLabel={strings.confirm}
          onConfirm={mail.send}
          disabled={recipients.length === 0 || state.status === 'sending'}
        >
          <div className={styles.body}>
            <p className={styles.line}>{strings.recipients(recipients.length)}</p>
            {withoutAddress.length > 0 && <p className={styles.line}>{strings.withoutAddress(withoutAddress)}</p>}
            <p className={styles.line}>{mail.withLink ? strings.withLink : strings.withoutLink}</p>
          </div>
        </ConfirmButton>
      </div>
      <div role="status" aria-live="polite">
        {state.status === 'sending' && <Spinner size="tiny" label={strings.sending} />}
        {state.status === 'sent' && <p className={styles.line}>{strings.sent(state.count, formatClock(state.at))}</p>}
      </div>
      <Failure mail={mail} />
    </Section>
  );
}
