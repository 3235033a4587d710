import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { berlinParts } from '../../domain/planning';
import { ErrorReason } from '../access/ErrorReason';
import { type LostAnswerStrings, lostAnswerStrings, outcomeUnknown } from '../access/lostAnswer';
import { waitReason } from '../hooks/useBackgroundRetry';
import { useLocalized } from '../i18n/localized';
import type { ConflictChoice, SyncState } from '../meeting/planningModel';
import { type KitStrings, kitStrings } from './kitStrings';
import { Notice } from './Notice';
import { quietText } from './textStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { ...quietText, minHeight: tokens.lineHeightBase200 },
});

/** The conflict's differences and choices load when a conflict is shown (most saves meet none). */
const SaveConflict = lazy(async () => ({
  default: (await import(/* webpackChunkName: "conflict" */ './SaveConflict')).SaveConflict,
}));

function statusLine(sync: SyncState, strings: KitStrings['save'], lost: LostAnswerStrings): string {
  switch (sync.status) {
    case 'saved': {
      const at = new Date(sync.at);
      const saved = Number.isNaN(at.getTime()) ? '' : strings.savedAt(berlinParts(at).time);
      if (!sync.recovered) return saved;
      return saved ? `${saved}. ${lost.meetingItemFound}` : lost.meetingItemFound;
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

export interface SaveStatusProps {
  sync: SyncState;
  saveNow: () => void;
  resolveConflict: (choice: ConflictChoice) => void;
}

/**
 * Where the open meeting stands against SharePoint (the session's SyncState): a plain status line,
 * a message with "Jetzt speichern" when saving failed, or the conflict with its three choices.
 */
export function SaveStatus({ sync, saveNow, resolveConflict }: SaveStatusProps) {
  const styles = useStyles();
  const strings = useLocalized(kitStrings).save;
  const lost = useLocalized(lostAnswerStrings);
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" className={styles.line}>
        {statusLine(sync, strings, lost)}
      </div>
      {sync.status === 'error' && (
        <Notice
          intent={waitReason(sync.error) ? 'warning' : 'error'}
          title={strings.errorTitle}
          actions={
            <Button size="small" onClick={saveNow}>
              {strings.saveNow}
            </Button>
          }
        >
          {strings.errorBody} {outcomeUnknown(sync.error) ? lost.meetingItem : <ErrorReason error={sync.error} />}
          {waitReason(sync.error) && ` ${strings.retrying}`}
        </Notice>
      )}
      {sync.status === 'conflict' && (
        // Until its chunk is there, the warning it starts with.
        <Suspense
          fallback={
            <Notice intent="warning" title={strings.conflictTitle}>
              {strings.conflictBody}
            </Notice>
          }
        >
          <SaveConflict differences={sync.differences} resolveConflict={resolveConflict} />
        </Suspense>
      )}
    </div>
  );
}
