import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { berlinParts } from '../../../domain/planning';
import { useStrings } from '../../i18n/useStrings';
import type { PlanningModel, SyncState } from '../planningModel';
import { planenStrings } from '../planenStrings';

const strings = planenStrings.save;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    minHeight: tokens.lineHeightBase200,
  },
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function statusLine(sync: SyncState): string {
  switch (sync.status) {
    case 'saved': {
      const at = new Date(sync.at);
      return Number.isNaN(at.getTime()) ? '' : strings.savedAt(berlinParts(at).time);
    }
    case 'pending':
    case 'saving':
      return strings.saving;
    default:
      return '';
  }
}

export type SaveStatusProps = Pick<PlanningModel, 'sync' | 'saveNow' | 'resolveConflict'>;

/** Where the plan stands against SharePoint; a plain line, or a message with what to do. */
export function SaveStatus({ sync, saveNow, resolveConflict }: SaveStatusProps) {
  const styles = useStyles();
  const reasons = useStrings().errors;
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" className={styles.line}>
        {statusLine(sync)}
      </div>
      {sync.status === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle> {strings.errorBody} {reasons[sync.error.code]}
          </MessageBarBody>
          <MessageBarActions className={styles.actions}>
            <Button size="small" onClick={saveNow}>
              {strings.saveNow}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sync.status === 'conflict' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.conflictTitle}</MessageBarTitle> {strings.conflictBody}
          </MessageBarBody>
          <MessageBarActions className={styles.actions}>
            <Button size="small" onClick={() => resolveConflict('theirs')}>
              {strings.takeTheirs}
            </Button>
            <Button size="small" onClick={() => resolveConflict('mine')}>
              {strings.keepMine}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
