/**
 * Past meetings as Verlauf shows them: a row of the overview (visible columns only) and one meeting
 * as filed, read in the pane. Rows a colleague wrote by hand (without the add-in's data) have only
 * what their columns say.
 */
import type { ListedMeeting } from './lists';
import type { Meeting } from './planning/meetingTypes';
import type { PlainDate } from './planning/plainDate';

/** A row of the overview; `costCents` and `participants` where filed. */
export interface HistoryEntry extends Omit<ListedMeeting, 'etag' | 'meeting' | 'nextMeetingDate'> {
  title: string;
  year: number;
  speaker: string;
}

/** One meeting as filed, for reading in the pane; minutes and notes as plain text (never foreign HTML). */
export interface PastMeeting extends HistoryEntry {
  etag: string;
  nextMeetingDate?: PlainDate;
  /** The whole meeting, where the add-in filed it. */
  meeting?: Meeting;
  minutesText: string;
  decisions: string[];
  actions: string[];
  costNotes: string[];
}

/** Latest date first (the list itself comes in the order the items were created). */
export function newestFirst(a: Pick<HistoryEntry, 'date'>, b: Pick<HistoryEntry, 'date'>): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}
