import { created, GRAPH_CONTEXT, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { findUser } from '../directory';
import { errors } from '../errors';
import { newChangeKey, newItemId, stableGuid } from '../ids';
import { paginate } from '../paging';
import { SCOPES } from '../scopes';
import { parseTaskFilter } from '../todo/taskFilter';
import type { EmulatorState, TodoListRecord, TodoTaskRecord } from '../state';
import {
  checkKeys,
  expectObject,
  readBoolean,
  readDateTimeTimeZoneRecord,
  readEnum,
  readItemBody,
  readString,
  readStringArray,
} from '../calendar/values';

const TASK_TYPE = 'Microsoft.OData.Core.Todo.TodoTask';
const TASK_KEYS = [
  'title',
  'body',
  'dueDateTime',
  'reminderDateTime',
  'startDateTime',
  'isReminderOn',
  'importance',
  'status',
  'categories',
];
const TASK_NOT_EMULATED = [
  'linkedResources',
  'checklistItems',
  'recurrence',
  'attachments',
  'extensions',
  'completedDateTime',
];

/** Every mailbox has its default list "Aufgaben" (German Outlook), made on first write. */
function defaultList(userId: string): TodoListRecord {
  const guid = Buffer.from(stableGuid(`todo:${userId}`).replace(/-/g, ''), 'hex').toString('base64url');
  return { id: `AAMkAG${guid}AAA=`, displayName: 'Aufgaben', wellknownListName: 'defaultList', tasks: [] };
}

function listsOf(state: EmulatorState, userId: string): TodoListRecord[] {
  return state.todoLists[userId] ?? [defaultList(userId)];
}

function userOf(ctx: RouteContext): string {
  const user = findUser(ctx.store.read(), ctx.params.userId ?? ctx.req.caller.userId);
  if (user.id !== ctx.req.caller.userId) throw errors.forbidden('exchange');
  return user.id;
}

const etag = (): string => `W/"${newChangeKey()}"`;
const PAGE_SIZE = 50;

function listView(list: TodoListRecord): Record<string, unknown> {
  return {
    '@odata.etag': etag(),
    displayName: list.displayName,
    isOwner: true,
    isShared: false,
    wellknownListName: list.wellknownListName,
    id: list.id,
  };
}

/** The user part of a next link: /me or /users/{id}. */
function owner(ctx: RouteContext, userId: string): string {
  return ctx.params.userId === undefined ? '/me' : `/users/${encodeURIComponent(userId)}`;
}

/**
 * Pages of 50 (as reported for real To Do). Without $top, lists come as one page without a next link
 * even when there are more (microsoft-graph-docs#14347): ask with $top to page through them.
 */
function getLists(ctx: RouteContext): GraphResponse {
  const userId = userOf(ctx);
  const lists = listsOf(ctx.store.read(), userId);
  const page = paginate(lists, {
    query: ctx.req.query,
    collectionUrl: `${ctx.graphBase}${owner(ctx, userId)}/todo/lists`,
    defaultTop: PAGE_SIZE,
  });
  const nextLink = ctx.req.query.has('$top') || ctx.req.query.has('$skiptoken') ? page.nextLink : undefined;
  return ok({
    '@odata.context': `${GRAPH_CONTEXT}users('${userId}')/todo/lists`,
    ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
    value: page.value.map(listView),
  });
}

type Reader = (value: unknown, task: TodoTaskRecord) => void;
const READERS: Record<string, Reader> = {
  title: (v, t) => (t.title = readString(v, 'title')),
  body: (v, t) => (t.body = readItemBody(v)),
  dueDateTime: (v, t) => (t.dueDateTime = v === null ? null : readDateTimeTimeZoneRecord(v, 'dueDateTime')),
  reminderDateTime: (v, t) =>
    (t.reminderDateTime = v === null ? null : readDateTimeTimeZoneRecord(v, 'reminderDateTime')),
  startDateTime: (v, t) => (t.startDateTime = v === null ? null : readDateTimeTimeZoneRecord(v, 'startDateTime')),
  isReminderOn: (v, t) => (t.isReminderOn = readBoolean(v, 'isReminderOn')),
  importance: (v, t) => (t.importance = readEnum(v, ['low', 'normal', 'high'], 'importance')),
  status: (v, t) =>
    (t.status = readEnum(v, ['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred'], 'status')),
  categories: (v, t) => (t.categories = readStringArray(v, 'categories')),
};

function readTask(body: unknown, now: string): TodoTaskRecord {
  const input = expectObject(body, 'todoTask');
  const unsupported = Object.keys(input).find((k) => TASK_NOT_EMULATED.includes(k));
  if (unsupported) throw errors.notImplemented(`setting '${unsupported}' on a To Do task`);
  checkKeys(input, TASK_KEYS, TASK_TYPE);
  const task: TodoTaskRecord = {
    id: newItemId(),
    title: '',
    body: { contentType: 'text', content: '' },
    importance: 'normal',
    status: 'notStarted',
    isReminderOn: false,
    createdDateTime: now,
    lastModifiedDateTime: now,
    categories: [],
    dueDateTime: null,
    reminderDateTime: null,
    startDateTime: null,
  };
  for (const [key, value] of Object.entries(input)) if (!key.startsWith('@')) READERS[key]?.(value, task);
  if (input.isReminderOn === undefined && task.reminderDateTime) task.isReminderOn = true;
  return task;
}

function taskView(task: TodoTaskRecord): Record<string, unknown> {
  const { dueDateTime, reminderDateTime, startDateTime, ...rest } = task;
  return {
    '@odata.etag': etag(),
    ...rest,
    hasAttachments: false,
    bodyLastModifiedDateTime: task.lastModifiedDateTime,
    ...(dueDateTime ? { dueDateTime } : {}),
    ...(reminderDateTime ? { reminderDateTime } : {}),
    ...(startDateTime ? { startDateTime } : {}),
  };
}

function postTask(ctx: RouteContext): GraphResponse {
  const userId = userOf(ctx);
  const task = readTask(ctx.req.body, ctx.now().toISOString().replace(/Z$/, '0000Z'));
  const listId = ctx.params.listId ?? '';
  ctx.store.update((state) => {
    const lists = (state.todoLists[userId] ??= listsOf(state, userId));
    const list = lists.find((l) => l.id === listId);
    if (!list) throw errors.exchangeItemNotFound();
    list.tasks.push(task);
  });
  return created({
    '@odata.context': `${GRAPH_CONTEXT}users('${userId}')/todo/lists('${listId}')/tasks/$entity`,
    ...taskView(task),
  });
}

function getTasks(ctx: RouteContext): GraphResponse {
  const userId = userOf(ctx);
  const list = listsOf(ctx.store.read(), userId).find((l) => l.id === ctx.params.listId);
  if (!list) throw errors.exchangeItemNotFound();
  const keep = parseTaskFilter(ctx.req.query.get('$filter'));
  const page = paginate(keep ? list.tasks.filter(keep) : list.tasks, {
    query: ctx.req.query,
    collectionUrl: `${ctx.graphBase}${owner(ctx, userId)}/todo/lists/${encodeURIComponent(list.id)}/tasks`,
    defaultTop: PAGE_SIZE,
  });
  return ok({
    '@odata.context': `${GRAPH_CONTEXT}users('${userId}')/todo/lists('${list.id}')/tasks`,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map(taskView),
  });
}

const read = { scopes: SCOPES.tasksRead, workload: 'exchange' as const };
const write = { scopes: SCOPES.tasksWrite, workload: 'exchange' as const };

const listQuery = ['$top', '$skiptoken'];
const taskQuery = ['$top', '$skiptoken', '$filter'];

export const todoRoutes: Route[] = [
  { ...read, method: 'GET', pattern: '/me/todo/lists', query: listQuery, handle: getLists },
  { ...read, method: 'GET', pattern: '/users/{userId}/todo/lists', query: listQuery, handle: getLists },
  { ...read, method: 'GET', pattern: '/me/todo/lists/{listId}/tasks', query: taskQuery, handle: getTasks },
  { ...read, method: 'GET', pattern: '/users/{userId}/todo/lists/{listId}/tasks', query: taskQuery, handle: getTasks },
  { ...write, method: 'POST', pattern: '/me/todo/lists/{listId}/tasks', handle: postTask },
  { ...write, method: 'POST', pattern: '/users/{userId}/todo/lists/{listId}/tasks', handle: postTask },
];
