import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PastMeeting } from '../../../graph/historyMapping';
import { useErrors } from '../../hooks/useErrors';
import { useMeeting } from '../../meeting/MeetingContext';
import { longDate } from '../entryFacts';
import { listedMeetingOf } from '../pastMeetingFacts';
import { verlaufStrings } from '../verlaufStrings';
import { Part } from './Part';

const strings = verlaufStrings.edit;

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  button: { alignSelf: 'flex-start' },
});

/**
 * Makes a meeting the add-in filed the one the pane works on (Planen, Einladung, Protokoll, Ausgaben).
 * Meetings a colleague entered by hand in SharePoint have no record to edit here.
 */
export function EditMeeting({ past }: { past: PastMeeting }) {
  const styles = useStyles();
  const { state } = useMeeting();
  const { report } = useErrors();
  const [phase, setPhase] = useState<'idle' | 'opening' | 'tried'>('idle');
  const listed = listedMeetingOf(past);
  if (!listed) return <p className={styles.note}>{strings.handMade}</p>;

  const model = state.status === 'ready' ? state.value : undefined;
  const isOpen = model?.meeting.id === listed.meeting?.id;
  const open = async () => {
    if (!model) return;
    setPhase('opening');
    try {
      await model.openMeeting(listed);
    } catch (error) {
      report(error);
    } finally {
      setPhase('tried');
    }
  };
  const status = isOpen
    ? strings.opened(longDate(past))
    : phase === 'opening'
      ? strings.opening
      : phase === 'tried'
        ? strings.notOpened
        : model
          ? ''
          : strings.waiting;

  return (
    <Part heading={strings.heading}>
      <p className={styles.note}>{strings.hint}</p>
      <Button
        className={styles.button}
        appearance="primary"
        disabledFocusable={!model || isOpen || phase === 'opening'}
        onClick={() => void open()}
      >
        {strings.button}
      </Button>
      <div role="status" aria-live="polite">
        {status}
      </div>
    </Part>
  );
}
