import type { ListKind } from '../domain/lists';

/** A small device store (the pane's KeyValueStore fits): the lists' ids are kept per site. */
export interface DeviceStore {
  read<T>(key: string): T | undefined;
  write<T>(key: string, value: T): Promise<void>;
}

/** Whether the key columns were put into the list's default view: done, or SharePoint refused. */
export type ViewState = 'set' | 'refused';

interface RememberedList {
  id: string;
  view?: ViewState;
  /** Internal names of the list's columns when last read (to ask only for columns it has). */
  columns?: string[];
}

type Remembered = Partial<Record<ListKind, RememberedList>>;

/**
 * The lists by id, so a list a colleague renamed is still found, and never made twice. Kept on the
 * device per site (key `treffpunkt.lists:<site>`); without a store, for this session only.
 */
export function createListMemory(site: string, store?: DeviceStore) {
  const key = `treffpunkt.lists:${site.toLowerCase()}`;
  let state: Remembered = store?.read<Remembered>(key) ?? {};

  const save = (next: Remembered): void => {
    state = next;
    // Losing the note costs one look-up by name later; the pane never waits for it.
    store?.write(key, next).catch(() => undefined);
  };

  const update = (kind: ListKind, change: Partial<RememberedList>): void => {
    const current = state[kind];
    const id = change.id ?? current?.id;
    if (!id) return;
    const keep = current && current.id === id ? current : {};
    save({ ...state, [kind]: { ...keep, ...change, id } });
  };

  return {
    id: (kind: ListKind): string | undefined => state[kind]?.id,
    view: (kind: ListKind): ViewState | undefined => state[kind]?.view,
    columns: (kind: ListKind): string[] | undefined => state[kind]?.columns,
    remember: (kind: ListKind, id: string, columns?: string[]) => update(kind, { id, ...(columns ? { columns } : {}) }),
    setColumns: (kind: ListKind, columns: string[]) => update(kind, { columns }),
    setView: (kind: ListKind, view: ViewState) => update(kind, { view }),
    /** After the readiness check found SharePoint willing: the views are tried again at the next opening. */
    retryRefusedViews(): void {
      for (const kind of Object.keys(state) as ListKind[])
        if (state[kind]?.view === 'refused') update(kind, { view: undefined });
    },
    forget(kind: ListKind): void {
      const next = { ...state };
      delete next[kind];
      save(next);
    },
  };
}

export type ListMemory = ReturnType<typeof createListMemory>;
