import { errors } from '../errors';
import { parseStringLiteral } from '../odata';
import type { TodoTaskRecord } from '../state';

/**
 * $filter on To Do tasks, one clause: `title eq '…'`, `contains(title,'…')`, `startswith(title,'…')`,
 * `status eq|ne '…'`. Combinations are refused: real To Do is reported to drop parts of a combined
 * filter silently (msgraph-sdk-dotnet#2967), so a client must filter by title alone and check the rest.
 */

export type TaskPredicate = (task: TodoTaskRecord) => boolean;

const FUNCTION = /^(contains|startswith)\(\s*title\s*,\s*('(?:[^']|'')*')\s*\)$/i;
const COMPARISON = /^(title|status)\s+(eq|ne)\s+('(?:[^']|'')*')$/i;

function literal(text: string): string {
  const value = parseStringLiteral(text);
  if (value === undefined) throw errors.badRequest(`Invalid filter clause: '${text}' is not a string literal.`);
  return value;
}

function functionClause(name: string, argument: string): TaskPredicate {
  const value = literal(argument).toLowerCase();
  return name.toLowerCase() === 'contains'
    ? (t) => t.title.toLowerCase().includes(value)
    : (t) => t.title.toLowerCase().startsWith(value);
}

function comparison(property: string, operator: string, argument: string): TaskPredicate {
  const value = literal(argument).toLowerCase();
  const read = (t: TodoTaskRecord): string => (property.toLowerCase() === 'title' ? t.title : t.status).toLowerCase();
  return operator.toLowerCase() === 'eq' ? (t) => read(t) === value : (t) => read(t) !== value;
}

/** The predicate of a $filter on tasks; undefined keeps every task. */
export function parseTaskFilter(filter: string | undefined): TaskPredicate | undefined {
  if (filter === undefined) return undefined;
  const text = filter.trim();
  if (/\)\s+(and|or)\s+|'\s+(and|or)\s+|^not\s/i.test(text))
    throw errors.notImplemented("combined $filter clauses on To Do tasks (one clause on 'title' or 'status')");
  const fn = FUNCTION.exec(text);
  if (fn?.[1] && fn[2]) return functionClause(fn[1], fn[2]);
  const cmp = COMPARISON.exec(text);
  if (cmp?.[1] && cmp[2] && cmp[3]) return comparison(cmp[1], cmp[2], cmp[3]);
  throw errors.notImplemented(`the $filter '${text}' on To Do tasks (title eq, contains, startswith, status eq/ne)`);
}
