import { errors } from '../errors';
import type { ColumnRecord, FieldValue, ListRecord } from '../state';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
/** Read-only fields every item has; writing them is a 400. */
const SYSTEM_FIELDS = [
  'id',
  'ID',
  'ContentType',
  'Created',
  'Modified',
  'Author',
  'Editor',
  '_UIVersionString',
  'Attachments',
];

function typeError(column: ColumnRecord, expected: string, value: unknown): never {
  const got = Array.isArray(value) ? 'an array' : typeof value;
  throw errors.invalidRequest(`Field '${column.name}' expects ${expected}; got ${got} (${JSON.stringify(value)}).`);
}

/**
 * SharePoint's value limits for text columns, in UTF-16 code units as .NET and SQL Server count them
 * (JavaScript's `length`): a single line of text holds at most 255 characters (less when the column
 * says so); a multiple-lines column at most 63,999 (the commonly documented SharePoint Online figure;
 * no Microsoft page states one, so the stricter reading). Rich text counts with its markup.
 */
export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63_999;

export function textLimit(column: ColumnRecord): number {
  const ceiling = column.facet.allowMultipleLines === true ? MULTI_LINE_MAX : SINGLE_LINE_MAX;
  const own = column.facet.maxLength;
  return typeof own === 'number' && own > 0 ? Math.min(own, ceiling) : ceiling;
}

function textValue(column: ColumnRecord, value: unknown): string {
  if (typeof value !== 'string') return typeError(column, 'a string', value);
  const max = textLimit(column);
  if (value.length > max)
    throw errors.invalidRequest(
      `Field '${column.name}' allows at most ${max} characters; the value has ${value.length}.`,
    );
  if (column.facet.allowMultipleLines !== true && /[\r\n]/.test(value))
    throw errors.invalidRequest(`Field '${column.name}' is a single line of text.`);
  return value;
}

function numberValue(column: ColumnRecord, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return typeError(column, 'a number', value);
  const { minimum, maximum } = column.facet;
  if (typeof minimum === 'number' && value < minimum)
    throw errors.invalidRequest(`Field '${column.name}' must be at least ${minimum}.`);
  if (typeof maximum === 'number' && value > maximum)
    throw errors.invalidRequest(`Field '${column.name}' must be at most ${maximum}.`);
  return value;
}

/** ISO 8601, stored as SharePoint returns it: UTC, whole seconds, `Z`. */
function dateTimeValue(column: ColumnRecord, value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    return typeError(column, 'an ISO 8601 date-time string such as 2025-03-12T14:00:00Z', value);
  }
  const utc = /T.*(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value.includes('T') ? value : `${value}T00:00:00`}Z`;
  return new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function choiceValue(column: ColumnRecord, value: unknown): string {
  if (typeof value !== 'string') return typeError(column, 'one of its choices as a string', value);
  const choices = Array.isArray(column.facet.choices) ? (column.facet.choices as string[]) : [];
  if (column.facet.allowTextEntry !== true && !choices.includes(value)) {
    throw errors.invalidRequest(
      `Field '${column.name}': '${value}' is not one of the choices (${choices.join(', ')}).`,
    );
  }
  return value;
}

function convert(column: ColumnRecord, value: unknown): FieldValue {
  if (value === null) return null;
  switch (column.type) {
    case 'text':
      return textValue(column, value);
    case 'number':
    case 'currency':
      return numberValue(column, value);
    case 'dateTime':
      return dateTimeValue(column, value);
    case 'choice':
      return choiceValue(column, value);
    case 'boolean':
      return typeof value === 'boolean' ? value : typeError(column, 'true or false', value);
  }
}

/**
 * Checks a fieldValueSet from a request against the list's columns, as SharePoint does: unknown
 * names and wrong types are 400 invalidRequest. Like SharePoint's API (unlike its forms), required
 * columns are not enforced.
 */
export function validateFields(list: ListRecord, input: unknown): Record<string, FieldValue> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw errors.invalidRequest('fields must be a JSON object.');
  const out: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@')) continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column && SYSTEM_FIELDS.includes(name)) throw errors.invalidRequest(`Field '${name}' is read-only.`);
    if (!column) throw errors.invalidRequest(`Field '${name}' is not recognized`);
    if (column.readOnly) throw errors.invalidRequest(`Field '${name}' is read-only.`);
    out[name] = convert(column, value);
  }
  return out;
}
