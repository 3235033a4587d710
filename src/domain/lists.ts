/**
 * The team's SharePoint lists as the pane sees them, without SharePoint's shapes: a saved item's
 * reference, a row of the meetings list, what opening the lists gives, and what is missing or
 * incomplete about them. The gateway (graph/) maps the list items to and from these.
 */
import type { AppError } from './appError';
import type { ListedNeed } from './needs';
import type { Meeting, MeetingStatus, Venue } from './planning/meetingTypes';
import type { PlainDate } from './planning/plainDate';
import type { TeamSettings } from './settings';

/** The lists on the team's site: meetings, venues (Orte), the team's settings and the needs (Bedarfe). */
export type ListKind = 'meetings' | 'venues' | 'settings' | 'needs';

/** The lists the pane offers to create (after the user confirmed): settings follow the first save. */
export type CreatableList = 'meetings' | 'venues' | 'needs';

/**
 * A saved item of a list. `etag` is the item's version as the list last answered: the pane keeps it
 * unread and hands it back with the next save (If-Match), so a colleague's change surfaces as a conflict.
 */
export interface ItemRef {
  itemId: string;
  etag: string;
}

/** The reference of a saved item (a listed meeting, a save's answer) to hand back with the next save. */
export const itemRefOf = (item: ItemRef): ItemRef => ({ itemId: item.itemId, etag: item.etag });

/**
 * A saved meeting's item; `recovered` when the create's answer was lost and the item was found in the
 * list (it was saved, and not created a second time): the pane says so.
 */
export type SavedItem = ItemRef & { recovered?: true };

/**
 * Why a row's hidden Treffpunkt data could not be used, so the row is read from its readable columns
 * like a meeting entered by hand: not JSON or not a meeting (`unreadable`), or written by a newer
 * Treffpunkt than this pane (`newer-version`).
 */
export type DataProblem = 'unreadable' | 'newer-version';

/**
 * A row of the meetings list as the pane needs it; `meeting` only where the add-in wrote it and it
 * could be read, `dataProblem` where the add-in's data is there but could not be used.
 */
export interface ListedMeeting {
  itemId: string;
  etag: string;
  webUrl: string;
  date: PlainDate;
  status: MeetingStatus;
  venueName: string;
  nextMeetingDate?: PlainDate;
  /** The filed costs (currency column) in cents and the participant count, where filed. */
  costCents?: number;
  participants?: number;
  meeting?: Meeting;
  dataProblem?: DataProblem;
}

/**
 * What the pane says about a list that exists but is not as Treffpunkt needs it.
 * - `missingColumns`: columns the add-in could not add (role `manage` missing, or SharePoint
 *   refused); saves write the other columns; `blocksSaving` when the meeting's own column is missing.
 * - `defaultView`: the key columns could not be put into the default view; IT (or a site owner)
 *   ticks `columns` in the view `view` of the list `listName` (SharePoint: Ansicht bearbeiten).
 */
export type ListProblem =
  | {
      kind: 'missingColumns';
      list: ListKind;
      listName: string;
      /** Display names of the missing columns. */
      columns: string[];
      blocksSaving: boolean;
      missing?: string;
      error?: AppError;
    }
  | {
      kind: 'defaultView';
      list: ListKind;
      listName: string;
      view: string;
      /** Display names of the columns to tick. */
      columns: string[];
      missing?: string;
      error?: AppError;
    };

/** The meetings, venues and settings lists as opened. */
export interface PlanningData {
  meetings: ListedMeeting[];
  venues: Venue[];
  settings: TeamSettings;
  /** The needs register as read in the opening's $batch (absent while the list is not on the site). */
  needs?: ListedNeed[];
  /** The settings item, once the team saved settings (absent: defaults from the configuration). */
  settingsRef?: ItemRef;
  /**
   * Lists not on the site (not by the remembered id, not by name, no list with Treffpunkt's columns):
   * the pane asks before they are created. Empty once they exist.
   */
  missingLists: CreatableList[];
  /** What is incomplete about the lists that exist (columns, default view), for the pane to name. */
  listProblems: ListProblem[];
  /**
   * The default views' check, still under way when the data is given (it does not hold the opening back):
   * its problems, to be named with `listProblems` once they are known. Never rejects.
   */
  viewUpkeep?: Promise<ListProblem[]>;
}
