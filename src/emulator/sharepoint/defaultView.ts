import type { EmulatorState, ListRecord } from '../state';

/** A list's default view as Graph creates it: the title, linked to the item. */
export const GRAPH_LIST_VIEW_FIELDS: readonly string[] = ['LinkTitle'];

/**
 * A state saved before lists knew their default view: every list gets the view Graph gives a new
 * list (the title only), which is what an older add-in version's lists show colleagues.
 */
export function withDefaultViews(state: EmulatorState): EmulatorState {
  for (const site of state.sites) {
    for (const list of site.lists as (Omit<ListRecord, 'defaultViewFields'> & { defaultViewFields?: unknown })[]) {
      if (!Array.isArray(list.defaultViewFields)) list.defaultViewFields = [...GRAPH_LIST_VIEW_FIELDS];
    }
  }
  return state;
}

/** The default view's fields as people read them: display names (the title for LinkTitle). */
export function viewFieldLabels(list: ListRecord): string[] {
  return list.defaultViewFields.map((name) => {
    if (name === 'LinkTitle' || name === 'LinkTitleNoMenu')
      return list.columns.find((c) => c.name === 'Title')?.displayName ?? 'Title';
    return list.columns.find((c) => c.name === name)?.displayName ?? name;
  });
}
