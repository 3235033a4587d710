import type { YearCostsRow } from '../domain/csv';
import { AppError, isAppError } from '../domain/appError';
import { type HistoryEntry, newestFirst, type PastMeeting } from '../domain/history';
import type { PlainDate } from '../domain/planning';
import {
  HISTORY_COLUMNS,
  HISTORY_PROPERTIES,
  historyEntryOf,
  pastMeetingOf,
  YEAR_COST_COLUMNS,
  yearCostRowsOf,
} from './historyMapping';
import { meetingColumns } from './listSchema';
import type { ItemPage, ListRef, ListsGateway, StoredItem } from './listsGateway';

export const HISTORY_PAGE_SIZE = 50;

export interface HistoryPage {
  /** Newest first within the page; sort what is loaded with `newestFirst` after "Weitere laden". */
  entries: HistoryEntry[];
  /** For "Weitere laden"; absent on the last page. */
  nextLink?: string;
}

export interface HistoryPageOptions {
  /** Only meetings before this date (today, for past meetings). */
  before?: PlainDate;
  /** The previous page's link. */
  nextLink?: string;
}

/**
 * Verlauf: past meetings from the meetings list, at least 50 at a time with only the visible columns
 * (one round trip, more where the service pages below `$top`). Graph documents no `$orderby` for list items, so each page is sorted here; the list returns
 * items in the order they were created, which for meetings planned one after another is by date.
 */
export function createHistoryGateway(lists: ListsGateway, names: { meetings: string }) {
  const meetingsList: ListRef = { kind: 'meetings', displayName: names.meetings, columns: meetingColumns };
  const query = (columns: string[]) => ({ properties: HISTORY_PROPERTIES, columns, top: HISTORY_PAGE_SIZE });

  /** The first page of a list that does not exist yet (first run) is empty. */
  async function page(columns: string[], nextLink?: string): Promise<ItemPage> {
    try {
      return await lists.readPage(meetingsList, query(columns), nextLink);
    } catch (error) {
      if (!nextLink && isAppError(error) && error.code === 'not-found') return { items: [] };
      throw error;
    }
  }

  return {
    async readPage(options: HistoryPageOptions = {}): Promise<HistoryPage> {
      const read = await page(HISTORY_COLUMNS, options.nextLink);
      const entries = read.items
        .map(historyEntryOf)
        .filter((entry): entry is HistoryEntry => entry !== undefined)
        .filter((entry) => options.before === undefined || entry.date < options.before)
        .sort(newestFirst);
      return { entries, ...(read.nextLink ? { nextLink: read.nextLink } : {}) };
    },

    /** One meeting with everything filed (TpDaten included), for reading it in the pane. */
    async readMeeting(itemId: string): Promise<PastMeeting> {
      const meeting = pastMeetingOf(await lists.getItem(meetingsList, itemId));
      if (!meeting) throw new AppError('not-found', 'Dieser Eintrag der Liste hat kein Datum und ist kein Treffen.');
      return meeting;
    },

    /** The expense lines of a year's meetings for the CSV (reads every page of the list). */
    async yearCostRows(year: number): Promise<YearCostsRow[]> {
      const items: StoredItem[] = [];
      let next: string | undefined;
      do {
        const read = await page(YEAR_COST_COLUMNS, next);
        items.push(...read.items);
        next = read.nextLink;
      } while (next);
      return yearCostRowsOf(items, year);
    },
  };
}

export type HistoryGateway = ReturnType<typeof createHistoryGateway>;
