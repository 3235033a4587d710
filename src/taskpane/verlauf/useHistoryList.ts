import { useCallback, useEffect, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { type HistoryEntry, newestFirst } from '../../graph/historyMapping';
import type { AsyncState } from '../hooks/asyncState';
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
  const [attempt, setAttempt] = useState(0);
  const [list, setList] = useState<AsyncState<HistoryList>>({ status: 'loading' });
  const [more, setMore] = useState<MoreState>({ status: 'idle' });
  const [added, setAdded] = useState<HistoryEntry[]>();
  const [today] = useState(() => clock.today());

  useEffect(() => {
    let current = true;
    gateway.history.readPage({ before: today }).then(
      (page) => current && setList({ status: 'ready', value: { ...page, entries: merge([], page.entries) } }),
      (error: unknown) => current && setList({ status: 'error', error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [gateway, today, attempt]);

  const retry = useCallback(() => {
    setList({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const nextLink = list.status === 'ready' ? list.value.nextLink : undefined;
  const loadMore = useCallback(() => {
    if (!nextLink || more.status === 'loading') return;
    setMore({ status: 'loading' });
    gateway.history.readPage({ before: today, nextLink }).then(
      (page) => {
        setList((state) => {
          if (state.status !== 'ready') return state;
          const entries = merge(state.value.entries, page.entries);
          return { status: 'ready', value: { entries, ...(page.nextLink ? { nextLink: page.nextLink } : {}) } };
        });
        setAdded(page.entries);
        setMore({ status: 'idle' });
      },
      (error: unknown) => setMore({ status: 'error', error: toAppError(error) }),
    );
  }, [gateway, today, nextLink, more.status]);

  return { list, more, added, retry, loadMore };
}
