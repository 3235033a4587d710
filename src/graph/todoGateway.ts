import type { Client } from '@microsoft/microsoft-graph-client';
import type { TodoTask, TodoTaskList } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/appError';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';

export interface Reminder {
  title: string;
  /** What to do and where, as plain text. */
  body: string;
  /** Local date 'YYYY-MM-DD'; the reminder rings at 09:00 Europe/Berlin that day. */
  dueDate: string;
}

/** Microsoft To Do: the reminder to send the invitation on its due date (built by `invitationReminder`). */
export function createTodoGateway(client: Client) {
  const api = (path: string) => client.api(path).middlewareOptions([scopesFor('tasks')]);

  async function defaultListId(): Promise<string> {
    const answer = (await graphCall(() => api('/me/todo/lists').get())) as { value: TodoTaskList[] };
    const list = answer.value.find((l) => l.wellknownListName === 'defaultList') ?? answer.value[0];
    if (!list?.id) throw new AppError('not-found', 'Keine Aufgabenliste in Microsoft To Do gefunden.');
    return list.id;
  }

  return {
    async addReminder(reminder: Reminder): Promise<string> {
      const listId = await defaultListId();
      const task: TodoTask = {
        title: reminder.title,
        body: { contentType: 'text', content: reminder.body },
        dueDateTime: { dateTime: `${reminder.dueDate}T09:00:00`, timeZone: 'Europe/Berlin' },
        reminderDateTime: { dateTime: `${reminder.dueDate}T09:00:00`, timeZone: 'Europe/Berlin' },
        isReminderOn: true,
        importance: 'high',
      };
      const created = (await graphCall(() =>
        api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`).post(task),
      )) as TodoTask;
      return created.id ?? '';
    },
  };
}

export type TodoGateway = ReturnType<typeof createTodoGateway>;
