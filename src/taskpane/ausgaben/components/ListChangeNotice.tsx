import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Notice } from '../../components/Notice';
import { useLocalized } from '../../i18n/localized';
import { type ExpensesStrings, expensesStrings } from '../expensesStrings';
import type { ExpensesModel, LastChange } from '../useExpenses';

const useStyles = makeStyles({
  region: { color: tokens.colorNeutralForeground2 },
});

/** The confirmation of a change made in the list; nothing for changes made elsewhere. */
function confirmation(change: LastChange, strings: ExpensesStrings['list']): string {
  if (change.kind === 'changed') return strings.changed(change.line);
  if (change.kind === 'restored') return strings.restored(change.line);
  return '';
}

export interface ListChangeNoticeProps {
  expenses: Pick<ExpensesModel, 'lastChange' | 'undoRemove'>;
  focusAfterRender: (key: string) => void;
}

/** Says what was removed, with an undo (no time limit), or confirms a change to the list. */
export function ListChangeNotice({ expenses, focusAfterRender }: ListChangeNoticeProps) {
  const styles = useStyles();
  const strings = useLocalized(expensesStrings).list;
  const { lastChange } = expenses;
  if (lastChange.kind !== 'removed')
    return (
      <div role="status" className={styles.region}>
        {confirmation(lastChange, strings)}
      </div>
    );
  const { line } = lastChange;
  const undo = (
    <Button
      size="small"
      data-focus="undo"
      aria-label={strings.undoLabel(line)}
      onClick={() => {
        focusAfterRender(`${line.id}:edit`);
        expenses.undoRemove();
      }}
    >
      {strings.undo}
    </Button>
  );
  return (
    <div role="status" className={styles.region}>
      <Notice intent="info" actions={undo}>
        {strings.removed(line)}
      </Notice>
    </div>
  );
}
