/** The emulator's whole tenant as plain JSON: what `state.json` holds. */
import type { EventRecord, MeetingMessage, ReplyRecord, SentMailRecord, TodoListRecord } from './calendar/records';
import type { DriveRecord } from './drive/records';
import type { ItemStamp } from './itemStamp';

export type * from './calendar/records';
export type * from './drive/records';

export interface UserRecord {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
  userPrincipalName: string;
  mailNickname: string;
  jobTitle: string | null;
  department: string | null;
  companyName: string | null;
  officeLocation: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
  preferredLanguage: string | null;
  usageLocation: string | null;
  accountEnabled: boolean;
  userType: 'Member' | 'Guest';
}

export interface OrgContactRecord {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string;
  mailNickname: string;
  companyName: string | null;
  jobTitle: string | null;
  proxyAddresses: string[];
}

export interface GroupRecord {
  id: string;
  displayName: string;
  description: string | null;
  mail: string | null;
  mailNickname: string;
  mailEnabled: boolean;
  securityEnabled: boolean;
  groupTypes: string[];
  visibility: string | null;
  createdDateTime: string;
  proxyAddresses: string[];
  /** ids of users, orgContacts or groups */
  memberIds: string[];
}

/**
 * An Exchange dynamic distribution group: mail reaches its members (a recipient filter, evaluated
 * at seeding), but it is no Entra ID group, so Graph's /groups never shows it.
 */
export interface DynamicDistributionListRecord {
  id: string;
  displayName: string;
  mail: string;
  /** ids of the users or orgContacts the recipient filter selects */
  memberIds: string[];
}

export type ColumnType = 'text' | 'number' | 'currency' | 'dateTime' | 'choice' | 'boolean';

/** A Graph columnDefinition as stored (facets kept as sent, validated). */
export interface ColumnRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  enforceUniqueValues: boolean;
  hidden: boolean;
  indexed: boolean;
  readOnly: boolean;
  required: boolean;
  type: ColumnType;
  facet: Record<string, unknown>;
}

export type FieldValue = string | number | boolean | null;

export interface ListItemRecord extends ItemStamp {
  id: string;
  fields: Record<string, FieldValue>;
}

export interface ListRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  columns: ColumnRecord[];
  /** internal names of the fields in the list's default view (what colleagues see), e.g. ['LinkTitle'] */
  defaultViewFields: string[];
  items: ListItemRecord[];
  nextItemId: number;
}

export interface SiteRecord {
  id: string;
  hostname: string;
  /** server-relative path, e.g. /sites/Integration ('' for the root site) */
  path: string;
  name: string;
  displayName: string;
  description: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  lists: ListRecord[];
  /** the default document library (absent in states saved before it existed: added on load) */
  drive?: DriveRecord;
}

export interface EmulatorState {
  /** 2: calendar, mailboxes, To Do and outbox (older files are reseeded) */
  schemaVersion: 2;
  tenant: { id: string; domain: string; displayName: string };
  users: UserRecord[];
  orgContacts: OrgContactRecord[];
  groups: GroupRecord[];
  /** not in Graph at all; absent in states saved before it existed */
  dynamicDistributionLists?: DynamicDistributionListRecord[];
  sites: SiteRecord[];
  /** per calendar owner (user id) */
  events: Record<string, EventRecord[]>;
  /** per lower-case address: the meeting messages each recipient received */
  mailboxes: Record<string, MeetingMessage[]>;
  replies: ReplyRecord[];
  /** per user id */
  todoLists: Record<string, TodoListRecord[]>;
  outbox: SentMailRecord[];
}
