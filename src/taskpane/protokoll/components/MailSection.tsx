import { makeStyles, tokens } from '@fluentui/react-components';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatInstant } from '../../components/format';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesMailModel } from '../useMinutesMail';
import { MailOutcome } from './MailOutcome';

const useStyles = makeStyles({
  line: { margin: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex' },
});

/** Once the minutes went out (or may have): sending again says so first. */
function AlreadySent({ mail }: { mail: MinutesMailModel }) {
  const strings = useLocalized(protokollStrings).mail;
  const styles = useStyles();
  const { record } = mail;
  if (!record) return null;
  const when = formatInstant(record.sentAt);
  return (
    <p className={styles.line}>
      {record.unconfirmed ? strings.againUnconfirmed(when, mail.mail.subject) : strings.againSent(when, record.count)}
    </p>
  );
}

/** Sending the minutes to those present, after a confirmation that says to whom (and whether it went out before). */
export function MailSection({ mail }: { mail: MinutesMailModel }) {
  const strings = useLocalized(protokollStrings).mail;
  const styles = useStyles();
  const { recipients, withoutAddress } = mail.mail;
  const again = mail.record !== undefined || mail.state.status === 'unknown';
  return (
    <Section heading={strings.heading} intro={strings.intro}>
      {recipients.length === 0 && <p className={styles.line}>{strings.nobody}</p>}
      <div className={styles.row}>
        <ConfirmButton
          label={again ? strings.sendAgain : strings.send}
          title={again ? strings.againTitle : strings.title(recipients.length)}
          confirmLabel={again ? strings.confirmAgain : strings.confirm}
          onConfirm={mail.send}
          disabled={recipients.length === 0 || mail.state.status === 'sending'}
        >
          <div className={styles.body}>
            <AlreadySent mail={mail} />
            <p className={styles.line}>{strings.recipients(recipients.length)}</p>
            {withoutAddress.length > 0 && <p className={styles.line}>{strings.withoutAddress(withoutAddress)}</p>}
            <p className={styles.line}>{mail.withLink ? strings.withLink : strings.withoutLink}</p>
          </div>
        </ConfirmButton>
      </div>
      <MailOutcome mail={mail} />
    </Section>
  );
}
