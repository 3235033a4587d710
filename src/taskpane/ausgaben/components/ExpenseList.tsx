import { makeStyles, tokens } from '@fluentui/react-components';
import type { ExpenseLineDraft } from '../../../domain/expenses';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { expensesStrings } from '../expensesStrings';
import type { ExpenseDrafts } from '../useExpenseDrafts';
import type { ExpensesModel } from '../useExpenses';
import { ExpenseCard } from './ExpenseCard';
import { ExpenseForm } from './ExpenseForm';
import { ListChangeNotice } from './ListChangeNotice';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  editing: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ExpenseListProps {
  expenses: ExpensesModel;
  drafts: Pick<ExpenseDrafts, 'edits' | 'startEdit' | 'changeEdit' | 'clearEdit'>;
  /** Moves the focus to the control marked `data-focus={key}` after the next render. */
  focusAfterRender: (key: string) => void;
}

/** The meeting's expense lines as cards; a line being changed opens as a form in its place. */
export function ExpenseList({ expenses, drafts, focusAfterRender }: ExpenseListProps) {
  const styles = useStyles();
  const strings = useLocalized(expensesStrings);
  const { lines, readOnly } = expenses;
  const edits = readOnly ? {} : drafts.edits;
  // A line being changed that is gone meanwhile (a colleague removed it) keeps its form at the end.
  const orphans = Object.values(edits).filter((draft) => !lines.some((line) => line.id === draft.id));

  // A stored line's amount was taken before: changing its text does not ask about it again.
  const editForm = (draft: ExpenseLineDraft, description: string, storedCents?: number) => (
    <div className={styles.editing}>
      <ExpenseForm
        label={strings.form.editLegend({ description })}
        {...(storedCents !== undefined ? { acceptedAmountCents: storedCents } : {})}
        draft={draft}
        onChange={(patch) => drafts.changeEdit(draft.id, patch)}
        submitLabel={strings.form.saveChange}
        focusKey={`${draft.id}:form`}
        onSave={(changed) => {
          focusAfterRender(`${draft.id}:edit`);
          expenses.change(changed);
          drafts.clearEdit(draft.id);
        }}
        onCancel={() => {
          focusAfterRender(`${draft.id}:edit`);
          drafts.clearEdit(draft.id);
        }}
      />
    </div>
  );

  const card = (line: (typeof lines)[number]) =>
    readOnly ? (
      <ExpenseCard line={line} />
    ) : (
      <ExpenseCard
        line={line}
        onEdit={() => {
          focusAfterRender(`${line.id}:form`);
          drafts.startEdit(line);
        }}
        onRemove={() => {
          focusAfterRender('undo');
          expenses.remove(line);
        }}
      />
    );

  return (
    <Section heading={strings.list.heading}>
      <ListChangeNotice expenses={expenses} focusAfterRender={focusAfterRender} />
      {lines.length + orphans.length === 0 ? (
        <p className={styles.empty}>{strings.list.empty}</p>
      ) : (
        <ul className={styles.list}>
          {lines.map((line) => {
            const draft = edits[line.id];
            return <li key={line.id}>{draft ? editForm(draft, line.description, line.amountCents) : card(line)}</li>;
          })}
          {orphans.map((draft) => (
            <li key={draft.id}>{editForm(draft, draft.description)}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
