import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import type { NextMeetingModel, NextMeetingState } from '../useNextMeeting';
import type { MinutesDraftsModel } from '../useMinutesDrafts';
import { ErrorReason } from '../../access/ErrorReason';
import { lostAnswerStrings, outcomeUnknown } from '../../access/lostAnswer';
import { invitationReminder } from '../../../domain/invitation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  line: { margin: 0 },
  confirm: { alignSelf: 'flex-start' },
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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

function Failure({ next }: { next: NextMeetingModel }) {
  const strings = useLocalized(protokollStrings).next;
  const lost = useLocalized(lostAnswerStrings);
  const styles = useStyles();
  const { state } = next;
  if (state.status !== 'create-failed' && state.status !== 'reminder-failed') return null;
  const created = state.status === 'create-failed';
  const unknown = outcomeUnknown(state.error);
  const title = created
    ? unknown
      ? strings.createUnknown
      : strings.createFailed
    : unknown
      ? strings.reminderUnknown(state.date)
      : strings.reminderFailed(state.date);
  const reminder = invitationReminder(state.date);
  const reason = !unknown ? (
    <ErrorReason error={state.error} />
  ) : created ? (
    lost.meetingItem
  ) : (
    lost.reminder(reminder.title, reminder.dueDate)
  );
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {reason}
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <Button size="small" onClick={next.retry}>
          {unknown && !created ? lost.addReminder : strings.tryAgain}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
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
        <Field label={strings.date} validationMessage={next.problem}>
          <Input type="date" value={text} onChange={(_, data) => drafts.change({ nextDate: data.value })} />
        </Field>
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
