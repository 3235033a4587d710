import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { formatLongDate } from '../../../domain/planning';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';
import type { InvitationModel } from '../useInvitation';
import { workingOn } from '../useInvitationStep';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * Before the invitation is out: hold the date (while it is early), and send it, asking first while it is
 * early. Holding needs no invitees; sending waits for the list's members where they are expanded.
 */
export function SendActions({ hasVenue, invitation }: { hasVenue: boolean; invitation: InvitationModel }) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings);
  const { due, stage } = invitation;
  const holdDisabled = workingOn(invitation.step) !== undefined || !hasVenue || due.phase === 'past';
  const disabled = holdDisabled || !invitation.inviteesKnown;
  return (
    <>
      {!hasVenue && <p className={styles.hint}>{strings.stage.missingVenue}</p>}
      <Checkbox
        label={strings.actions.attachAgenda}
        checked={invitation.attachAgenda}
        disabled={workingOn(invitation.step) !== undefined}
        onChange={(_event, data) => invitation.setAttachAgenda(data.checked === true)}
      />
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
              {strings.confirmEarly.body(formatLongDate(due.dueDate), due.days)}
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
