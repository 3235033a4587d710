import { useCallback, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { type HistoryEntry, newestFirst } from '../../domain/history';
import type { AsyncState } from '../hooks/asyncState';
import { useLoaded } from '../hooks/useLoaded';
import { useServices } from '../services';

export interface HistoryList {
  /** Newest first, across every page loaded so far. */
  entries: HistoryEntry[];
  nextLink?: string;
}

export type MoreState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: AppError };

export interface HistoryListModel {
  list: AsyncState<HistoryList>;
  more: MoreState;
  /** The entries of the last page that "Weitere laden" brought (for focus and the announcement). */
  added: HistoryEntry[] | undefined;
  retry: () => void;
  loadMore: () => void;
}

/** Adds a page, keeping each meeting once, and sorts the whole list again (Graph has no order for list items). */
function merge(loaded: HistoryEntry[], page: HistoryEntry[]): HistoryEntry[] {
  const known = new Set(loaded.map((entry) => entry.itemId));
  return [...loaded, ...page.filter((entry) => !known.has(entry.itemId))].sort(newestFirst);
}

/** Verlauf: the meetings before today, one page (one Graph round trip) when opened, more on request. */
export function useHistoryList(): HistoryListModel {
  const { gateway, clock } = useServices();
  const [today] = useState(() => clock.today());
  const firstPage = useCallback(
    () => gateway.history.readPage({ before: today }).then((page) => ({ ...page, entries: merge([], page.entries) })),
    [gateway, today],
  );
  const { state: list, retry, update } = useLoaded<HistoryList>(firstPage);
  const [more, setMore] = useState<MoreState>({ status: 'idle' });
  const [added, setAdded] = useState<HistoryEntry[]>();

  const nextLink = list.status === 'ready' ? list.value.nextLink : undefined;
  const loadMore = useCallback(() => {
    if (!nextLink || more.status === 'loading') return;
    setMore({ status: 'loading' });
    gateway.history.readPage({ before: today, nextLink }).then(
      (page) => {
        update((loaded) => ({
          entries: merge(loaded.entries, page.entries),
          ...(page.nextLink ? { nextLink: page.nextLink } : {}),
        }));
        setAdded(page.entries);
        setMore({ status: 'idle' });
      },
      (error: unknown) => setMore({ status: 'error', error: toAppError(error) }),
    );
  }, [gateway, today, nextLink, more.status, update]);

  return { list, more, added, retry, loadMore };
}
