import type { MeetingSession, TeamSettingsModel, VenuesModel } from './sessionModel';

export type {
  ConflictChoice,
  ListSetup,
  MeetingSession,
  ProvisionState,
  Rotation,
  SyncState,
  TeamSettingsModel,
  VenueDraft,
  VenuesModel,
} from './sessionModel';

/**
 * Everything the session gives a view: the open meeting, the team's settings and the venues. Kept as
 * one type while views still take it whole; a view that needs less takes the part it uses
 * (`MeetingSession`, `TeamSettingsModel`, `VenuesModel` from ./sessionModel).
 */
export type PlanningModel = MeetingSession & TeamSettingsModel & VenuesModel;
