import { Badge, Spinner } from '@fluentui/react-components';
import { formatLongDate, type Meeting } from '../../../domain/planning';
import { Section } from '../../components/Section';
import { useMeetingRoom } from '../../hooks/useMeetingRoom';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';
import type { InvitationModel } from '../useInvitation';
import { workingOn } from '../useInvitationStep';
import { CancelDialog } from './CancelDialog';
import { ChangesNotice } from './ChangesNotice';
import { MembersNotice } from './MembersNotice';
import { SendActions } from './SendActions';
import { StageFacts } from './StageFacts';
import { StepProblem } from './StepProblem';
import { UninvitableNotice } from './UninvitableNotice';

/** Where the invitation stands against its due date, and the one next step. */
export function StageSection({
  meeting,
  listAddress,
  invitation,
}: {
  meeting: Meeting;
  listAddress: string;
  invitation: InvitationModel;
}) {
  const strings = useLocalized(einladungStrings);
  const { stage } = invitation;
  const busy = workingOn(invitation.step);
  const room = useMeetingRoom(meeting);
  const sent = stage === 'verschickt' || stage === 'aktualisiert';
  return (
    <Section heading={strings.stage.heading}>
      <div>
        <Badge appearance="tint" color={stage === 'abgesagt' ? 'danger' : sent ? 'success' : 'informative'}>
          {strings.stage.names[stage]}
        </Badge>
      </div>
      <StageFacts record={meeting.invitation} invitation={invitation} />
      {busy && busy !== 'refresh' && <Spinner size="tiny" label={strings.actions.working[busy]} />}
      <StepProblem meetingDate={meeting.date} invitation={invitation} />
      {stage !== 'abgesagt' && <MembersNotice invitation={invitation} listAddress={listAddress} />}
      {stage !== 'abgesagt' && <UninvitableNotice attendees={invitation.uninvitable} />}
      {(stage === 'offen' || stage === 'vorgemerkt') && (
        <SendActions hasVenue={Boolean(meeting.venue)} invitation={invitation} />
      )}
      {sent && <ChangesNotice invitation={invitation} />}
      {stage !== 'offen' && stage !== 'abgesagt' && (
        <CancelDialog
          held={stage === 'vorgemerkt'}
          date={formatLongDate(meeting.date)}
          disabled={busy !== undefined}
          limit={room.spareFor('cancelMessage')}
          onConfirm={invitation.cancel}
        />
      )}
    </Section>
  );
}
