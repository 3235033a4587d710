import { errors } from '../errors';

export interface FieldsExpand {
  fields: boolean;
  select?: string[];
}

/** `$expand=fields`, `fields($select=A,B)` or `fields(select=A,B)`; other expansions are not emulated. */
export function parseFieldsExpand(value: string | undefined): FieldsExpand {
  if (value === undefined) return { fields: false };
  const match = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(value);
  if (!match) throw errors.notImplemented(`$expand=${value} on list items (only "fields" and "fields($select=...)")`);
  if (match[1] === undefined) return { fields: true };
  const select = match[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (select.length === 0) throw errors.badRequest('The $select inside $expand=fields(...) is empty.');
  return { fields: true, select };
}
