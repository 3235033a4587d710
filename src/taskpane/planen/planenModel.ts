import type { MeetingSession, TeamSettingsModel, VenuesModel } from '../meeting/sessionModel';
import type { Proposals } from './useProposals';
import type { TopicSuggestions } from './useTopicSuggestions';

/**
 * What the Planen screen works with: the open meeting and its saving, the venues, and Planen's own proposals;
 * the team's settings where the session has them (the call for topics shows only with them).
 */
export type PlanenModel = Pick<
  MeetingSession,
  'meeting' | 'update' | 'today' | 'newId' | 'sync' | 'saveNow' | 'resolveConflict'
> &
  VenuesModel &
  Proposals &
  TopicSuggestions &
  Partial<Pick<TeamSettingsModel, 'settings'>>;
