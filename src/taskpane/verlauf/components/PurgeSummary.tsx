import { makeStyles, tokens } from '@fluentui/react-components';
import { formatLongDate } from '../../../domain/planning';
import { ErrorReason } from '../../access/ErrorReason';
import { Notice } from '../../components/Notice';
import { plainList } from '../../components/plainList';
import { useLocalized } from '../../i18n/localized';
import { type HistoryStrings, historyStrings } from '../historyStrings';
import type { PurgeOutcome, PurgeResult } from '../purgeMeetings';

const useStyles = makeStyles({
  list: { ...plainList(tokens.spacingVerticalXS), marginTop: tokens.spacingVerticalXS },
});

type Problem = Exclude<PurgeOutcome, { kind: 'purged' } | { kind: 'clean' }>;

const isProblem = (outcome: PurgeOutcome): outcome is Problem => outcome.kind !== 'purged' && outcome.kind !== 'clean';

function reason(outcome: Problem, strings: HistoryStrings['purge']) {
  if (outcome.kind === 'open') return strings.open;
  if (outcome.kind === 'conflict') return strings.conflict;
  if (outcome.kind === 'handMade') return strings.handMadeNow;
  return (
    <>
      {strings.failed} <ErrorReason error={outcome.error} />
    </>
  );
}

/** What became of the meetings: how many were cleaned, and each one that was not, with the reason. */
export function PurgeSummary({ results }: { results: readonly PurgeResult[] }) {
  const styles = useStyles();
  const strings = useLocalized(historyStrings).purge;
  const count = (kind: PurgeOutcome['kind']) => results.filter((result) => result.outcome.kind === kind).length;
  const problems = results.flatMap((result) =>
    isProblem(result.outcome) ? [{ ...result, outcome: result.outcome }] : [],
  );
  return (
    <Notice intent={problems.length > 0 ? 'warning' : 'success'} title={strings.finished(count('purged'))}>
      {count('clean') > 0 && strings.clean(count('clean'))}
      {problems.length > 0 && (
        <>
          {' '}
          {strings.problems(problems.length)}
          <ul className={styles.list}>
            {problems.map((problem) => (
              <li key={problem.itemId}>
                {formatLongDate(problem.date)} {reason(problem.outcome, strings)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}
