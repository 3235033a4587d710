import { makeStyles } from '@fluentui/react-components';
import { Notice } from '../components/Notice';
import { SaveStatus } from '../components/SaveStatus';
import { useFocusAfterRender } from '../hooks/useFocusAfterRender';
import { useLocalized } from '../i18n/localized';
import type { PlanningModel } from '../meeting/planningModel';
import { AddExpenseSection } from './components/AddExpenseSection';
import { ExpenseList } from './components/ExpenseList';
import { ExpenseSummary } from './components/ExpenseSummary';
import { YearTotal } from './components/YearTotal';
import { expensesStrings } from './expensesStrings';
import { useExpenseDrafts } from './useExpenseDrafts';
import { useExpenses } from './useExpenses';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The body of the Ausgaben view: the meeting's totals, its lines, the form for a new line and the
 * year's total. Read-only while the minutes are final. Render with `key={meeting.id}`.
 */
export function ExpensesScreen({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  const strings = useLocalized(expensesStrings);
  const expenses = useExpenses(model);
  const drafts = useExpenseDrafts(model.meeting.id, model.newId);
  const { root, focusAfterRender } = useFocusAfterRender();
  return (
    <div ref={root} className={styles.root}>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      {expenses.readOnly && (
        <Notice intent="info" title={strings.final.title}>
          {strings.final.body}
        </Notice>
      )}
      <ExpenseSummary
        totals={expenses.totals}
        participants={expenses.participants}
        budgetCents={expenses.budgetCents}
      />
      <ExpenseList expenses={expenses} drafts={drafts} focusAfterRender={focusAfterRender} />
      {!expenses.readOnly && <AddExpenseSection expenses={expenses} drafts={drafts} />}
      <YearTotal year={expenses.year} />
    </div>
  );
}
