import type { HostSuggestion, Meeting, PlainDate, Venue } from '../../domain/planning';
import type { TeamSettings } from '../../domain/settings';
import type { ListedMeeting } from '../../graph/meetingMapping';
import type { ItemRef } from '../../graph/planningGateway';
import type { StoredSuggestion } from '../../office/topicSuggestions';
import type { ConflictChoice, ListSetup, SyncState, VenueDraft } from './sessionModel';

export type { ConflictChoice, ListSetup, ProvisionState, SyncState, VenueDraft } from './sessionModel';

/** What the Planen view gets from `usePlanning()`. */
export interface PlanningModel {
  meeting: Meeting;
  /**
   * Replaces the meeting; autosaved locally at once and to SharePoint shortly after (at once with
   * `{ now: true }`, for a step such as sending the invitation that must be on record).
   */
  update: (change: (meeting: Meeting) => Meeting, options?: { now?: boolean }) => void;
  /** The meeting's list item, once it is in SharePoint. */
  itemRef: ItemRef | undefined;
  /** Every meeting in the list, as read when the pane opened. */
  meetings: ListedMeeting[];
  /** Makes another meeting of the list the one the pane works on (after saving this one's changes). */
  openMeeting: (listed: ListedMeeting) => Promise<void>;
  /** The team's settings from the SharePoint site (defaults until the team saves its own). */
  settings: TeamSettings;
  /** Set while the pane could not read the settings (it works offline on defaults): they must not be saved. */
  settingsUnread?: { retry: () => void };
  saveSettings: (settings: TeamSettings) => Promise<void>;
  today: PlainDate;
  venues: Venue[];
  hostSuggestion: HostSuggestion | undefined;
  /** Dates on the quarterly cadence that avoid holidays. */
  proposals: PlainDate[];
  sync: SyncState;
  /** Save now (after an error, or to be sure). */
  saveNow: () => void;
  /**
   * After a conflict: take the colleague's version, merge both (lines, notes and ticks of both; the
   * plan as typed here), or keep ours and overwrite knowingly.
   */
  resolveConflict: (choice: ConflictChoice) => void;
  addVenue: (draft: VenueDraft) => Promise<Venue>;
  suggestions: StoredSuggestion[];
  acceptSuggestion: (id: string) => void;
  dismissSuggestion: (id: string) => void;
  newId: () => string;
  /** Present while lists are missing or incomplete. */
  lists?: ListSetup;
}
