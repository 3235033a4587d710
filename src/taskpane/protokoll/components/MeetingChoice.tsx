import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Notice } from '../../components/Notice';
import { useLocalized } from '../../i18n/localized';
import type { PlanningModel } from '../../meeting/planningModel';
import { lastHeldMeeting } from '../minutesEditing';
import { protokollStrings } from '../protokollStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  line: { margin: 0 },
});

/** Opening the meeting held last: offered, or under way (the button waits). */
type Opening = { status: 'offered' } | { status: 'opening' };

/**
 * The pane's meeting has no minutes to write (it lies ahead or was cancelled): say so, and offer the
 * meeting that took place last.
 */
export function MeetingChoice({
  model,
}: {
  model: Pick<PlanningModel, 'meeting' | 'meetings' | 'today' | 'openMeeting'>;
}) {
  const strings = useLocalized(protokollStrings).choice;
  const styles = useStyles();
  const [opening, setOpening] = useState<Opening>({ status: 'offered' });
  const { meeting } = model;
  const held = lastHeldMeeting(model.meetings, model.today);
  const cancelled = meeting.status === 'abgesagt';
  const open = () => {
    if (!held) return;
    setOpening({ status: 'opening' });
    model.openMeeting(held).finally(() => setOpening({ status: 'offered' }));
  };
  return (
    <div className={styles.root}>
      <Notice intent="info" title={cancelled ? strings.cancelledTitle : strings.futureTitle}>
        {cancelled ? strings.cancelled(meeting.date) : strings.future(meeting.date)}
      </Notice>
      {held ? (
        <>
          <p className={styles.line}>{strings.offer(held.date)}</p>
          <Button appearance="primary" onClick={open} disabled={opening.status === 'opening'}>
            {strings.open(held.date)}
          </Button>
          {opening.status === 'opening' && <Spinner size="tiny" label={strings.opening} />}
        </>
      ) : (
        <p className={styles.line}>{strings.none}</p>
      )}
    </div>
  );
}
