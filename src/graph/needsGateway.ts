/**
 * The needs register, the SharePoint list "Treffpunkt-Bedarfe" (ListKind 'needs'), as the pane's kit
 * module taskpane/needs uses it through the gateway's public face (`gateway.needs`):
 *
 *   list(): Promise<ListedNeed[]>
 *     Every need (all pages). The first call after an opening is answered from what the opening's
 *     $batch read (no further round trip); later calls read the list.
 *   add(need: NewNeed): Promise<ListedNeed>
 *     A new item. Never made twice: after a lost answer the list is looked through for the title
 *     (case and spaces do not count) before it is sent again; `unknown-outcome` when that cannot tell.
 *   update(need: Need, etag: string): Promise<ListedNeed>
 *     PATCH with If-Match: a colleague's change meanwhile is an AppError `conflict` (read again,
 *     merge, try once more). Safe to repeat: when a repeat after a lost answer meets 412, the item is
 *     read, and if it holds what was written that is the answer.
 *
 * A list that is not on the site is an AppError `not-found`; a refusal is `forbidden` naming the
 * capability `needsList` and the role (read, write). Lists are created only after the user confirmed
 * (planningGateway.provision, with the other lists).
 */
import { AppError, isAppError } from '../domain/appError';
import type { PlanningData } from '../domain/lists';
import { findNeed, type ListedNeed, type Need, type NewNeed } from '../domain/needs';
import { LIST_SCHEMAS } from './listSchema';
import { LIST_CAPABILITY, type ListRef, type ListsGateway } from './listsGateway';
import { createItemOnce, writableFields } from './listWrites';
import { listedNeedOf, needToFields } from './needMapping';
import type { PlanningGateway } from './planningGateway';

const sameFields = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.entries(a).every(([name, value]) => String(b[name] ?? '') === String(value ?? ''));

export function createNeedsGateway(lists: ListsGateway, displayName: string) {
  const ref: ListRef = { kind: 'needs', displayName, columns: LIST_SCHEMAS.needs.columns };
  /** What the opening read, handed out once. `null`: the opening found no list. */
  let opened: ListedNeed[] | null | undefined;

  const readAll = async () => (await lists.readAll(ref)).map(listedNeedOf);

  /**
   * A need written with If-Match. A 412 reads the item once: where it already holds what was sent (a repeat of a
   * PATCH that had arrived), that is the answer; else a colleague changed it meanwhile, and with `again` the change
   * is applied to what it holds now and written once more (without, `conflict`).
   */
  async function update(need: Need, etag: string, again?: (now: Need) => Need): Promise<ListedNeed> {
    const fields = writableFields(lists, 'needs', needToFields(need));
    try {
      const saved = await lists.updateItem(ref, { id: need.id, etag }, fields);
      return { need, etag: saved.etag };
    } catch (error) {
      if (!isAppError(error) || error.code !== 'conflict') throw error;
      const now = listedNeedOf(await lists.getItem(ref, need.id));
      if (sameFields(fields, writableFields(lists, 'needs', needToFields(now.need)))) return now;
      if (again) return update(again(now.need), now.etag);
      throw error;
    }
  }

  return {
    async list(): Promise<ListedNeed[]> {
      const first = opened;
      opened = undefined;
      if (first === null)
        throw new AppError('not-found', `Die Liste „${displayName}“ ist nicht auf der Website.`, {
          capability: LIST_CAPABILITY.needs,
        });
      return first ?? readAll();
    },

    async add(need: NewNeed): Promise<ListedNeed> {
      const lookup = async () => {
        const all = (await lists.readAll(ref)).map((item) => ({ item, listed: listedNeedOf(item) }));
        const match = findNeed(
          all.map((a) => a.listed.need),
          need.title,
        );
        return all.find((a) => a.listed.need.id === match?.id)?.item;
      };
      return listedNeedOf((await createItemOnce(lists, ref, needToFields(need), lookup)).value);
    },

    update,

    /** Keeps what an opening read, for the first `list()` after it (see gateway.ts). */
    opened(data: PlanningData): void {
      opened = data.missingLists.includes('needs') ? null : data.needs;
    },
  };
}

export type NeedsGateway = ReturnType<typeof createNeedsGateway>;

/** The planning gateway whose openings hand the needs they read to the needs gateway. */
export function withOpenedNeeds(planning: PlanningGateway, needs: NeedsGateway): PlanningGateway {
  return {
    ...planning,
    open: async (...args) => {
      const data = await planning.open(...args);
      needs.opened(data);
      return data;
    },
    provision: async (...args) => {
      const data = await planning.provision(...args);
      needs.opened(data);
      return data;
    },
  };
}
