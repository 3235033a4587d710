import { makeStyles, tokens } from '@fluentui/react-components';
import { Section } from '../../components/Section';
import { ausgabenStrings } from '../ausgabenStrings';
import type { ExpenseDrafts } from '../useExpenseDrafts';
import type { ExpensesModel } from '../useExpenses';
import { ExpenseForm } from './ExpenseForm';

const strings = ausgabenStrings.form;

const useStyles = makeStyles({
  feedback: { color: tokens.colorNeutralForeground2, minHeight: tokens.lineHeightBase300 },
});

export interface AddExpenseSectionProps {
  expenses: Pick<ExpensesModel, 'add' | 'feedback'>;
  drafts: Pick<ExpenseDrafts, 'add' | 'changeAdd' | 'clearAdd'>;
}

/** The form for a new line; after adding, it is empty again and says what was added. */
export function AddExpenseSection({ expenses, drafts }: AddExpenseSectionProps) {
  const styles = useStyles();
  return (
    <Section heading={strings.addHeading}>
      <ExpenseForm
        label={strings.addHeading}
        draft={drafts.add}
        onChange={drafts.changeAdd}
        submitLabel={strings.add}
        focusKey="add:form"
        onSave={(line) => {
          expenses.add(line);
          drafts.clearAdd();
        }}
      />
      <div role="status" className={styles.feedback}>
        {expenses.feedback?.where === 'form' && expenses.feedback.text}
      </div>
    </Section>
  );
}
