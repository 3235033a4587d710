import type { TeamSettings } from '../domain/settings';
import type { Venue } from '../domain/planning';
import { meetingColumns, settingsColumns, venueColumns } from './listSchema';
import type { ListRef, ListsGateway } from './listsGateway';
import { type FilingSettings, type ListedMeeting, listedMeetingOf, meetingToFields } from './meetingMapping';
import { settingsFromItem, settingsToFields } from './settingsMapping';
import { KREISHAUS, venueFromItem, venueToFields } from './venueMapping';
import type { Meeting } from '../domain/planning';

export interface ItemRef {
  itemId: string;
  etag: string;
}

export interface PlanningData {
  meetings: ListedMeeting[];
  venues: Venue[];
  settings: TeamSettings;
  /** The settings item, once the team saved settings (absent: defaults from the configuration). */
  settingsRef?: ItemRef;
}

export interface ListNames {
  meetings: string;
  venues: string;
  settings: string;
}

/**
 * The meetings, venues and settings lists: one round trip to open, one to save. `distributionList` is
 * the configured default until the team saves its own settings.
 */
export function createPlanningGateway(lists: ListsGateway, names: ListNames, distributionList: string) {
  const meetingsList: ListRef = { displayName: names.meetings, columns: meetingColumns };
  const venuesList: ListRef = { displayName: names.venues, columns: venueColumns };
  const settingsList: ListRef = { displayName: names.settings, columns: settingsColumns };

  async function createMissing(missing: { meetings: boolean; venues: boolean }): Promise<Venue[]> {
    if (missing.meetings) await lists.createList(meetingsList);
    if (!missing.venues) return [];
    await lists.createList(venuesList);
    return [venueFromItem(await lists.createItem(venuesList, venueToFields(KREISHAUS)))];
  }

  return {
    /**
     * All three lists in one $batch; creates meetings and venues (with the Kreishaus as first venue) on
     * the first run. The settings list is created when the team first saves settings.
     */
    async open(): Promise<PlanningData> {
      const read = await lists.readLists({ meetings: meetingsList, venues: venuesList, settings: settingsList });
      const created = await createMissing({ meetings: read.meetings === 'missing', venues: read.venues === 'missing' });
      const meetingItems = read.meetings === 'missing' ? [] : read.meetings;
      const venueItems = read.venues === 'missing' ? [] : read.venues;
      const settingsItem = read.settings === 'missing' ? undefined : read.settings[0];
      return {
        settings: settingsFromItem(settingsItem, distributionList),
        ...(settingsItem ? { settingsRef: { itemId: settingsItem.id, etag: settingsItem.etag } } : {}),
        meetings: meetingItems.map(listedMeetingOf).filter((m): m is ListedMeeting => m !== undefined),
        venues: [...venueItems.map(venueFromItem), ...created].sort((a, b) => a.name.localeCompare(b.name, 'de')),
      };
    },

    /**
     * Creates the item, or updates it with If-Match (a colleague's change surfaces as `conflict`).
     * `filing` (budget, names) shapes the readable minutes and cost columns.
     */
    async saveMeeting(meeting: Meeting, ref: ItemRef | undefined, filing?: FilingSettings): Promise<ItemRef> {
      const fields = meetingToFields(meeting, filing);
      const saved = ref
        ? await lists.updateItem(meetingsList, { id: ref.itemId, etag: ref.etag }, fields)
        : await lists.createItem(meetingsList, fields);
      return { itemId: saved.id, etag: saved.etag };
    },

    async getMeeting(itemId: string): Promise<ListedMeeting | undefined> {
      return listedMeetingOf(await lists.getItem(meetingsList, itemId));
    },

    /** After a create whose answer was lost: is the meeting there already? */
    async findMeeting(meetingId: string): Promise<ListedMeeting | undefined> {
      const read = await lists.readLists({ meetings: meetingsList });
      if (read.meetings === 'missing') return undefined;
      return read.meetings.map(listedMeetingOf).find((m) => m?.meeting?.id === meetingId);
    },

    /** The team's settings: If-Match on the one item; the list and item are created on the first save. */
    async saveSettings(settings: TeamSettings, ref: ItemRef | undefined): Promise<ItemRef> {
      const fields = settingsToFields(settings);
      if (ref) {
        const saved = await lists.updateItem(settingsList, { id: ref.itemId, etag: ref.etag }, fields);
        return { itemId: saved.id, etag: saved.etag };
      }
      const read = await lists.readLists({ settings: settingsList });
      if (read.settings === 'missing') await lists.createList(settingsList);
      const existing = read.settings === 'missing' ? undefined : read.settings[0];
      const saved = existing
        ? await lists.updateItem(settingsList, { id: existing.id, etag: existing.etag }, fields)
        : await lists.createItem(settingsList, fields);
      return { itemId: saved.id, etag: saved.etag };
    },

    async addVenue(venue: Omit<Venue, 'id'>): Promise<Venue> {
      return venueFromItem(await lists.createItem(venuesList, venueToFields(venue)));
    },
  };
}

export type PlanningGateway = ReturnType<typeof createPlanningGateway>;
