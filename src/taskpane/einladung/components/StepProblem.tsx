import { invitationReminder } from '../../../domain/invitation';
import type { PlainDate } from '../../../domain/planning';
import { lostAnswerStrings, outcomeUnknown } from '../../access/lostAnswer';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';
import type { InvitationModel } from '../useInvitation';

/**
 * A step that did not go through, why, and trying it again (a cancellation is tried again from its
 * dialog). A reminder that may exist already: look in To Do first, add it again only deliberately.
 * Reading the replies says its failure in the replies.
 */
export function StepProblem({ meetingDate, invitation }: { meetingDate: PlainDate; invitation: InvitationModel }) {
  const strings = useLocalized(einladungStrings).actions;
  const lostAnswer = useLocalized(lostAnswerStrings);
  const { step } = invitation;
  if (step.status !== 'failed' || step.action === 'refresh') return null;
  const again = {
    hold: invitation.hold,
    reminder: invitation.addReminder,
    send: invitation.send,
    update: invitation.sendUpdate,
    cancel: undefined,
  }[step.action];
  const reminderUnknown = step.action === 'reminder' && outcomeUnknown(step.error);
  const reminder = invitationReminder(meetingDate);
  return (
    <ProblemMessage
      title={reminderUnknown ? strings.reminderUnknown : strings.failed[step.action]}
      error={step.error}
      reason={reminderUnknown ? lostAnswer.reminder(reminder.title, reminder.dueDate) : undefined}
      onRetry={again}
      retryLabel={reminderUnknown ? lostAnswer.addReminder : strings.tryAgain}
    >
      {step.action !== 'cancel' && step.action !== 'reminder' && strings.failedHint}
    </ProblemMessage>
  );
}
