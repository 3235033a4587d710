import { useCallback, useMemo } from 'react';
import { AppError } from '../../domain/appError';
import type { ListedNeed, Mention, Need, NewNeed } from '../../domain/needs';
import { useLoaded } from '../hooks/useLoaded';
import { useServices } from '../services';
import { type Registered, registerNeed } from './registerNeed';

/** The needs list as the pane shows it. */
export type NeedsState =
  { status: 'loading' } | { status: 'ready'; needs: ListedNeed[] } | { status: 'failed'; error: AppError };

export interface NeedsModel {
  state: NeedsState;
  /** A new need as typed (no look for one with the same title: that is `register`). */
  add: (need: NewNeed) => Promise<ListedNeed>;
  /** A change to a need shown (If-Match; after a colleague's change, read again and changed once more). */
  change: (id: string, change: (need: Need) => Need) => Promise<ListedNeed>;
  /** A need raised again or for the first time: merged into the one with the same title, or added. */
  register: (mention: Mention) => Promise<Registered>;
  /** Reads the list again. */
  reload: () => void;
}

const replaced = (needs: ListedNeed[], listed: ListedNeed) =>
  needs.some((l) => l.need.id === listed.need.id)
    ? needs.map((l) => (l.need.id === listed.need.id ? listed : l))
    : [...needs, listed];

/**
 * The needs register (SharePoint list "Treffpunkt-Bedarfe"), read when a needs section is shown (the
 * first time after the opening from what it read, without a further round trip). What is added or
 * changed here joins the list shown.
 */
export function useNeeds(): NeedsModel {
  const { gateway } = useServices();
  const load = useCallback(() => gateway.needs.list(), [gateway]);
  const { state: loaded, retry, update: change } = useLoaded(load);

  const state = useMemo<NeedsState>(() => {
    if (loaded.status === 'ready') return { status: 'ready', needs: loaded.value };
    if (loaded.status === 'error') return { status: 'failed', error: loaded.error };
    return { status: 'loading' };
  }, [loaded]);

  /** The need as the pane shows it, with the version it was read at. */
  const shownOf = useCallback(
    (id: string) => {
      const shown = loaded.status === 'ready' ? loaded.value.find((l) => l.need.id === id) : undefined;
      if (!shown) throw new AppError('not-found', 'Der Bedarf ist nicht in der Liste.');
      return shown;
    },
    [loaded],
  );

  const add = useCallback(
    async (need: NewNeed) => {
      const listed = await gateway.needs.add(need);
      change((needs) => replaced(needs, listed));
      return listed;
    },
    [gateway, change],
  );

  const changeOne = useCallback(
    async (id: string, edit: (need: Need) => Need) => {
      const shown = shownOf(id);
      const listed = await gateway.needs.update(edit(shown.need), shown.etag, edit);
      change((needs) => replaced(needs, listed));
      return listed;
    },
    [gateway, change, shownOf],
  );

  const register = useCallback(
    async (mention: Mention) => {
      const done = await registerNeed(gateway.needs, mention);
      change((needs) => replaced(needs, done.listed));
      return done;
    },
    [gateway, change],
  );

  return useMemo(
    () => ({ state, add, change: changeOne, register, reload: retry }),
    [state, add, changeOne, register, retry],
  );
}
