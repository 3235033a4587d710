import type { PastHost, PlainDate, Venue } from '../../domain/planning';
import { defaultTeamSettings, type TeamSettings } from '../../domain/settings';
import type { CreatableList, ItemRef, ListedMeeting, ListProblem, PlanningData } from '../../domain/lists';
import type { OpenedPlan } from './choosePlan';
import type { PlanDraft } from './planDraft';

/** What the opening read (or, while it could not, what the pane works with meanwhile). */
export interface Loaded {
  venues: Venue[];
  past: PastHost[];
  proposals: PlainDate[];
  meetings: ListedMeeting[];
  settings: TeamSettings;
  settingsRef?: ItemRef;
  /** The opening failed: `settings` are the defaults, not the team's. */
  settingsUnread?: boolean;
  /** Lists not on the site yet (created after the user confirmed); until then the plan stays on this device. */
  missingLists: CreatableList[];
  /** What is incomplete about the lists that exist (columns, default view). */
  listProblems: ListProblem[];
}

export function loadedFrom(data: PlanningData, plan: OpenedPlan): Loaded {
  return {
    venues: data.venues,
    past: plan.past,
    proposals: plan.proposals,
    meetings: data.meetings,
    settings: data.settings,
    ...(data.settingsRef ? { settingsRef: data.settingsRef } : {}),
    missingLists: data.missingLists,
    listProblems: data.listProblems,
  };
}

/** Offline with work on this device: the pane keeps working on it; it is saved when SharePoint answers. */
export function offlineLoaded(local: PlanDraft, distributionList: string): Loaded {
  return {
    venues: local.meeting.venue ? [local.meeting.venue] : [],
    past: [],
    proposals: [],
    meetings: [],
    settings: defaultTeamSettings(distributionList),
    settingsUnread: true,
    missingLists: [],
    listProblems: [],
  };
}
