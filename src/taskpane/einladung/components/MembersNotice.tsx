import { Button, Spinner } from '@fluentui/react-components';
import { ErrorReason } from '../../access/ErrorReason';
import { Notice } from '../../components/Notice';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings, type InvitationStrings } from '../einladungStrings';
import type { InvitationModel, MembersView } from '../useInvitation';

type MembersStrings = InvitationStrings['members'];

type Fallback = Extract<MembersView, { status: 'fallback' }>;

function fallbackText(strings: MembersStrings, members: Fallback): string {
  switch (members.reason) {
    case 'limitedInformation':
      return strings.fallback.limitedInformation(members.missing ?? ['User.ReadBasic.All']);
    case 'withoutAddress':
      return strings.fallback.withoutAddress(members.withoutAddress);
    default:
      return strings.fallback[members.reason];
  }
}

/** The list is invited as a whole although expansion is on, and why. */
function FallbackNotice({ members, listAddress }: { members: Fallback; listAddress: string }) {
  const strings = useLocalized(einladungStrings).members;
  return (
    <Notice intent="info" title={strings.fallbackTitle(listAddress)}>
      {fallbackText(strings, members)} {strings.replies}
      {members.error && <ErrorReason error={members.error} />}
    </Notice>
  );
}

/**
 * With list expansion: the members are being read; could not be read for a passing reason (then
 * nothing can be sent, with a retry); or the list is invited as a whole, and why.
 */
export function MembersNotice({ invitation, listAddress }: { invitation: InvitationModel; listAddress: string }) {
  const strings = useLocalized(einladungStrings).members;
  const { members } = invitation;
  if (members.status === 'loading') return <Spinner size="tiny" label={strings.loading} />;
  if (members.status === 'fallback') return <FallbackNotice members={members} listAddress={listAddress} />;
  if (members.status !== 'error') return null;
  return (
    <Notice
      intent="warning"
      actions={
        <Button size="small" onClick={invitation.readMembersAgain}>
          {strings.retry}
        </Button>
      }
    >
      {strings.failed(listAddress)} <ErrorReason error={members.error} />
    </Notice>
  );
}
