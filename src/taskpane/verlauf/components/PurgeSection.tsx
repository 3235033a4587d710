import { makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { formatLongDate } from '../../../domain/planning';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { historyStrings } from '../historyStrings';
import type { PurgeScope } from '../purgeMeetings';
import { type PurgeState, usePersonalDataPurge } from '../usePersonalDataPurge';
import { PurgeSummary } from './PurgeSummary';

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  paragraph: { margin: 0, marginBottom: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
});

function ScopeText({ scope }: { scope: PurgeScope }) {
  const styles = useStyles();
  const strings = useLocalized(historyStrings).purge;
  const cutoff = formatLongDate(scope.cutoff);
  return (
    <p className={styles.note}>
      {strings.intro(scope.months, cutoff)} {strings.pending(scope.candidates.length)}
      {scope.handMade > 0 && ` ${strings.handMade(scope.handMade)}`}
    </p>
  );
}

function Progress({ state }: { state: PurgeState }) {
  const strings = useLocalized(historyStrings).purge;
  return (
    <>
      {state.status === 'working' && <ProgressBar value={state.done} max={state.total} />}
      <div role="status" aria-live="polite">
        {state.status === 'working' && strings.progress(state.done, state.total, formatLongDate(state.current))}
      </div>
      {state.status === 'finished' && <PurgeSummary results={state.results} />}
    </>
  );
}

/**
 * Verlauf's "Personenbezogene Daten alter Treffen": which meetings are older than the team's storage
 * period and still hold names, removing them after a confirmation, the progress and what became of each.
 */
export function PurgeSection({ onFinished }: { onFinished: () => void }) {
  const styles = useStyles();
  const strings = useLocalized(historyStrings).purge;
  const { availability, state, start } = usePersonalDataPurge(onFinished);
  if (availability.status !== 'ready') {
    const text = availability.status === 'waiting' ? strings.waiting : strings.settingsUnread;
    return (
      <Section heading={strings.heading}>
        <p className={styles.note}>{text}</p>
      </Section>
    );
  }
  const { scope } = availability;
  return (
    <Section heading={strings.heading}>
      <ScopeText scope={scope} />
      {scope.candidates.length > 0 && (
        <div className={styles.button}>
          <ConfirmButton
            label={strings.button}
            title={strings.title}
            confirmLabel={strings.confirm}
            onConfirm={start}
            disabled={state.status === 'working'}
          >
            <p className={styles.paragraph}>{strings.scope(scope.candidates.length, formatLongDate(scope.cutoff))}</p>
            <p className={styles.paragraph}>{strings.removed}</p>
            <p className={styles.paragraph}>{strings.kept}</p>
            <p className={styles.paragraph}>{strings.final}</p>
            <p className={styles.paragraph}>{strings.documents}</p>
          </ConfirmButton>
        </div>
      )}
      <Progress state={state} />
    </Section>
  );
}
