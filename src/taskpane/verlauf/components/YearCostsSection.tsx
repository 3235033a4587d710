import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Options } from '../../components/Options';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { type HistoryStrings, historyStrings } from '../historyStrings';
import { type YearCostsState, useYearCostsCsv } from '../useYearCostsCsv';

const useStyles = makeStyles({
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  year: { minWidth: '7em' },
});

function announcement(state: YearCostsState, strings: HistoryStrings['csv']): string {
  switch (state.status) {
    case 'working':
      return strings.working(state.year);
    case 'saved':
      return strings.saved(state.file, state.lines, state.totalCents);
    case 'empty':
      return strings.nothing(state.year);
    default:
      return '';
  }
}

/** "Kosten eines Jahres als CSV": a year and a download, the result said in a status line. */
export function YearCostsSection({ years }: { years: readonly number[] }) {
  const styles = useStyles();
  const strings = useLocalized(historyStrings).csv;
  const { state, download } = useYearCostsCsv();
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? years[0];
  if (year === undefined) return null;
  return (
    <Section heading={strings.heading}>
      <p className={styles.intro}>{strings.intro}</p>
      <div className={styles.row}>
        <Field label={strings.year} className={styles.year}>
          <Select value={String(year)} onChange={(_, data) => setChosen(Number(data.value))}>
            <Options values={years} />
          </Select>
        </Field>
        <Button onClick={() => download(year)} disabledFocusable={state.status === 'working'}>
          {strings.download(year)}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {announcement(state, strings)}
      </div>
      {state.status === 'error' && (
        <ProblemMessage
          title={state.stage === 'save' ? strings.saveFailed : strings.failed(state.year)}
          error={state.error}
          {...(state.stage === 'save' ? { reason: strings.saveFailedHint } : {})}
          onRetry={() => download(state.year)}
        />
      )}
    </Section>
  );
}
