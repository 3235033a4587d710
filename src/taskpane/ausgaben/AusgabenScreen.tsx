import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { SaveStatus } from '../components/SaveStatus';
import { useFocusAfterRender } from '../hooks/useFocusAfterRender';
import type { PlanningModel } from '../meeting/planningModel';
import { ausgabenStrings } from './ausgabenStrings';
import { AddExpenseSection } from './components/AddExpenseSection';
import { ExpenseList } from './components/ExpenseList';
import { ExpenseSummary } from './components/ExpenseSummary';
import { YearTotal } from './components/YearTotal';
import { useExpenseDrafts } from './useExpenseDrafts';
import { useExpenses } from './useExpenses';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The body of the Ausgaben view: the meeting's totals, its lines, the form for a new line and the
 * year's total. Read-only while the minutes are final. Render with `key={meeting.id}`.
 */
export function AusgabenScreen({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  const expenses = useExpenses(model);
  const drafts = useExpenseDrafts(model.meeting.id, model.newId);
  const { root, focusAfterRender } = useFocusAfterRender();
  return (
    <div ref={root} className={styles.root}>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      {expenses.readOnly && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{ausgabenStrings.final.title}</MessageBarTitle> {ausgabenStrings.final.body}
          </MessageBarBody>
        </MessageBar>
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
