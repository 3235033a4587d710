import { DEFAULT_FUNDING_STATEMENT, DEFAULT_PHOTO_NOTICE } from './invitation/invitation';

/** A person or office invited as an optional attendee (Flüchtlingssozialarbeit, Sprachkoordination, …). */
export interface NamedAddress {
  name: string;
  address: string;
}

/**
 * What the team decides together, kept in one item of a settings list on the SharePoint site so that
 * every colleague's pane agrees. Deployment facts (site, list names, Graph) stay in the build config.
 */
export interface TeamSettings {
  /** The distribution list invited as required attendee. */
  distributionList: string;
  /** Invite the list's members one by one (needs GroupMember.Read.All granted by the tenant). */
  expandDistributionList: boolean;
  optionalAttendees: NamedAddress[];
  photoNotice: { enabled: boolean; text: string };
  fundingStatement: string;
  /** Outlook reminder before the meeting, in minutes. */
  reminderMinutes: number;
  /** Budget per meeting for the Ausgaben view; 0 means none set. */
  budgetPerMeetingCents: number;
  /** Write the names of those present into the SharePoint list (otherwise only the count). */
  namesInMinutes: boolean;
  /** County staff who host (counted for coffee and biscuits). */
  hosts: number;
}

export const REMINDER_CHOICES = [15, 60, 120, 1440, 2880] as const;

export function defaultTeamSettings(distributionList: string): TeamSettings {
  return {
    distributionList,
    expandDistributionList: false,
    optionalAttendees: [],
    photoNotice: { enabled: true, text: DEFAULT_PHOTO_NOTICE },
    fundingStatement: DEFAULT_FUNDING_STATEMENT,
    reminderMinutes: 1440,
    budgetPerMeetingCents: 15000,
    namesInMinutes: false,
    hosts: 2,
  };
}
