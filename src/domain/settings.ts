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

/** The team settings that decide how the record is filed (TeamSettings). */
export interface FilingSettings {
  /** 0: no budget set. */
  budgetPerMeetingCents: number;
  /** Names of those present in the Protokoll column; otherwise only the count. */
  namesInMinutes: boolean;
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

/** "Flüchtlingssozialarbeit <fsa@landkreis-northeim.de>", one per line; a bare address is allowed too. */
export function parseNamedAddresses(lines: string): NamedAddress[] {
  const out: NamedAddress[] = [];
  for (const line of lines.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const match = /^(.*?)\s*<([^<>\s]+)>$/.exec(trimmed);
    if (match) out.push({ name: (match[1] ?? '').trim() || (match[2] ?? ''), address: match[2] ?? '' });
    else out.push({ name: trimmed, address: trimmed });
  }
  return out;
}

export function formatNamedAddresses(list: NamedAddress[]): string {
  return list.map((a) => (a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address)).join('\n');
}
