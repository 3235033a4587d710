import { Button, Checkbox, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { taskOffered } from '../../../domain/minutes';
import type { ActionItem } from '../../../domain/planning';
import { formatInstant } from '../../components/format';
import { Notice } from '../../components/Notice';
import { ProblemMessage } from '../../components/ProblemMessage';
import { lostAnswerStrings, outcomeUnknown } from '../../access/lostAnswer';
import { useLocalized } from '../../i18n/localized';
import { actionTodoStrings } from '../actionTodoStrings';
import { useActionTodo } from '../useActionTodo';
import type { MinutesModel } from '../useMinutes';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  add: { textAlign: 'start' },
});

/** What the action offers for To Do: the button, the reason it is not there yet, or since when it is. */
function TodoOffer({ action, minutes }: { action: ActionItem; minutes: MinutesModel }) {
  const styles = useStyles();
  const strings = useLocalized(actionTodoStrings);
  const lost = useLocalized(lostAnswerStrings);
  const todo = useActionTodo(action, minutes);
  const { state } = todo;
  const made = useRef<HTMLSpanElement>(null);
  // The button gives way to "In To Do seit …": the keyboard user stays there.
  useEffect(() => {
    if (state.status === 'added') made.current?.focus();
  }, [state.status]);
  if (action.todo)
    return (
      <>
        {state.status === 'added' && state.alreadyThere && <Notice intent="success">{strings.alreadyThere}</Notice>}
        <Text role="status" ref={made} tabIndex={-1}>
          {strings.added(formatInstant(action.todo.addedAt))}
        </Text>
      </>
    );
  if (!taskOffered(action)) return <Text className={styles.hint}>{strings.needsDue}</Text>;
  const adding = state.status === 'adding';
  return (
    <>
      {state.status === 'failed' && (
        <ProblemMessage
          title={strings.failed}
          error={state.error}
          {...(outcomeUnknown(state.error) ? { reason: lost.todoTask } : {})}
        />
      )}
      <Button
        className={styles.add}
        aria-label={strings.addLabel(action.what.trim())}
        disabledFocusable={adding}
        icon={adding ? <Spinner size="extra-tiny" aria-label={strings.adding} /> : undefined}
        onClick={todo.add}
      >
        {strings.add}
      </Button>
    </>
  );
}

/** An action for a county colleague, made a task in Microsoft To Do once (with its due date). */
export function ActionTodo({ action, minutes }: { action: ActionItem; minutes: MinutesModel }) {
  const styles = useStyles();
  const strings = useLocalized(actionTodoStrings);
  return (
    <div className={styles.part}>
      <Checkbox
        label={strings.forCounty}
        checked={action.forCounty === true}
        disabled={action.todo !== undefined}
        onChange={(_, data) => minutes.changeAction(action.id, { forCounty: data.checked === true })}
      />
      {action.forCounty && <TodoOffer action={action} minutes={minutes} />}
    </div>
  );
}
