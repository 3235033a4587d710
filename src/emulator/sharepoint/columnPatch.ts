import { errors } from '../errors';
import type { ColumnRecord } from '../state';
import { parseColumn } from './columns';

/** What PATCH …/columns/{id} may change; the internal name and the type stay. */
const PATCHABLE = ['displayName', 'description', 'columnGroup', 'enforceUniqueValues', 'hidden', 'indexed', 'required'];
const TYPES = ['text', 'number', 'currency', 'dateTime', 'choice', 'boolean'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(body: Record<string, unknown>, column: ColumnRecord): void {
  for (const key of Object.keys(body)) {
    if (key.startsWith('@') || PATCHABLE.includes(key) || key === column.type) continue;
    if (key === 'name' || key === 'id' || key === 'readOnly')
      throw errors.invalidRequest(`The property '${key}' of a column cannot be changed.`);
    if (TYPES.includes(key)) throw errors.notImplemented(`changing the type of column '${column.name}' to '${key}'`);
    throw errors.unknownProperty(key, 'microsoft.graph.columnDefinition');
  }
}

/**
 * The column after a PATCH: the sent properties checked as a create would check them (types,
 * facet values), merged over the stored ones. An empty body changes nothing and is valid.
 */
export function patchColumn(column: ColumnRecord, body: unknown): ColumnRecord {
  if (!isObject(body)) throw errors.badRequest('The request body must be a columnDefinition object.');
  checkKeys(body, column);
  const sentFacet = body[column.type];
  const facet = isObject(sentFacet) ? { ...column.facet, ...sentFacet } : column.facet;
  const merged: Record<string, unknown> = { ...body, name: column.name, [column.type]: facet };
  const checked = parseColumn(merged);
  const changed = (key: keyof ColumnRecord) => key in body;
  return {
    ...column,
    displayName: changed('displayName') ? checked.displayName : column.displayName,
    description: changed('description') ? checked.description : column.description,
    columnGroup: changed('columnGroup') ? checked.columnGroup : column.columnGroup,
    enforceUniqueValues: changed('enforceUniqueValues') ? checked.enforceUniqueValues : column.enforceUniqueValues,
    hidden: changed('hidden') ? checked.hidden : column.hidden,
    indexed: changed('indexed') ? checked.indexed : column.indexed,
    required: changed('required') ? checked.required : column.required,
    facet: checked.facet,
  };
}
