import { errors } from '../errors';
import { parseStringLiteral } from '../odata';

/**
 * $filter and $orderby on a mail folder's messages, as far as looking into Sent Items needs them:
 * comparisons on the date properties (and subject eq), joined by `and`; Exchange's rule that
 * sorted properties must lead the filter (InefficientFilter otherwise).
 */

export type MessageRow = Record<string, unknown>;

const DATE_PROPERTIES = ['sentDateTime', 'receivedDateTime', 'createdDateTime', 'lastModifiedDateTime'];
const SORTABLE = [...DATE_PROPERTIES, 'subject'];
const OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
type Operator = (typeof OPERATORS)[number];

interface Clause {
  property: string;
  operator: Operator;
  value: number | string;
}

export interface MessageQuery {
  clauses: Clause[];
  order: { property: string; descending: boolean }[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function canonical(name: string, allowed: readonly string[]): string | undefined {
  return allowed.find((p) => p.toLowerCase() === name.toLowerCase());
}

function readClause(text: string): Clause {
  const match = /^(\w+)\s+(\w+)\s+(.+)$/.exec(text.trim());
  if (!match?.[1] || !match[2] || !match[3]) throw errors.badRequest(`Invalid filter clause: '${text.trim()}'.`);
  const operator = OPERATORS.find((o) => o === match[2]?.toLowerCase());
  if (!operator) throw errors.badRequest(`Invalid filter clause: unknown operator '${match[2]}'.`);
  const date = canonical(match[1], DATE_PROPERTIES);
  if (date) {
    if (!ISO_DATE.test(match[3])) throw errors.badRequest(`Invalid filter clause: '${match[3]}' is not a date-time.`);
    return { property: date, operator, value: Date.parse(match[3]) };
  }
  const subject = parseStringLiteral(match[3]);
  if (match[1].toLowerCase() === 'subject' && operator === 'eq' && subject !== undefined)
    return { property: 'subject', operator, value: subject };
  throw errors.notImplemented(`the $filter clause '${text.trim()}' on messages (dates and subject eq only)`);
}

function readOrder(text: string): MessageQuery['order'][number] {
  const [name = '', direction = 'asc', ...rest] = text.trim().split(/\s+/);
  const property = canonical(name, SORTABLE);
  if (!property || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase()))
    throw errors.badRequest(`Invalid $orderby expression: '${text.trim()}'.`);
  return { property, descending: direction.toLowerCase() === 'desc' };
}

/** Sorted properties must also be filtered, in the same order, before any other (InefficientFilter). */
function checkEfficient(query: MessageQuery): void {
  if (query.clauses.length === 0 || query.order.length === 0) return;
  const filtered = [...new Set(query.clauses.map((c) => c.property))];
  const leads = query.order.every((o, i) => filtered[i] === o.property);
  if (!leads) throw errors.inefficientFilter();
}

export function parseMessageQuery(filter: string | undefined, orderby: string | undefined): MessageQuery {
  if (filter !== undefined && /\s+or\s+|\bnot\s/i.test(filter))
    throw errors.notImplemented("'or' and 'not' in $filter on messages");
  const clauses = filter === undefined ? [] : filter.split(/\s+and\s+/i).map(readClause);
  const order = orderby === undefined ? [] : orderby.split(',').map(readOrder);
  const query = { clauses, order };
  checkEfficient(query);
  return query;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function holds(row: MessageRow, clause: Clause): boolean {
  const raw = row[clause.property];
  const actual = typeof clause.value === 'number' ? Date.parse(String(raw)) : raw;
  const c = compare(actual, clause.value);
  const results: Record<Operator, boolean> = { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 };
  return results[clause.operator];
}

/** The rows the filter keeps, in the asked order (default: newest received first, as Outlook lists them). */
export function applyMessageQuery(rows: MessageRow[], query: MessageQuery): MessageRow[] {
  const order = query.order.length > 0 ? query.order : [{ property: 'receivedDateTime', descending: true }];
  const value = (row: MessageRow, property: string): unknown =>
    DATE_PROPERTIES.includes(property) ? Date.parse(String(row[property])) : row[property];
  return rows
    .filter((row) => query.clauses.every((clause) => holds(row, clause)))
    .sort((a, b) => {
      for (const { property, descending } of order) {
        const c = compare(value(a, property), value(b, property));
        if (c !== 0) return descending ? -c : c;
      }
      return 0;
    });
}
