import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { EXPENSE_CATEGORIES } from '../../../domain/expenses';
import { formatEuro } from '../../../domain/money';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { expensesStrings } from '../expensesStrings';
import type { ExpensesModel } from '../useExpenses';
import { figureStyles } from './figureList';

const useStyles = makeStyles({
  ...figureStyles,
  total: {
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export type ExpenseSummaryProps = Pick<ExpensesModel, 'totals' | 'participants' | 'budgetCents'>;

/** Totals per category and overall, the share per participant and the budget, with a notice when over. */
export function ExpenseSummary({ totals, participants, budgetCents }: ExpenseSummaryProps) {
  const styles = useStyles();
  const strings = useLocalized(expensesStrings).totals;
  const used = EXPENSE_CATEGORIES.filter((category) => totals.byCategory[category] > 0);
  const budget =
    budgetCents === null
      ? strings.noBudget
      : totals.overBudgetByCents === null
        ? `${formatEuro(budgetCents)}, ${strings.remaining(budgetCents - totals.totalCents)}`
        : formatEuro(budgetCents);
  const rows: [string, string, string?][] = [
    ...used.map((category): [string, string] => [category, formatEuro(totals.byCategory[category])]),
    [strings.total, formatEuro(totals.totalCents), styles.total],
    [strings.participants, participants === null ? strings.noParticipants : String(participants)],
    ...(totals.perParticipantCents === null
      ? []
      : [[strings.perParticipant, formatEuro(totals.perParticipantCents)] as [string, string]]),
    [strings.budget, budget],
  ];
  return (
    <Section heading={strings.heading}>
      <dl className={styles.list}>
        {rows.map(([term, value, className]) => (
          <div key={term} className={mergeClasses(styles.row, className)}>
            <dt>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {participants === null && <p className={styles.hint}>{strings.noParticipantsHint}</p>}
      <div role="status">
        {totals.overBudgetByCents !== null && budgetCents !== null && (
          <Notice intent="warning" title={strings.overTitle}>
            {strings.overBody(totals.overBudgetByCents, budgetCents)}
          </Notice>
        )}
      </div>
    </Section>
  );
}
