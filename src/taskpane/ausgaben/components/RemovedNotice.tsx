import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { ausgabenStrings } from '../ausgabenStrings';
import type { ExpensesModel } from '../useExpenses';

const strings = ausgabenStrings.list;

const useStyles = makeStyles({
  region: { color: tokens.colorNeutralForeground2 },
  actions: { flexWrap: 'wrap' },
});

export interface RemovedNoticeProps {
  expenses: Pick<ExpensesModel, 'removed' | 'feedback' | 'undoRemove'>;
  focusAfterRender: (key: string) => void;
}

/** Says what was removed, with an undo (no time limit), or confirms a change to the list. */
export function RemovedNotice({ expenses, focusAfterRender }: RemovedNoticeProps) {
  const styles = useStyles();
  const { removed, feedback } = expenses;
  return (
    <div role="status" className={styles.region}>
      {removed ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.removed(removed.line)}</MessageBarBody>
          <MessageBarActions className={styles.actions}>
            <Button
              size="small"
              data-focus="undo"
              aria-label={strings.undoLabel(removed.line)}
              onClick={() => {
                focusAfterRender(`${removed.line.id}:edit`);
                expenses.undoRemove();
              }}
            >
              {strings.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        feedback?.where === 'list' && feedback.text
      )}
    </div>
  );
}
