import type { CreatableList, ItemRef, ListedMeeting, ListKind, PlanningData, SavedItem } from '../domain/lists';
import type { Meeting, Venue } from '../domain/planning';
import type { FilingSettings, TeamSettings } from '../domain/settings';
import type { DefaultViewWriter } from './defaultView';
import { findBySignature } from './listLookup';
import { type Alongside, type FoundList, type ListRead, readLists } from './listReading';
import { LIST_SCHEMAS } from './listSchema';
import type { Fields, ListRef, ListsGateway, StoredItem } from './listsGateway';
import { createItemOnce, writableFields } from './listWrites';
import { upkeep } from './listUpkeep';
import { listedMeetingOf, meetingToFields } from './meetingMapping';
import { settingsFromItem, settingsToFields } from './settingsMapping';
import { listedNeedOf } from './needMapping';
import { KREISHAUS, venueFromItem, venueToFields } from './venueMapping';

export interface ListNames {
  meetings: string;
  venues: string;
  settings: string;
  needs: string;
}

const KINDS: ListKind[] = ['meetings', 'venues', 'settings', 'needs'];

const found = (read: ListRead | undefined): FoundList | undefined => (read === 'missing' ? undefined : read);

/**
 * The meetings, venues and settings lists: one round trip to open when nothing is paged and the
 * lists are as they should be, one to save. Lists are created only by `provision` (meetings, venues,
 * after the user confirmed) and by the first `saveSettings` (the settings list).
 */
