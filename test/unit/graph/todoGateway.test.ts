import { AppError } from '../../../src/domain/appError';
import { createTodoGateway } from '../../../src/graph/todoGateway';
import { fakeClient } from './fakeClient';

const reminder = { title: 'Einladung verschicken', body: 'b', dueDate: '2027-02-23' };
const lists = {
  value: [
    { id: 'tasks', wellknownListName: 'none' },
    { id: 'default', wellknownListName: 'defaultList' },
  ],
};

describe('reminders.addReminder after a lost answer', () => {
  it.each([
    ['midnight UTC', { dateTime: '2027-02-23T00:00:00.0000000', timeZone: 'UTC' }],
    ['the evening before in UTC', { dateTime: '2027-02-22T23:00:00.0000000', timeZone: 'UTC' }],
    ['Berlin time', { dateTime: '2027-02-23T09:00:00', timeZone: 'Europe/Berlin' }],
  ])('finds the task by title and due date (%s) instead of making a second', async (_name, due) => {
    const { client, calls } = fakeClient((call) => {
      if (call.path.startsWith('/me/todo/lists?')) return lists;
      if (call.method === 'POST') throw new AppError('offline', 'weg');
      return {
        value: [
          { id: 'old', title: reminder.title, dueDateTime: { dateTime: '2026-11-20T00:00:00', timeZone: 'UTC' } },
          { id: 't1', title: reminder.title, dueDateTime: due },
        ],
      };
    });
    expect(await createTodoGateway(client).addReminder(reminder)).toEqual({ id: 't1', recovered: true });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(calls.at(-1)?.path).toBe(
      `/me/todo/lists/default/tasks?$filter=${encodeURIComponent("title eq 'Einladung verschicken'")}&$top=50`,
    );
  });
});
