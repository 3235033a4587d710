import { makeStyles } from '@fluentui/react-components';
import { MeetingGate } from '../meeting/MeetingGate';
import type { PlanningModel } from '../meeting/planningModel';
import { ViewIntro } from '../components/ViewIntro';
import { HeldMeetingMinutes } from './components/HeldMeetingMinutes';
import { MeetingChoice } from './components/MeetingChoice';
import { minutesPossible } from './minutesEditing';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The minutes of the pane's meeting once it took place; before that (or when it was cancelled) the
 * offer to open the meeting held last. Render with `key={meeting.id}`.
 */
export function MinutesScreen({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {minutesPossible(model.meeting, model.today) ? (
        <HeldMeetingMinutes model={model} />
      ) : (
        <MeetingChoice model={model} />
      )}
    </div>
  );
}

/** The Protokoll view: its heading, then the minutes of the open meeting once it is loaded. */
export default function ProtokollView() {
  return (
    <>
      <ViewIntro view="protokoll" />
      <MeetingGate>{(model) => <MinutesScreen key={model.meeting.id} model={model} />}</MeetingGate>
    </>
  );
}
