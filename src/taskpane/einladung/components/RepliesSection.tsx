import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ErrorReason } from '../../access/ErrorReason';
import { formatClock } from '../../components/format';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';
import type { InvitationModel } from '../useInvitation';
import { workingOn } from '../useInvitationStep';
import { ReplyList } from './ReplyList';

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  line: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface RepliesProps {
  invitation: InvitationModel;
  listAddress: string;
  hosts: number;
}

/** Not sent yet, being read, gone from Outlook or unreadable (with a retry), or the replies as read. */
function RepliesBody({ invitation, listAddress, hosts }: RepliesProps) {
  const styles = useStyles();
  const all = useLocalized(einladungStrings);
  const strings = all.replies;
  const { event } = invitation;
  const busy = workingOn(invitation.step);
  if (!invitation.sent) return <p className={styles.hint}>{strings.notYet}</p>;
  if (event.status === 'loading') return <Spinner size="tiny" label={all.loading} />;
  const refresh = (
    <Button onClick={invitation.refresh} disabled={busy !== undefined}>
      {strings.refresh}
    </Button>
  );
  if (event.status !== 'ready') {
    return (
      <>
        <p className={styles.line}>
          {event.status === 'missing' && strings.missing}
          {event.status === 'error' && (
            <>
              {all.actions.failed.refresh} <ErrorReason error={event.error} />
            </>
          )}
        </p>
        {event.status === 'error' && <div className={styles.row}>{refresh}</div>}
      </>
    );
  }
  return (
    <>
      {event.cancelled && invitation.stage !== 'abgesagt' && (
        <p className={styles.line}>{strings.cancelledInOutlook}</p>
      )}
      <ReplyList replies={event.replies} listAddress={listAddress} hosts={hosts} />
      <div className={styles.row}>
        {refresh}
        <span className={styles.hint} role="status" aria-live="polite">
          {busy === 'refresh' ? all.actions.working.refresh : strings.readAt(formatClock(event.readAt))}
        </span>
      </div>
    </>
  );
}

/** Accepted, tentative, declined and no answer with names, and the shopping list for the coffee. */
export function RepliesSection(props: RepliesProps) {
  const strings = useLocalized(einladungStrings).replies;
  return (
    <Section heading={strings.heading}>
      <RepliesBody {...props} />
    </Section>
  );
}
