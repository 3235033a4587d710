import { useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { actionTask, taskOffered } from '../../domain/minutes';
import type { ActionItem } from '../../domain/planning';
import { useServices } from '../services';
import type { MinutesModel } from './useMinutes';

/** Where making an action's task in Microsoft To Do stands (in this session). */
export type ActionTodoState =
  | { status: 'idle' }
  | { status: 'adding' }
  /** `alreadyThere`: To Do had it (an earlier lost answer or another device): it was not made twice. */
  | { status: 'added'; alreadyThere: boolean }
  | { status: 'failed'; error: AppError };

export interface ActionTodoModel {
  state: ActionTodoState;
  /** Makes the task once: To Do is looked at first, a lost answer is looked up before a second send. */
  add: () => void;
}

/** An action of the minutes as a task in the coordinator's Microsoft To Do, with its due date; once. */
export function useActionTodo(action: ActionItem, minutes: MinutesModel): ActionTodoModel {
  const { gateway } = useServices();
  const [state, setState] = useState<ActionTodoState>({ status: 'idle' });
  const busy = useRef(false);

  const add = async () => {
    if (busy.current || !taskOffered(action)) return;
    busy.current = true;
    setState({ status: 'adding' });
    try {
      const task = actionTask(action, { date: minutes.date });
      const added = await gateway.reminders.addReminder(task, { lookFirst: true });
      minutes.recordTodo(action.id, added.id || undefined);
      setState({ status: 'added', alreadyThere: added.recovered });
    } catch (error) {
      setState({ status: 'failed', error: toAppError(error) });
    } finally {
      busy.current = false;
    }
  };

  return { state, add: () => void add() };
}