export function createPlanningGateway(
  lists: ListsGateway,
  names: ListNames,
  distributionList: string,
  views?: DefaultViewWriter,
) {
  const refs: Record<ListKind, ListRef> = {
    meetings: { kind: 'meetings', displayName: names.meetings, columns: LIST_SCHEMAS.meetings.columns },
    venues: { kind: 'venues', displayName: names.venues, columns: LIST_SCHEMAS.venues.columns },
    settings: { kind: 'settings', displayName: names.settings, columns: LIST_SCHEMAS.settings.columns },
    needs: { kind: 'needs', displayName: names.needs, columns: LIST_SCHEMAS.needs.columns },
  };

  /** The lists as they are, looking for renamed ones before "none exists" is said. */
  async function readAll(kinds: ListKind[], alongside?: Alongside): Promise<Map<ListKind, ListRead>> {
    const read = await readLists(
      lists,
      kinds.map((k) => refs[k]),
      alongside,
    );
    const absent = kinds.filter((k) => read.get(k) === 'missing');
    const renamed = absent.length > 0 ? await findBySignature(lists, absent) : [];
    if (renamed.length > 0)
      for (const [k, r] of await readLists(
        lists,
        renamed.map((k) => refs[k]),
      ))
        read.set(k, r);
    return read;
  }

  const writable = (kind: ListKind, fields: Fields) => writableFields(lists, kind, fields);

  async function findMeeting(meetingId: string): Promise<ListedMeeting | undefined> {
    const items = await lists.readAll(refs.meetings);
    return items.map(listedMeetingOf).find((m) => m?.meeting?.id === meetingId);
  }

  const createItem = (kind: ListKind, fields: Fields, lookup: () => Promise<StoredItem | undefined>) =>
    createItemOnce(lists, refs[kind], fields, lookup);

  /** The four lists, read in one $batch (with `alongside`'s reads, see openingReads.ts). */
  async function open(alongside?: Alongside): Promise<PlanningData> {
    const read = await readAll(KINDS, alongside);
    const upkept = await Promise.all(
      KINDS.map((kind) => {
        const list = found(read.get(kind));
        return list ? upkeep(lists, views, refs[kind], list) : undefined;
      }),
    );
    const problems = upkept.flatMap((u) => u?.problems ?? []);
    const viewUpkeep = Promise.all(upkept.map((u) => u?.later ?? [])).then((later) => later.flat());
    const settingsItem = found(read.get('settings'))?.items[0];
    const missingLists = (['meetings', 'venues', 'needs'] as const).filter((k) => !found(read.get(k)));
    const needs = found(read.get('needs'))?.items.map(listedNeedOf);
    return {
      settings: settingsFromItem(settingsItem, distributionList),
      ...(settingsItem ? { settingsRef: { itemId: settingsItem.id, etag: settingsItem.etag } } : {}),
      meetings: (found(read.get('meetings'))?.items ?? [])
        .map(listedMeetingOf)
        .filter((m): m is ListedMeeting => m !== undefined),
      venues: (found(read.get('venues'))?.items ?? [])
        .map(venueFromItem)
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
      ...(needs ? { needs } : {}),
      missingLists,
      listProblems: problems,
      viewUpkeep,
    };
  }

  /** Creates a list (empty), its columns one at a time, the key columns in its default view. */
  async function provisionList(kind: ListKind): Promise<void> {
    // Creating lists is rare (once per site): its code loads with the first creation.
    const { createList } = await import(/* webpackChunkName: "list-setup" */ './listSetup');
    const id = await createList(lists, refs[kind]);
    const created = { id, displayName: refs[kind].displayName, columns: ['Title'], items: [] };
    const { later } = await upkeep(lists, views, refs[kind], created);
    await later;
    if (kind !== 'venues') return;
    const kreishaus = venueToFields(KREISHAUS);
    const lookup = async () => (await lists.readAll(refs.venues)).find((i) => i.fields.Title === kreishaus.Title);
    await createItem('venues', kreishaus, lookup);
  }

  return {
    open,

    /**
     * After the user confirmed that Treffpunkt may create them: the lists `open` named missing, each
     * with its columns (a currency column the service rejects becomes a number "Kosten (EUR)"), the
     * venues with the Kreishaus. Then opens again. A refusal is an AppError `forbidden` with the
     * list's capability and `missing: 'manage'`; what could not be completed is in `listProblems`.
     */
    async provision(kinds: CreatableList[]): Promise<PlanningData> {
      for (const kind of kinds) await provisionList(kind);
      // Asked for by the user, so waited for whole: the answer names every problem at once.
      const { viewUpkeep, ...data } = await open();
      return { ...data, listProblems: [...data.listProblems, ...((await viewUpkeep) ?? [])] };
    },

    /**
     * Creates the item, or updates it with If-Match (a colleague's change surfaces as `conflict`).
     * A create whose answer was lost is looked for by the meeting's id before it is sent again
     * (`unknown-outcome` when that cannot be known); found so, the result says `recovered`. `filing` (budget, names) shapes the readable columns.
     */
    async saveMeeting(meeting: Meeting, ref: ItemRef | undefined, filing?: FilingSettings): Promise<SavedItem> {
      const fields = meetingToFields(meeting, filing);
      if (ref) {
        const saved = await lists.updateItem(
          refs.meetings,
          { id: ref.itemId, etag: ref.etag },
          writable('meetings', fields),
        );
        return { itemId: saved.id, etag: saved.etag };
      }
      const { value: saved, found: recovered } = await createItem('meetings', fields, async () => {
        const m = await findMeeting(meeting.id);
        return m && { id: m.itemId, etag: m.etag, webUrl: m.webUrl, fields: {} };
      });
      return { itemId: saved.id, etag: saved.etag, ...(recovered ? { recovered: true as const } : {}) };
    },

    async getMeeting(itemId: string): Promise<ListedMeeting | undefined> {
      return listedMeetingOf(await lists.getItem(refs.meetings, itemId));
    },

    /** After a create whose answer was lost: is the meeting there already? (Reads every page.) */
    findMeeting,

    /** The team's settings: If-Match on the one item; the list and item are created on the first save. */
    async saveSettings(settings: TeamSettings, ref: ItemRef | undefined): Promise<ItemRef> {
      const fields = settingsToFields(settings);
      if (ref) {
        const saved = await lists.updateItem(
          refs.settings,
          { id: ref.itemId, etag: ref.etag },
          writable('settings', fields),
        );
        return { itemId: saved.id, etag: saved.etag };
      }
      const existing = found((await readAll(['settings'])).get('settings'));
      if (!existing) await provisionList('settings');
      const first = existing?.items[0];
      const saved = first
        ? await lists.updateItem(refs.settings, { id: first.id, etag: first.etag }, writable('settings', fields))
        : (await createItem('settings', fields, async () => (await lists.readAll(refs.settings))[0])).value;
      return { itemId: saved.id, etag: saved.etag };
    },

    async addVenue(venue: Omit<Venue, 'id'>): Promise<Venue> {
      const fields = venueToFields(venue);
      const lookup = async () =>
        (await lists.readAll(refs.venues)).find(
          (i) => i.fields.Title === fields.Title && i.fields.TpStrasse === fields.TpStrasse,
        );
      return venueFromItem((await createItem('venues', fields, lookup)).value);
    },
  };
}

export type PlanningGateway = ReturnType<typeof createPlanningGateway>;
