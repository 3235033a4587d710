import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PastMeeting } from '../../../domain/history';
import { SubSection } from '../../components/SubSection';
import { useLocalized } from '../../i18n/localized';
import { longDate } from '../historyFacts';
import { type HistoryStrings, historyStrings } from '../historyStrings';
import { type EditState, useEditMeeting } from '../useEditMeeting';

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  button: { alignSelf: 'flex-start' },
});

function statusLine(state: EditState, past: PastMeeting, strings: HistoryStrings['edit']): string {
  switch (state.status) {
    case 'open':
      return strings.opened(longDate(past));
    case 'opening':
      return strings.opening;
    case 'notOpened':
      return strings.notOpened;
    case 'waiting':
      return strings.waiting;
    default:
      return '';
  }
}

/**
 * Makes a meeting the add-in filed the one the pane works on (Planen, Einladung, Protokoll, Ausgaben).
 * Meetings a colleague entered by hand in SharePoint have no record to edit here.
 */
export function EditMeeting({ past }: { past: PastMeeting }) {
  const styles = useStyles();
  const strings = useLocalized(historyStrings).edit;
  const { state, open } = useEditMeeting(past);
  if (state.status === 'handMade') return <p className={styles.note}>{strings.handMade}</p>;
  return (
    <SubSection heading={strings.heading}>
      <p className={styles.note}>{strings.hint}</p>
      <Button className={styles.button} appearance="primary" disabledFocusable={!open} onClick={open}>
        {strings.button}
      </Button>
      <div role="status" aria-live="polite">
        {statusLine(state, past, strings)}
      </div>
    </SubSection>
  );
}
