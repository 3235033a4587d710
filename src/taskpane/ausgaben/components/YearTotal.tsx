import { makeStyles, tokens } from '@fluentui/react-components';
import type { YearCosts } from '../../../domain/expenseYear';
import { formatEuro } from '../../../domain/money';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { expensesStrings } from '../expensesStrings';
import { figureStyles } from './figureList';

const useStyles = makeStyles({
  ...figureStyles,
  total: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The year's costs across the meetings in the list, this meeting's as they stand now. */
export function YearTotal({ year }: { year: YearCosts }) {
  const styles = useStyles();
  const strings = useLocalized(expensesStrings).year;
  return (
    <Section heading={strings.heading(year.year)}>
      <dl className={styles.list}>
        <div className={styles.row}>
          <dt className={styles.total}>{strings.total}</dt>
          <dd className={styles.value}>
            <span className={styles.total}>{formatEuro(year.totalCents)}</span>{' '}
            {strings.meetings(year.meetingsWithCosts)}
          </dd>
        </div>
      </dl>
      <p className={styles.note}>{strings.note}</p>
    </Section>
  );
}
