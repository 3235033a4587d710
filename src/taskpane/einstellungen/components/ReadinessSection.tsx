import { Button, makeStyles, Spinner } from '@fluentui/react-components';
import type { ReadinessRow } from '../../../domain/readiness';
import { formatClock } from '../../components/format';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { type ReadinessStrings, readinessStrings } from '../readinessStrings';
import { rowsForIt } from '../readinessText';
import { useReadiness } from '../useReadiness';
import { ForItText } from './ForItText';
import { ReadinessRowItem } from './ReadinessRowItem';

const useStyles = makeStyles({
  row: { display: 'flex' },
  line: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, minWidth: 0 },
});

function summary(rows: ReadinessRow[], at: string, strings: ReadinessStrings): string {
  const ok = rows.filter((r) => r.status === 'ok').length;
  const missing = rows.filter((r) => r.status === 'missing').length;
  return strings.summary(formatClock(at), ok, missing, rows.length - ok - missing);
}

/** "Verbindung prüfen": a row per capability, the result read out, a text of the missing grants for IT. */
export function ReadinessSection() {
  const styles = useStyles();
  const strings = useLocalized(readinessStrings);
  const { state, check } = useReadiness();
  return (
    <Section heading={strings.heading} intro={strings.intro}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={state.status === 'checking'}>
          {state.status === 'ready' ? strings.checkAgain : strings.check}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.status === 'checking' && <Spinner size="tiny" label={strings.checking} />}
        {state.status === 'ready' && <p className={styles.line}>{summary(state.rows, state.at, strings)}</p>}
      </div>
      {state.status === 'error' && <ProblemMessage title={strings.failed} error={state.error} />}
      {state.status === 'ready' && (
        <>
          <ul className={styles.list} aria-label={strings.listLabel}>
            {state.rows.map((row) => (
              <ReadinessRowItem key={row.capability} row={row} />
            ))}
          </ul>
          {rowsForIt(state.rows).length > 0 && <ForItText rows={state.rows} />}
        </>
      )}
    </Section>
  );
}
