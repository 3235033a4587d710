import { AppError } from '../domain/appError';
import type { ListKind } from '../domain/lists';
import { displayNameOf, LIST_SCHEMAS } from './listSchema';
import { type Fields, LIST_CAPABILITY, type ListRef, type ListsGateway, type StoredItem } from './listsGateway';
import { writeOnce, type Written } from './writeOnce';

/**
 * Only the columns the list has (an older list the add-in could not complete), so a save does not
 * fail on a missing column; without the list's own JSON column nothing can be saved (`forbidden`,
 * naming `manage`, the role that would add it).
 */
export function writableFields(lists: ListsGateway, kind: ListKind, fields: Fields): Fields {
  const columns = lists.memory.columns(kind);
  if (!columns) return fields;
  const lacking = LIST_SCHEMAS[kind].required.filter((n) => !columns.includes(n));
  if (lacking.length > 0) {
    const shown = lacking.map((n) => displayNameOf(kind, n)).join(', ');
    throw new AppError('forbidden', `Der Liste fehlt die Spalte ${shown}; Treffpunkt kann dort nicht speichern.`, {
      capability: LIST_CAPABILITY[kind],
      missing: 'manage',
    });
  }
  return Object.fromEntries(Object.entries(fields).filter(([n]) => n === 'Title' || columns.includes(n)));
}

const WHAT: Record<ListKind, string> = {
  meetings: 'das Treffen',
  venues: 'der Ort',
  settings: 'die Einstellungen',
  needs: 'der Bedarf',
};

/**
 * A new item, never made twice: after a lost answer `lookup` looks for it first (see writeOnce).
 * `found` says the answer was lost and the item was found there (not created a second time).
 */
export async function createItemOnce(
  lists: ListsGateway,
  ref: ListRef,
  fields: Fields,
  lookup: () => Promise<StoredItem | undefined>,
): Promise<Written<StoredItem>> {
  const unknown = `Ob ${WHAT[ref.kind]} in SharePoint gespeichert wurde, ließ sich nicht feststellen.`;
  const write = () => lists.createItem(ref, writableFields(lists, ref.kind, fields));
  return writeOnce({ write, lookup, unknown });
}
