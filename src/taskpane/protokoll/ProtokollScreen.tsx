import { makeStyles } from '@fluentui/react-components';
import type { PlanningModel } from '../meeting/planningModel';
import { MeetingChoice } from './components/MeetingChoice';
import { minutesPossible } from './minutesEditing';
import { MinutesScreen } from './MinutesScreen';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The body of the Protokoll view: the minutes of the pane's meeting once it took place; before that
 * (or when it was cancelled) the offer to open the meeting held last. Render with `key={meeting.id}`.
 */
export function ProtokollScreen({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {minutesPossible(model.meeting, model.today) ? <MinutesScreen model={model} /> : <MeetingChoice model={model} />}
    </div>
  );
}
