/**
 * How SharePoint takes columns created through Graph (POST …/lists with columns, POST …/columns),
 * stricter than the columnDefinition documentation promises; see the differences table in src/emulator/README.md.
 */
import type { RouteContext } from '../context';
import { errors } from '../errors';
import type { ColumnRecord, ListRecord } from '../state';
import { parseColumn } from './columns';

/** The tenant's service quirks that shape column creation (from the tenant profile). */
export interface ColumnRules {
  /** currency definitions answered 400 "Unable to determine type of provided column definition" */
  rejectCurrencyColumns: boolean;
}

/** The rules of the tenant the request runs in. */
export function columnRules(ctx: RouteContext): ColumnRules {
  return { rejectCurrencyColumns: ctx.tenant.rejectCurrencyColumns };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A columnDefinition sent to Graph, as the list then holds it: currency rejected (when the rules say
 * so) and the displayName not applied, so the column shows its internal name until a PATCH sets it
 * (msgraph-beta-sdk-dotnet #432).
 */
export function parseGraphColumn(input: unknown, rules: ColumnRules): ColumnRecord {
  if (rules.rejectCurrencyColumns && isObject(input) && 'currency' in input) {
    throw errors.invalidRequest('Unable to determine type of provided column definition');
  }
  const column = parseColumn(input);
  return { ...column, displayName: column.name };
}

/** SharePoint's message for a second field of the same internal name (any case, hidden ones too). */
export function checkNewColumnName(list: ListRecord, name: string): void {
  if (list.columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw errors.invalidRequest(`A duplicate field name "${name}" was found.`);
  }
}

/** Built-in view fields every generic list offers besides its columns. */
const SYSTEM_VIEW_FIELDS = ['LinkTitle', 'LinkTitleNoMenu', 'ID', 'Attachments', 'Author', 'Editor'];

/** The internal name for addViewField's argument (internal or display name), or undefined. */
export function viewFieldName(list: ListRecord, field: string): string | undefined {
  const system = SYSTEM_VIEW_FIELDS.find((f) => f.toLowerCase() === field.toLowerCase());
  if (system) return system;
  const byName = list.columns.find((c) => c.name.toLowerCase() === field.toLowerCase());
  return (byName ?? list.columns.find((c) => c.displayName === field))?.name;
}
