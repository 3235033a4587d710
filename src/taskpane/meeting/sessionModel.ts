import type { AppError } from '../../domain/appError';
import type { CreatableList, ItemRef, ListedMeeting, ListProblem } from '../../domain/lists';
import type { MeetingDifference } from '../../domain/minutes';
import type { Meeting, PastHost, PlainDate, Venue } from '../../domain/planning';
import type { TeamSettings } from '../../domain/settings';
import type { StorageProblem } from '../../office/browserStore';

export type ConflictChoice = 'theirs' | 'merge' | 'mine';

/** Where the open meeting stands against SharePoint. Everything typed is always kept locally first. */
export type SyncState =
  /** `recovered`: the create's answer was lost, and the item was found in the list (saved once). */
  | { status: 'saved'; at: string; recovered?: true }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; error: AppError }
  /** Kept on this device only: the lists are not on the SharePoint site yet. */
  | { status: 'device' }
  | {
      status: 'conflict';
      /** What differs from the colleague's version in SharePoint, once read; or why it is not shown. */
      differences: MeetingDifference[] | 'reading' | 'unreadable';
    };

/** Creating the missing lists, after the user confirmed. */
export type ProvisionState =
  { status: 'idle' } | { status: 'creating' } | { status: 'created' } | { status: 'failed'; error: AppError };

/** The lists as the opening found them: those to create (after a confirmation), what is incomplete. */
export interface ListSetup {
  missing: CreatableList[];
  problems: ListProblem[];
  state: ProvisionState;
  /** Creates the missing lists; the plan typed meanwhile is then saved there. */
  provision: () => void;
}

/**
 * What the opening read about the meetings held: who hosted when (whose turn it is next) and the next
 * dates on the quarterly cadence that avoid holidays. Empty while the pane works offline.
 */
export interface Rotation {
  past: PastHost[];
  proposals: PlainDate[];
}

/** The pane opened the meeting `from` for its unsaved work on this device, instead of `instead`. */
export interface Detour {
  from: string;
  instead: ListedMeeting;
}

/** What the session says besides the meeting: why it opened this one, and a device that keeps nothing. */
export interface SessionNotes {
  /** Opened for its unsaved work on this device (saved now) instead of this meeting of the list. */
  instead?: ListedMeeting;
  /** The device does not keep drafts (said once, until dismissed); the pane works on in memory. */
  storageProblem?: StorageProblem;
  dismissStorageProblem: () => void;
}

/** The meeting session: which meeting is open, editing and saving it, switching to another one. */
export interface MeetingSession {
  meeting: Meeting;
  /**
   * Replaces the meeting; autosaved locally at once and to SharePoint shortly after (at once with
   * `{ now: true }`, for a step such as sending the invitation that must be on record).
   */
  update: (change: (meeting: Meeting) => Meeting, options?: { now?: boolean }) => void;
  /** The meeting's list item, once it is in SharePoint. */
  itemRef: ItemRef | undefined;
  /** Every meeting in the list, as read when the pane opened (the open one as it now stands). */
  meetings: ListedMeeting[];
  /** Makes another meeting of the list the one the pane works on (after saving this one's changes). */
  openMeeting: (listed: ListedMeeting) => Promise<void>;
  today: PlainDate;
  sync: SyncState;
  /** Save now (after an error, or to be sure). */
  saveNow: () => void;
  /**
   * After a conflict: take the colleague's version, merge both (lines, notes and ticks of both; the
   * plan as typed here), or keep ours and overwrite knowingly.
   */
  resolveConflict: (choice: ConflictChoice) => void;
  newId: () => string;
  /** Present while lists are missing or incomplete. */
  lists?: ListSetup;
  rotation: Rotation;
  /** Why this meeting is open, and a device that keeps nothing (absent in fakes of the session). */
  notes?: SessionNotes;
}

/** The team's settings from the SharePoint site (defaults until the team saves its own). */
export interface TeamSettingsModel {
  settings: TeamSettings;
  /** Set while the pane could not read the settings (it works offline on defaults): they must not be saved. */
  settingsUnread?: { retry: () => void };
  saveSettings: (settings: TeamSettings) => Promise<void>;
}

/** A venue as typed into the form, before it is in the venues list. */
export interface VenueDraft {
  name: string;
  kind: Venue['kind'];
  street: string;
  postalCode: string;
  town: string;
  stepFree: boolean;
  parking: string;
  publicTransport: string;
  other: string;
}

/** The shared list of venues (read with the opening), and adding one. */
export interface VenuesModel {
  venues: Venue[];
  addVenue: (draft: VenueDraft) => Promise<Venue>;
}
