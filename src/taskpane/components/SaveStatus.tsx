import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { MeetingDifference } from '../../domain/minutes';
import { berlinParts } from '../../domain/planning';
import { waitReason } from '../hooks/useBackgroundRetry';
import { plainList } from './plainList';
import type { PlanningModel, SyncState } from '../meeting/planningModel';
import { planenStrings } from '../planen/planenStrings';
import { ErrorReason } from '../access/ErrorReason';
import { lostAnswerStrings, outcomeUnknown } from '../access/lostAnswer';

const strings = planenStrings.save;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    minHeight: tokens.lineHeightBase200,
  },
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  conflict: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  differences: plainList(tokens.spacingVerticalS),
  versions: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function statusLine(sync: SyncState): string {
  switch (sync.status) {
    case 'saved': {
      const at = new Date(sync.at);
      const saved = Number.isNaN(at.getTime()) ? '' : strings.savedAt(berlinParts(at).time);
      if (!sync.recovered) return saved;
      return saved ? `${saved}. ${lostAnswerStrings.meetingItemFound}` : lostAnswerStrings.meetingItemFound;
    }
    case 'pending':
    case 'saving':
      return strings.saving;
    case 'device':
      return strings.onDevice;
    default:
      return '';
  }
}

/** Each differing part: the user's text beside SharePoint's, so nothing is overwritten unseen. */
function Differences({ differences }: { differences: MeetingDifference[] | 'reading' | 'unreadable' }) {
  const styles = useStyles();
  if (differences === 'reading') return <p className={styles.line}>{strings.readingDifferences}</p>;
  if (differences === 'unreadable') return <p className={styles.line}>{strings.unreadableDifferences}</p>;
  if (differences.length === 0) return <p className={styles.line}>{strings.noDifferences}</p>;
  return (
    <div>
      <h3 className={styles.heading}>{strings.differencesHeading}</h3>
      <ul className={styles.differences}>
        {differences.map((d) => (
          <li key={d.label}>
            <strong>{d.label}</strong>
            <dl className={styles.versions}>
              <dt>{strings.mine}</dt>
              <dd className={styles.text}>{d.mine || strings.empty}</dd>
              <dt>{strings.theirs}</dt>
              <dd className={styles.text}>{d.theirs || strings.empty}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type SaveStatusProps = Pick<PlanningModel, 'sync' | 'saveNow' | 'resolveConflict'>;

/** Where the plan stands against SharePoint; a plain line, or a message with what to do. */
export function SaveStatus({ sync, saveNow, resolveConflict }: SaveStatusProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" className={styles.line}>
        {statusLine(sync)}
      </div>
      {sync.status === 'error' && (
        <MessageBar intent={waitReason(sync.error) ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle> {strings.errorBody}{' '}
            {outcomeUnknown(sync.error) ? lostAnswerStrings.meetingItem : <ErrorReason error={sync.error} />}
            {waitReason(sync.error) && ` ${strings.retrying}`}
          </MessageBarBody>
          <MessageBarActions className={styles.actions}>
            <Button size="small" onClick={saveNow}>
              {strings.saveNow}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sync.status === 'conflict' && (
        <section className={styles.conflict} aria-labelledby="konflikt-titel">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle id="konflikt-titel">{strings.conflictTitle}</MessageBarTitle> {strings.conflictBody}
            </MessageBarBody>
          </MessageBar>
          <Differences differences={sync.differences} />
          <p className={styles.line}>{strings.choices}</p>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => resolveConflict('merge')}>
              {strings.merge}
            </Button>
            <Button onClick={() => resolveConflict('mine')}>{strings.keepMine}</Button>
            <Button onClick={() => resolveConflict('theirs')}>{strings.takeTheirs}</Button>
          </div>
        </section>
      )}
    </div>
  );
}
