import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { invitationReminder } from '../../../domain/invitation';
import { type LostAnswerStrings, lostAnswerStrings, outcomeUnknown } from '../../access/lostAnswer';
import { DateField } from '../../components/dateTime/DateField';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Section } from '../../components/Section';
import { quietText } from '../../components/textStyles';
import { useLocalized } from '../../i18n/localized';
import type { NextMeetingState } from '../nextMeetingAttempts';
import { type MinutesStrings, protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import type { MinutesDraftsModel } from '../useMinutesDrafts';
import type { NextMeetingModel } from '../useNextMeeting';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { margin: 0, ...quietText },
  line: { margin: 0 },
  confirm: { alignSelf: 'flex-start' },
});

function Outcome({ state }: { state: NextMeetingState }) {
  const strings = useLocalized(protokollStrings).next;
  const lost = useLocalized(lostAnswerStrings);
  const styles = useStyles();
  if (state.status === 'creating') return <Spinner size="tiny" label={strings.creating} />;
  if (state.status === 'created') {
    return (
      <p className={styles.line}>
        {strings.created(state.date, state.due)}
        {state.movedFrom && ` ${strings.moved(state.movedFrom)}`}
        {state.recovered?.includes('meeting') && ` ${lost.meetingItemFound}`}
        {state.recovered?.includes('reminder') && ` ${lost.reminderFound}`}
      </p>
    );
  }
  if (state.status === 'exists') return <p className={styles.line}>{strings.exists(state.date)}</p>;
  return null;
}

type Failed = Extract<NextMeetingState, { status: 'create-failed' | 'reminder-failed' }>;

/** What a failed step says: the list item or the reminder, refused or with its outcome unknown. */
function failureTexts(state: Failed, strings: MinutesStrings['next'], lost: LostAnswerStrings) {
  const created = state.status === 'create-failed';
  const reminder = invitationReminder(state.date);
  if (!outcomeUnknown(state.error))
    return { title: created ? strings.createFailed : strings.reminderFailed(state.date), retryLabel: strings.tryAgain };
  if (created) return { title: strings.createUnknown, reason: lost.meetingItem, retryLabel: strings.tryAgain };
  return {
    title: strings.reminderUnknown(state.date),
    reason: lost.reminder(reminder.title, reminder.dueDate),
    retryLabel: lost.addReminder,
  };
}

function Failure({ next }: { next: NextMeetingModel }) {
  const strings = useLocalized(protokollStrings).next;
  const lost = useLocalized(lostAnswerStrings);
  const { state } = next;
  if (state.status !== 'create-failed' && state.status !== 'reminder-failed') return null;
  return <ProblemMessage {...failureTexts(state, strings, lost)} error={state.error} onRetry={next.retry} />;
}

/** The date fixed at the meeting for the next one, which creates that meeting with its reminder. */
export function NextMeetingSection({
  minutes,
  next,
  drafts,
}: {
  minutes: MinutesModel;
  next: NextMeetingModel;
  drafts: MinutesDraftsModel;
}) {
  const strings = useLocalized(protokollStrings).next;
  const styles = useStyles();
  const fixed = minutes.minutes.nextMeetingDate;
  const text = drafts.drafts.nextDate ?? fixed ?? '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next.confirm(text)) drafts.change({ nextDate: undefined });
  };
  return (
    <Section heading={strings.heading}>
      <form className={styles.form} onSubmit={submit} noValidate aria-label={strings.heading}>
        <p className={styles.hint}>{strings.intro}</p>
        {fixed && <p className={styles.line}>{strings.fixed(fixed)}</p>}
        <DateField
          label={strings.date}
          optional
          value={text}
          validationMessage={next.problem}
          onCommit={(date) => drafts.change({ nextDate: date })}
        />
        <Button className={styles.confirm} type="submit" disabled={next.state.status === 'creating'}>
          {strings.confirm}
        </Button>
        <div role="status" aria-live="polite">
          <Outcome state={next.state} />
        </div>
        <Failure next={next} />
      </form>
    </Section>
  );
}
