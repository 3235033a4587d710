import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PlanningModel } from '../../meeting/planningModel';
import { lastHeldMeeting } from '../minutesEditing';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  line: { margin: 0 },
});

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
  const [opening, setOpening] = useState(false);
  const { meeting } = model;
  const held = lastHeldMeeting(model.meetings, model.today);
  const cancelled = meeting.status === 'abgesagt';
  const open = () => {
    if (!held) return;
    setOpening(true);
    model.openMeeting(held).finally(() => setOpening(false));
  };
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{cancelled ? strings.cancelledTitle : strings.futureTitle}</MessageBarTitle>{' '}
          {cancelled ? strings.cancelled(meeting.date) : strings.future(meeting.date)}
        </MessageBarBody>
      </MessageBar>
      {held ? (
        <>
          <p className={styles.line}>{strings.offer(held.date)}</p>
          <Button appearance="primary" onClick={open} disabled={opening}>
            {strings.open(held.date)}
          </Button>
          {opening && <Spinner size="tiny" label={strings.opening} />}
        </>
      ) : (
        <p className={styles.line}>{strings.none}</p>
      )}
    </div>
  );
}
