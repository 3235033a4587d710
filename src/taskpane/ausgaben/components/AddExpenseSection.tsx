import { makeStyles, tokens } from '@fluentui/react-components';
import type { ExpenseLine } from '../../../domain/expenses';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { expensesStrings } from '../expensesStrings';
import type { ExpenseDrafts } from '../useExpenseDrafts';
import type { ExpensesModel } from '../useExpenses';
import { ExpenseForm } from './ExpenseForm';

const useStyles = makeStyles({
  feedback: { color: tokens.colorNeutralForeground2, minHeight: tokens.lineHeightBase300 },
});

export interface AddExpenseSectionProps {
  expenses: Pick<ExpensesModel, 'add' | 'lastChange'>;
  drafts: Pick<ExpenseDrafts, 'add' | 'changeAdd' | 'clearAdd'>;
}

/** The form for a new line; after adding, it is empty again and says what was added. */
export function AddExpenseSection({ expenses, drafts }: AddExpenseSectionProps) {
  const styles = useStyles();
  const strings = useLocalized(expensesStrings).form;
  const { lastChange } = expenses;
  const save = (line: ExpenseLine) => {
    expenses.add(line);
    drafts.clearAdd();
  };
  return (
    <Section heading={strings.addHeading}>
      <ExpenseForm
        label={strings.addHeading}
        draft={drafts.add}
        onChange={drafts.changeAdd}
        submitLabel={strings.add}
        focusKey="add:form"
        onSave={save}
      />
      <div role="status" className={styles.feedback}>
        {lastChange.kind === 'added' && strings.added(lastChange.line)}
      </div>
    </Section>
  );
}
