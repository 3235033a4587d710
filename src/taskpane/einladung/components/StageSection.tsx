import {
  Badge,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { formatLongDate } from '../../../domain/planning';
import { Section } from '../../components/Section';
import type { PlanningModel } from '../../meeting/planningModel';
import { einladungStrings } from '../einladungStrings';
import { formatInstant } from '../../components/format';
import type { InvitationModel } from '../useInvitation';
import { CancelDialog } from './CancelDialog';
import { ConfirmButton } from '../../components/ConfirmButton';
import { MembersNotice } from './MembersNotice';
import { ErrorReason } from '../../access/ErrorReason';
import { lostAnswerStrings, outcomeUnknown } from '../../access/lostAnswer';
import { invitationReminder } from '../../../domain/invitation';

const strings = einladungStrings;

const useStyles = makeStyles({
  lines: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  quote: { margin: 0, whiteSpace: 'pre-wrap' },
});

function timing(invitation: InvitationModel): string {
  const { due } = invitation;
  if (due.phase === 'early') return strings.stage.early(due.days);
  if (due.phase === 'due') return strings.stage.dueToday;
  if (due.phase === 'late') return strings.stage.late(due.days);
  return strings.stage.past;
}

function SendActions({ model, invitation }: { model: PlanningModel; invitation: InvitationModel }) {
  const styles = useStyles();
  const { due, stage, busy } = invitation;
  const noVenue = !model.meeting.venue;
  // Holding needs no invitees; sending waits for the list's members where they are expanded.
  const holdDisabled = busy !== undefined || noVenue || due.phase === 'past';
  const disabled = holdDisabled || !invitation.inviteesKnown;
  const dueDate = formatLongDate(due.dueDate);
  return (
    <>
      {noVenue && <p className={styles.hint}>{strings.stage.missingVenue}</p>}
      <div className={styles.actions}>
        {due.phase === 'early' ? (
          <>
            {stage === 'offen' && (
              <Button appearance="primary" disabled={holdDisabled} onClick={invitation.hold}>
                {strings.actions.hold}
              </Button>
            )}
            <ConfirmButton
              label={strings.actions.sendEarly}
              title={strings.confirmEarly.title}
              confirmLabel={strings.confirmEarly.confirm}
              onConfirm={invitation.send}
              disabled={disabled}
            >
              {strings.confirmEarly.body(dueDate, due.days)}
            </ConfirmButton>
          </>
        ) : (
          <Button appearance="primary" disabled={disabled} onClick={invitation.send}>
            {due.phase === 'late' ? strings.actions.sendLate(due.days) : strings.actions.send}
          </Button>
        )}
      </div>
      {stage === 'offen' && due.phase === 'early' && (
        <p className={styles.hint}>
          {invitation.reminderAdded ? strings.actions.holdHintReminded : strings.actions.holdHint}
        </p>
      )}
    </>
  );
}

function ChangesNotice({ invitation }: { invitation: InvitationModel }) {
  const styles = useStyles();
  if (invitation.changes.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.changes.title}</MessageBarTitle> {strings.changes.body(invitation.changes)}
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <ConfirmButton
          label={strings.changes.send}
          title={strings.changes.confirmTitle}
          confirmLabel={strings.changes.confirm}
          onConfirm={invitation.sendUpdate}
          disabled={invitation.busy !== undefined || !invitation.inviteesKnown}
          appearance="primary"
        >
          {strings.changes.confirmBody(invitation.changes)}
        </ConfirmButton>
      </MessageBarActions>
    </MessageBar>
  );
}

