import { errors } from '../errors';
import { parseSelect, project } from '../odata';
import type { ColumnRecord, ListRecord } from '../state';
import { columnView } from './columns';

/** The columnDefinition properties `$select` may name (the type facets included). */
export const COLUMN_PROPERTIES = [
  'id',
  'name',
  'displayName',
  'description',
  'columnGroup',
  'enforceUniqueValues',
  'hidden',
  'indexed',
  'readOnly',
  'required',
  'text',
  'number',
  'currency',
  'dateTime',
  'choice',
  'boolean',
];

export function parseColumnSelect(value: string | undefined): string[] | undefined {
  return parseSelect(value, COLUMN_PROPERTIES, 'microsoft.graph.columnDefinition');
}

/**
 * The columns a listing shows. Graph leaves hidden columns out unless `$select` names `hidden`
 * (columnDefinition resource: "To list hidden columnDefinitions, include hidden in your $select").
 */
export function listedColumns(list: ListRecord, select: readonly string[] | undefined): Record<string, unknown>[] {
  const showHidden = select?.includes('hidden') ?? false;
  return list.columns.filter((c) => showHidden || !c.hidden).map((c) => project(columnView(c), select));
}

export function isHiddenColumn(list: ListRecord, name: string): boolean {
  return list.columns.some((c: ColumnRecord) => c.name === name && c.hidden);
}

export interface ColumnsExpand {
  columns: boolean;
  select?: string[];
}

/** `$expand=columns`, `columns($select=a,b)` on a list or the list collection; other expansions: 501. */
export function parseColumnsExpand(value: string | undefined): ColumnsExpand {
  if (value === undefined) return { columns: false };
  const match = /^\s*columns\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(value);
  if (!match) throw errors.notImplemented(`$expand=${value} on lists (only "columns" and "columns($select=...)")`);
  return { columns: true, select: match[1] === undefined ? undefined : parseColumnSelect(match[1]) };
}

/** The expanded `columns` of one list, as Graph nests them. */
export function expandedColumns(list: ListRecord, expand: ColumnsExpand): Record<string, unknown> {
  if (!expand.columns) return {};
  return { columns: listedColumns(list, expand.select) };
}
