import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ExpenseLine } from '../../../domain/expenses';
import { formatEuro } from '../../../domain/money';
import { useLocalized } from '../../i18n/localized';
import { expensesStrings } from '../expensesStrings';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  category: { fontWeight: tokens.fontWeightSemibold },
  amount: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  description: { margin: 0 },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  metaRow: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  metaValue: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ExpenseCardProps {
  line: ExpenseLine;
  /** Absent when the expenses are read-only. */
  onEdit?: () => void;
  onRemove?: () => void;
}

/** One expense line, stacked so that it reads at 320 px: category and amount, what for, who paid, receipt. */
export function ExpenseCard({ line, onEdit, onRemove }: ExpenseCardProps) {
  const styles = useStyles();
  const strings = useLocalized(expensesStrings).list;
  const meta: [string, string][] = [
    [strings.paidBy, line.paidBy || strings.none],
    [strings.receiptNumber, line.receiptNumber || strings.none],
  ];
  return (
    <div className={styles.card}>
      <div className={styles.head}>
        <span className={styles.category}>{line.category}</span>
        <span className={styles.amount}>{formatEuro(line.amountCents)}</span>
      </div>
      <p className={styles.description}>{line.description}</p>
      <dl className={styles.meta}>
        {meta.map(([term, value]) => (
          <div key={term} className={styles.metaRow}>
            <dt>{term}:</dt>
            <dd className={styles.metaValue}>{value}</dd>
          </div>
        ))}
      </dl>
      {onEdit && onRemove && (
        <div className={styles.actions}>
          <Button size="small" data-focus={`${line.id}:edit`} aria-label={strings.editLabel(line)} onClick={onEdit}>
            {strings.edit}
          </Button>
          <Button size="small" aria-label={strings.removeLabel(line)} onClick={onRemove}>
            {strings.remove}
          </Button>
        </div>
      )}
    </div>
  );
}