function Failure({ model, invitation }: { model: PlanningModel; invitation: InvitationModel }) {
  const styles = useStyles();
  const { failure } = invitation;
  if (!failure || failure.action === 'refresh') return null;
  const again = {
    hold: invitation.hold,
    reminder: invitation.addReminder,
    send: invitation.send,
    update: invitation.sendUpdate,
    cancel: undefined,
  }[failure.action];
  // A reminder that may exist already: look in To Do first, add it again only deliberately.
  const reminderUnknown = failure.action === 'reminder' && outcomeUnknown(failure.error);
  const reminder = invitationReminder(model.meeting.date);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {reminderUnknown ? strings.actions.reminderUnknown : strings.actions.failed[failure.action]}
        </MessageBarTitle>{' '}
        {reminderUnknown ? (
          lostAnswerStrings.reminder(reminder.title, reminder.dueDate)
        ) : (
          <ErrorReason error={failure.error} />
        )}{' '}
        {failure.action !== 'cancel' && failure.action !== 'reminder' && strings.actions.failedHint}
      </MessageBarBody>
      {again && (
        <MessageBarActions className={styles.actions}>
          <Button size="small" onClick={again}>
            {reminderUnknown ? lostAnswerStrings.addReminder : strings.actions.tryAgain}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Where the invitation stands against its due date, and the one next step. */
export function StageSection({ model, invitation }: { model: PlanningModel; invitation: InvitationModel }) {
  const styles = useStyles();
  const record = model.meeting.invitation;
  const { stage, busy } = invitation;
  const sent = stage === 'verschickt' || stage === 'aktualisiert';
  return (
    <Section heading={strings.stage.heading}>
      <div>
        <Badge appearance="tint" color={stage === 'abgesagt' ? 'danger' : sent ? 'success' : 'informative'}>
          {strings.stage.names[stage]}
        </Badge>
      </div>
      <div className={styles.lines}>
        {!sent && stage !== 'abgesagt' && (
          <>
            <p className={styles.quote}>{strings.stage.due(formatLongDate(invitation.due.dueDate))}</p>
            <p className={styles.quote}>{timing(invitation)}</p>
          </>
        )}
        {stage === 'vorgemerkt' && (
          <p className={styles.quote}>
            {strings.stage.heldAt(formatInstant(record?.heldAt))}
            {invitation.reminderAdded && ` ${strings.stage.reminderAdded}`}
          </p>
        )}
        {/* Always there, so the sentence is read out when a lost answer was found in To Do. */}
        <p role="status" aria-live="polite" className={styles.quote}>
          {invitation.reminderRecovered && lostAnswerStrings.reminderFound}
        </p>
        {record?.sentAt && <p className={styles.quote}>{strings.stage.sentAt(formatInstant(record.sentAt))}</p>}
        {record?.updatedAt && (
          <p className={styles.quote}>{strings.stage.updatedAt(formatInstant(record.updatedAt))}</p>
        )}
        {stage === 'abgesagt' && record?.cancelledAt && (
          <p className={styles.quote}>{strings.stage.cancelledAt(formatInstant(record.cancelledAt))}</p>
        )}
        {stage === 'abgesagt' && record?.cancelMessage && (
          <p className={styles.quote}>
            {strings.stage.cancelMessage} {record.cancelMessage}
          </p>
        )}
        {record?.webLink && stage !== 'abgesagt' && (
          <Link href={record.webLink} target="_blank" rel="noreferrer">
            {strings.stage.openInOutlook}
          </Link>
        )}
      </div>
      {busy && busy !== 'refresh' && <Spinner size="tiny" label={strings.actions.working[busy]} />}
      <Failure model={model} invitation={invitation} />
      {stage !== 'abgesagt' && <MembersNotice invitation={invitation} listAddress={model.settings.distributionList} />}
      {(stage === 'offen' || stage === 'vorgemerkt') && <SendActions model={model} invitation={invitation} />}
      {sent && <ChangesNotice invitation={invitation} />}
      {stage !== 'offen' && stage !== 'abgesagt' && (
        <CancelDialog
          held={stage === 'vorgemerkt'}
          date={formatLongDate(model.meeting.date)}
          disabled={busy !== undefined}
          onConfirm={invitation.cancel}
        />
      )}
    </Section>
  );
}
