import type { Venue } from '../domain/planning';
import { meetingColumns, venueColumns } from './listSchema';
import type { ListRef, ListsGateway } from './listsGateway';
import { type ListedMeeting, listedMeetingOf, meetingToFields } from './meetingMapping';
import { KREISHAUS, venueFromItem, venueToFields } from './venueMapping';
import type { Meeting } from '../domain/planning';

export interface ItemRef {
  itemId: string;
  etag: string;
}

export interface PlanningData {
  meetings: ListedMeeting[];
  venues: Venue[];
}

/** The meetings and venues lists for Planen: one round trip to open, one to save. */
export function createPlanningGateway(lists: ListsGateway, names: { meetings: string; venues: string }) {
  const meetingsList: ListRef = { displayName: names.meetings, columns: meetingColumns };
  const venuesList: ListRef = { displayName: names.venues, columns: venueColumns };

  async function createMissing(missing: { meetings: boolean; venues: boolean }): Promise<Venue[]> {
    if (missing.meetings) await lists.createList(meetingsList);
    if (!missing.venues) return [];
    await lists.createList(venuesList);
    return [venueFromItem(await lists.createItem(venuesList, venueToFields(KREISHAUS)))];
  }

  return {
    /** Both lists in one $batch; creates them (with the Kreishaus as first venue) on the first run. */
    async open(): Promise<PlanningData> {
      const read = await lists.readLists({ meetings: meetingsList, venues: venuesList });
      const created = await createMissing({ meetings: read.meetings === 'missing', venues: read.venues === 'missing' });
      const meetingItems = read.meetings === 'missing' ? [] : read.meetings;
      const venueItems = read.venues === 'missing' ? [] : read.venues;
      return {
        meetings: meetingItems.map(listedMeetingOf).filter((m): m is ListedMeeting => m !== undefined),
        venues: [...venueItems.map(venueFromItem), ...created].sort((a, b) => a.name.localeCompare(b.name, 'de')),
      };
    },

    /** Creates the item, or updates it with If-Match (a colleague's change surfaces as `conflict`). */
    async saveMeeting(meeting: Meeting, ref: ItemRef | undefined): Promise<ItemRef> {
      const fields = meetingToFields(meeting);
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

    async addVenue(venue: Omit<Venue, 'id'>): Promise<Venue> {
      return venueFromItem(await lists.createItem(venuesList, venueToFields(venue)));
    },
  };
}

export type PlanningGateway = ReturnType<typeof createPlanningGateway>;
