import { DEFAULT_FUNDING_STATEMENT, DEFAULT_PHOTO_NOTICE } from './invitation/notices';
import { CALL_FOR_TOPICS_WEEKS } from './planning/callForTopics';

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
  /** The photo notice's text may hold {Datenschutzkontakt} and {Speicherdauer}, filled from the two below. */
  photoNotice: { enabled: boolean; text: string };
  /** The data-protection officer's contact (Art. 13(1)(b) GDPR), as invitees should read it. */
  privacyOfficer: string;
  /** How long photos and the personal data of past meetings are kept, in months (RETENTION_MONTHS). */
  retentionMonths: number;
  fundingStatement: string;
  /** Outlook reminder before the meeting, in minutes. */
  reminderMinutes: number;
  /** Budget per meeting for the Ausgaben view; 0 means none set. */
  budgetPerMeetingCents: number;
  /** Write the names of those present into the SharePoint list (otherwise only the count). */
  namesInMinutes: boolean;
  /** County staff who host (counted for coffee and biscuits). */
  hosts: number;
  /** The call for topics goes out this many weeks before the invitation is due (1 to 8). */
  callForTopicsWeeks: number;
  /** The team's survey form (Microsoft Forms or similar), an https link; '' = none. */
  surveyLink: string;
  /** The invitation carries the survey link too. */
  surveyLinkInInvitation: boolean;
}

/** The team settings that decide how the record is filed (TeamSettings). */
export interface FilingSettings {
  /** 0: no budget set. */
  budgetPerMeetingCents: number;
  /** Names of those present in the Protokoll column; otherwise only the count. */
  namesInMinutes: boolean;
}

export const REMINDER_CHOICES = [15, 60, 120, 1440, 2880] as const;

/**
 * The county's data-protection officer as far as we know: the real contact is not known to the add-in,
 * so this is a plausible default for the team to correct in Einstellungen.
 */
export const DEFAULT_PRIVACY_OFFICER =
  'Landkreis Northeim, Medenheimer Straße 6/8, 37154 Northeim, datenschutz@landkreis-northeim.de';

/** The storage period a team may choose, in whole months, and the default. */
export const RETENTION_MONTHS = { min: 1, max: 120, default: 24 } as const;

export function isRetentionMonths(value: number): boolean {
  return Number.isInteger(value) && value >= RETENTION_MONTHS.min && value <= RETENTION_MONTHS.max;
}

export function defaultTeamSettings(distributionList: string): TeamSettings {
  return {
    distributionList,
    expandDistributionList: false,
    optionalAttendees: [],
    photoNotice: { enabled: true, text: DEFAULT_PHOTO_NOTICE },
    privacyOfficer: DEFAULT_PRIVACY_OFFICER,
    retentionMonths: RETENTION_MONTHS.default,
    fundingStatement: DEFAULT_FUNDING_STATEMENT,
    reminderMinutes: 1440,
    budgetPerMeetingCents: 15000,
    namesInMinutes: false,
    hosts: 2,
    callForTopicsWeeks: CALL_FOR_TOPICS_WEEKS.default,
    surveyLink: '',
    surveyLinkInInvitation: false,
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
