/**
 * An action of the minutes as a task in Microsoft To Do (issue #12, point 3): for an action a county
 * colleague takes on, made once with its due date; the action records it (`todo`) and is never offered
 * again. The task lands in the signed-in coordinator's own To Do (Graph's /me/todo, Tasks.ReadWrite): a
 * colleague's To Do would need a broader grant than the pane asks for.
 */
import { type ActionItem, formatLongDate, type Meeting, type MeetingMinutes, type PlainDate } from '../planning';

/** A To Do task that rings at 09:00 (Europe/Berlin) on its due date (the gateway's Reminder). */
export interface ActionTask {
  title: string;
  body: string;
  dueDate: PlainDate;
}

/** Whether the pane offers the action for To Do: a county colleague's, with a text and a due date, not made yet. */
export function taskOffered(action: ActionItem): action is ActionItem & { due: PlainDate } {
  return Boolean(action.forCounty && action.what.trim() && action.due && !action.todo);
}

/** The task for `action` (title: what – who, as the list's Aufgaben column has it). */
export function actionTask(action: ActionItem & { due: PlainDate }, meeting: Pick<Meeting, 'date'>): ActionTask {
  const who = action.who.trim();
  return {
    title: who ? `${action.what.trim()} – ${who}` : action.what.trim(),
    body:
      `Aufgabe aus dem Protokoll des Vernetzungstreffens am ${formatLongDate(meeting.date)}` +
      (who ? ` (zuständig: ${who}).` : '.'),
    dueDate: action.due,
  };
}

/** The minutes with the action recorded as made in To Do at the ISO instant `at`. */
export function withActionTodo(minutes: MeetingMinutes, id: string, at: string, taskId?: string): MeetingMinutes {
  const todo = { addedAt: at, ...(taskId ? { taskId } : {}) };
  return { ...minutes, actionItems: minutes.actionItems.map((a) => (a.id === id && !a.todo ? { ...a, todo } : a)) };
}
