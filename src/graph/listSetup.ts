import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import { AppError, isAppError } from '../domain/appError';
import { answerLost, graphCall } from './graphErrors';
import { fallbackColumn, LIST_SCHEMAS } from './listSchema';
import { listAccess, type ListRef, type ListsGateway, siteKey } from './listsGateway';

/** What SharePoint answers for a column type it will not take from Graph (currency, reportedly). */
const UNKNOWN_TYPE = /unable to determine type of provided column definition/i;
const DUPLICATE = /duplicate field name|already exists/i;

const is = (error: unknown, code: string, pattern?: RegExp) =>
  isAppError(error) && error.code === code && (!pattern || pattern.test(error.message));

async function listByName(lists: ListsGateway, ref: ListRef): Promise<string | undefined> {
  try {
    const path = `${siteKey(lists.site)}/lists/${encodeURIComponent(ref.displayName)}?$select=id`;
    const found = (await graphCall(() => lists.api(path).get(), listAccess(ref, 'read'))) as List;
    return found.id ?? undefined;
  } catch (error) {
    if (is(error, 'not-found')) return undefined;
    throw error;
  }
}

/**
 * Creates the list without columns (they follow one at a time) and remembers its id. Creating a
 * list is not safe to repeat: after a lost answer, or when the name is taken meanwhile, the list is
 * looked up by name instead.
 */
export async function createList(lists: ListsGateway, ref: ListRef): Promise<string> {
  const body: List = { displayName: ref.displayName, list: { template: 'genericList' } };
  let id: string | undefined;
  try {
    const made = (await graphCall(
      () => lists.api(`${siteKey(lists.site)}/lists`).post(body),
      listAccess(ref, 'manage'),
    )) as List;
    id = made.id ?? undefined;
  } catch (error) {
    if (!isAppError(error) || !(answerLost(error) || error.code === 'conflict')) throw error;
    id = await listByName(lists, ref);
    if (!id) throw error;
  }
  if (!id) throw new AppError('unexpected', 'SharePoint nannte die Kennung der neuen Liste nicht.');
  lists.memory.remember(ref.kind, id, ['Title']);
  return id;
}

async function postColumn(lists: ListsGateway, ref: ListRef, column: ColumnDefinition): Promise<ColumnDefinition> {
  const path = `${lists.listPath(ref)}/columns`;
  try {
    return (await graphCall(() => lists.api(path).post(column), listAccess(ref, 'manage'))) as ColumnDefinition;
  } catch (error) {
    const fallback = is(error, 'invalid-input', UNKNOWN_TYPE) ? fallbackColumn(column) : undefined;
    if (fallback) return postColumn(lists, ref, fallback);
    // A second try after a lost answer, or a column made meanwhile: it is there.
    if (is(error, 'invalid-input', DUPLICATE) || is(error, 'conflict')) return { name: column.name ?? '' };
    if (isAppError(error) && answerLost(error)) return postColumn(lists, ref, column);
    throw error;
  }
}

/** Some services ignore displayName on create (msgraph-beta-sdk-dotnet #432): set it afterwards. */
async function ensureDisplayName(lists: ListsGateway, ref: ListRef, made: ColumnDefinition, wanted: string) {
  if (!made.id || made.displayName === wanted) return;
  const path = `${lists.listPath(ref)}/columns/${encodeURIComponent(made.id)}`;
  await graphCall(() => lists.api(path).patch({ displayName: wanted }), listAccess(ref, 'manage'));
}

/**
 * Adds the columns the list lacks, one request each, in the schema's order: a currency column the
 * service rejects becomes a number with two decimals ("Kosten (EUR)"). Stops at the first refusal
 * (AppError `forbidden`, missing `manage`); what was added stays, and is remembered.
 */
export async function addColumns(lists: ListsGateway, ref: ListRef, present: string[]): Promise<string[]> {
  const have = [...present];
  try {
    for (const column of LIST_SCHEMAS[ref.kind].columns) {
      if (!column.name || have.includes(column.name)) continue;
      const made = await postColumn(lists, ref, column);
      const fellBack = column.currency && made.number ? fallbackColumn(column) : undefined;
      await ensureDisplayName(lists, ref, made, (fellBack ?? column).displayName ?? column.name);
      have.push(column.name);
    }
    return have;
  } finally {
    lists.memory.setColumns(ref.kind, have);
  }
}
