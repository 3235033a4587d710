import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { DueInfo } from '../../../domain/invitation';
import { formatLongDate, type Invitation as InvitationRecord } from '../../../domain/planning';
import { lostAnswerStrings } from '../../access/lostAnswer';
import { formatInstant } from '../../components/format';
import { useSafeLink } from '../../hooks/useSafeLink';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings, type InvitationStrings } from '../einladungStrings';
import type { InvitationModel } from '../useInvitation';

const useStyles = makeStyles({
  lines: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** How far the due date is: days to go, today, days late, or too late altogether. */
function timing(strings: InvitationStrings['stage'], due: DueInfo): string {
  if (due.phase === 'early') return strings.early(due.days);
  if (due.phase === 'due') return strings.dueToday;
  if (due.phase === 'late') return strings.late(due.days);
  return strings.past;
}

/** Each step of the invitation so far, from the due date to the cancellation, and the way to Outlook. */
export function StageFacts({ record, invitation }: { record?: InvitationRecord; invitation: InvitationModel }) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings).stage;
  const lostAnswer = useLocalized(lostAnswerStrings);
  const { stage, due } = invitation;
  // The link comes from the meeting as filed in SharePoint: shown only where it leads to Outlook.
  const outlookLink = useSafeLink(record?.webLink);
  const sent = stage === 'verschickt' || stage === 'aktualisiert';
  const cancelled = stage === 'abgesagt';
  return (
    <div className={styles.lines}>
      {!sent && !cancelled && (
        <>
          <p className={styles.line}>{strings.due(formatLongDate(due.dueDate))}</p>
          <p className={styles.line}>{timing(strings, due)}</p>
        </>
      )}
      {stage === 'vorgemerkt' && (
        <p className={styles.line}>
          {strings.heldAt(formatInstant(record?.heldAt))}
          {invitation.reminderAdded && ` ${strings.reminderAdded}`}
        </p>
      )}
      {/* Always there, so the sentence is read out when a lost answer was found in To Do. */}
      <p role="status" aria-live="polite" className={styles.line}>
        {invitation.step.status === 'reminderFound' && lostAnswer.reminderFound}
      </p>
      {record?.sentAt && <p className={styles.line}>{strings.sentAt(formatInstant(record.sentAt))}</p>}
      {record?.updatedAt && <p className={styles.line}>{strings.updatedAt(formatInstant(record.updatedAt))}</p>}
      {cancelled && record?.cancelledAt && (
        <p className={styles.line}>{strings.cancelledAt(formatInstant(record.cancelledAt))}</p>
      )}
      {cancelled && record?.cancelMessage && (
        <p className={styles.line}>
          {strings.cancelMessage} {record.cancelMessage}
        </p>
      )}
      {outlookLink && !cancelled && (
        <Link href={outlookLink} target="_blank" rel="noreferrer">
          {strings.openInOutlook}
        </Link>
      )}
    </div>
  );
}
