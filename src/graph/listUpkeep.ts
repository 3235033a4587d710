import { isAppError } from '../domain/appError';
import type { Role } from '../domain/grants';
import type { ListKind, ListProblem } from '../domain/lists';
import type { DefaultViewWriter } from './defaultView';
import type { FoundList } from './listReading';
import { displayNameOf, LIST_SCHEMAS } from './listSchema';
import type { ListRef, ListsGateway } from './listsGateway';

/** SharePoint's default view of a generic list, as colleagues see it in a German tenant. */
export const DEFAULT_VIEW_NAME = 'Alle Elemente';

const refusal = (error: unknown) =>
  isAppError(error) && (error.code === 'forbidden' || error.code === 'consent-required');

const errorPart = (error: unknown, role?: Role) =>
  isAppError(error)
    ? { error, ...(error.details.missing || role ? { missing: error.details.missing ?? role } : {}) }
    : {};

const absentFrom = (kind: ListKind, have: readonly string[]) =>
  LIST_SCHEMAS[kind].columns.map((c) => c.name ?? '').filter((n) => !have.includes(n));

async function completeColumns(lists: ListsGateway, ref: ListRef, found: FoundList): Promise<ListProblem[]> {
  if (absentFrom(ref.kind, found.columns).length === 0) return [];
  try {
    // Only for a list from an older version: the code that adds columns loads then.
    const { addColumns } = await import(/* webpackChunkName: "list-setup" */ './listSetup');
    await addColumns(lists, ref, found.columns);
    return [];
  } catch (error) {
    // What was added before the refusal stays; the rest is named.
    const missing = absentFrom(ref.kind, lists.memory.columns(ref.kind) ?? found.columns);
    return [
      {
        kind: 'missingColumns',
        list: ref.kind,
        listName: found.displayName,
        columns: missing.map((n) => displayNameOf(ref.kind, n)),
        blocksSaving: LIST_SCHEMAS[ref.kind].required.some((n) => missing.includes(n)),
        ...errorPart(error, 'manage'),
      },
    ];
  }
}

async function showKeyColumns(
  views: DefaultViewWriter,
  lists: ListsGateway,
  ref: ListRef,
  found: FoundList,
  again: boolean,
) {
  const state = lists.memory.view(ref.kind);
  const fields = LIST_SCHEMAS[ref.kind].viewColumns.filter((c) => (lists.memory.columns(ref.kind) ?? []).includes(c));
  const problem = (error?: unknown): ListProblem => ({
    kind: 'defaultView',
    list: ref.kind,
    listName: found.displayName,
    view: DEFAULT_VIEW_NAME,
    columns: fields.map((n) => displayNameOf(ref.kind, n)),
    ...(error ? errorPart(error) : { missing: views.missing }),
  });
  if (state === 'refused' && !again) return [problem()];
  if (state === 'set' && !again) return [];
  try {
    await views.show(found.id, fields);
    lists.memory.setView(ref.kind, 'set');
    return [];
  } catch (error) {
    if (refusal(error)) lists.memory.setView(ref.kind, 'refused');
    return [problem(error)];
  }
}

/** What an upkeep found now, and what the default view's part will find (see `upkeep`). */
export interface Upkeep {
  /** The columns' problems: known before the list is read or written. */
  problems: ListProblem[];
  /** The default view's problems, once its check (SharePoint's own API, once per device) is done. */
  later: Promise<ListProblem[]>;
}

/**
 * An existing list brought up to date: missing columns added (role `manage`) before anything is read or
 * written, the key columns into the default view (once per device, and again after columns were added).
 * The view only changes what colleagues see in SharePoint, so that part does not hold the opening back:
 * its requests (a token for SharePoint, the view's fields) run while the pane shows the meeting, and its
 * problems come in `later`. Never throws or rejects: what could not be done comes back as ListProblems.
 */
export async function upkeep(
  lists: ListsGateway,
  views: DefaultViewWriter | undefined,
  ref: ListRef,
  found: FoundList,
): Promise<Upkeep> {
  const before = found.columns.length;
  const problems = await completeColumns(lists, ref, found);
  const added = (lists.memory.columns(ref.kind) ?? []).length > before;
  const later = views ? showKeyColumns(views, lists, ref, found, added) : Promise.resolve([]);
  return { problems, later };
}
