import type { Client } from '@microsoft/microsoft-graph-client';
import type { TodoTask, TodoTaskList } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/appError';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';
import { collectPages, type Page } from './paging';
import { writeOnce } from './writeOnce';

export interface Reminder {
  title: string;
  /** What to do and where, as plain text. */
  body: string;
  /** Local date 'YYYY-MM-DD'; the reminder rings at 09:00 Europe/Berlin that day. */
  dueDate: string;
}

/** The task made; `recovered` when the answer was lost and the task was found in To Do (not made twice). */
export interface AddedReminder {
  id: string;
  recovered: boolean;
}

const TIME_ZONE = 'Europe/Berlin';

function taskOf(reminder: Reminder): TodoTask {
  const at = { dateTime: `${reminder.dueDate}T09:00:00`, timeZone: TIME_ZONE };
  return {
    title: reminder.title,
    body: { contentType: 'text', content: reminder.body },
    dueDateTime: at,
    reminderDateTime: at,
    isReminderOn: true,
    importance: 'high',
  };
}

/**
 * The due date of a task as To Do keeps it. Graph may answer the due time in UTC (midnight of the
 * day, or the day before in Berlin); both count as that day.
 */
function dueDay(task: TodoTask): string | undefined {
  const due = task.dueDateTime;
  if (!due?.dateTime) return undefined;
  const day = due.dateTime.slice(0, 10);
  if (due.timeZone && due.timeZone !== 'UTC') return day;
  const instant = new Date(`${due.dateTime.replace(/Z$/, '')}Z`);
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(instant.getTime() + 12 * 3600_000));
}

/** Microsoft To Do: the reminder to send the invitation on its due date (built by `invitationReminder`). */
export function createTodoGateway(client: Client) {
  const api = (path: string) => client.api(path).middlewareOptions([scopesFor('tasks')]);
  const read = <T>(path: string) => graphCall(() => api(path).get() as Promise<Page<T>>, { capability: 'tasks' });

  async function defaultListId(): Promise<string> {
    // Without $top, To Do answers one page without a next link (microsoft-graph-docs #14347).
    const lists = (await collectPages(read<TodoTaskList>, '/me/todo/lists?$top=50')).items;
    const list = lists.find((l) => l.wellknownListName === 'defaultList') ?? lists[0];
    if (!list?.id) throw new AppError('not-found', 'Keine Aufgabenliste in Microsoft To Do gefunden.');
    return list.id;
  }

  /** A task of the same title and due date in the list (every page read). */
  async function findTask(tasksPath: string, reminder: Reminder): Promise<string | undefined> {
    const filter = encodeURIComponent(`title eq '${reminder.title.replace(/'/g, "''")}'`);
    const tasks = (await collectPages(read<TodoTask>, `${tasksPath}?$filter=${filter}&$top=50`)).items;
    const same = tasks.find((t) => t.title === reminder.title && dueDay(t) === reminder.dueDate);
    return same?.id ?? undefined;
  }

  return {
    /**
     * Creates the task and returns its id. Creating is not safe to repeat: after a lost answer the
     * list is searched for the task by title and due date first (`recovered` when found there;
     * AppError `unknown-outcome` when that cannot be known). `lookFirst`: look for it before creating
     * (an action's task, which another device or an earlier lost answer may have made already).
     */
    async addReminder(reminder: Reminder, options: { lookFirst?: boolean } = {}): Promise<AddedReminder> {
      const tasksPath = `/me/todo/lists/${encodeURIComponent(await defaultListId())}/tasks`;
      const there = options.lookFirst ? await findTask(tasksPath, reminder) : undefined;
      if (there) return { id: there, recovered: true };
      const write = async () => {
        const created = (await graphCall(() => api(tasksPath).post(taskOf(reminder)), {
          capability: 'tasks',
        })) as TodoTask;
        return created.id ?? '';
      };
      const unknown = 'Ob die Erinnerung in Microsoft To Do angelegt wurde, ließ sich nicht feststellen.';
      const { value, found } = await writeOnce({ write, lookup: () => findTask(tasksPath, reminder), unknown });
      return { id: value, recovered: found };
    },
  };
}

export type TodoGateway = ReturnType<typeof createTodoGateway>;
