import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Notice';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';
import type { InvitationModel } from '../useInvitation';
import { workingOn } from '../useInvitationStep';

/** After sending: what changed since, and sending the update to everyone (asking first). */
export function ChangesNotice({ invitation }: { invitation: InvitationModel }) {
  const strings = useLocalized(einladungStrings).changes;
  const { changes } = invitation;
  if (changes.length === 0) return null;
  const send = (
    <ConfirmButton
      label={strings.send}
      title={strings.confirmTitle}
      confirmLabel={strings.confirm}
      onConfirm={invitation.sendUpdate}
      disabled={workingOn(invitation.step) !== undefined || !invitation.inviteesKnown}
      appearance="primary"
    >
      {strings.confirmBody(changes)}
    </ConfirmButton>
  );
  return (
    <Notice intent="warning" title={strings.title} actions={send}>
      {strings.body(changes)}
    </Notice>
  );
}
