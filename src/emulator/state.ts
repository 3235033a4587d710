/** The emulator's whole tenant as plain JSON: what `state.json` holds. */

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

export interface ListItemRecord {
  id: string;
  guid: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  lastModifiedById: string;
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
}

/** Collections kept for the route tables still to come (events, To Do, sent mail). */
export type JsonObject = Record<string, unknown>;

export interface EmulatorState {
  schemaVersion: 1;
  tenant: { id: string; domain: string; displayName: string };
  users: UserRecord[];
  orgContacts: OrgContactRecord[];
  groups: GroupRecord[];
  sites: SiteRecord[];
  /** per user id */
  events: Record<string, JsonObject[]>;
  todoLists: Record<string, JsonObject[]>;
  sentMail: Record<string, JsonObject[]>;
}
