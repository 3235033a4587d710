import { errors } from './errors';
import type { EmulatorState, GroupRecord, OrgContactRecord, UserRecord } from './state';

/** What GET /me and /users/{id} return without $select (Graph's default set). */
export const USER_DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

export const USER_PROPERTIES: readonly string[] = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'mailNickname',
  'jobTitle',
  'department',
  'companyName',
  'officeLocation',
  'streetAddress',
  'postalCode',
  'city',
  'country',
  'businessPhones',
  'mobilePhone',
  'preferredLanguage',
  'usageLocation',
  'accountEnabled',
  'userType',
];

export const CONTACT_PROPERTIES: readonly string[] = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'mailNickname',
  'companyName',
  'jobTitle',
  'proxyAddresses',
];

export const GROUP_PROPERTIES: readonly string[] = [
  'id',
  'displayName',
  'description',
  'mail',
  'mailNickname',
  'mailEnabled',
  'securityEnabled',
  'groupTypes',
  'visibility',
  'createdDateTime',
  'proxyAddresses',
];

export function userDefault(user: UserRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of USER_DEFAULT_PROPERTIES) out[key] = user[key];
  return out;
}

export function groupView(group: GroupRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of GROUP_PROPERTIES) out[key] = group[key as keyof GroupRecord];
  return out;
}

export function contactView(contact: OrgContactRecord): Record<string, unknown> {
  return { ...contact };
}

/** By object id or by userPrincipalName, both case-insensitive, as Graph resolves /users/{id}. */
export function findUser(state: EmulatorState, idOrUpn: string): UserRecord {
  const key = idOrUpn.toLowerCase();
  const user = state.users.find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
  if (!user) throw errors.userNotFound(idOrUpn);
  return user;
}

export function findGroup(state: EmulatorState, id: string): GroupRecord {
  const group = state.groups.find((g) => g.id.toLowerCase() === id.toLowerCase());
  if (!group) throw errors.userNotFound(id);
  return group;
}

export type DirectoryObject =
  | { kind: 'user'; record: UserRecord }
  | { kind: 'orgContact'; record: OrgContactRecord }
  | { kind: 'group'; record: GroupRecord };

export function findDirectoryObject(state: EmulatorState, id: string): DirectoryObject | undefined {
  const user = state.users.find((u) => u.id === id);
  if (user) return { kind: 'user', record: user };
  const contact = state.orgContacts.find((c) => c.id === id);
  if (contact) return { kind: 'orgContact', record: contact };
  const group = state.groups.find((g) => g.id === id);
  return group ? { kind: 'group', record: group } : undefined;
}

/**
 * A member as Graph lists it: typed with @odata.type, projected by $select (per type). `limited`: the
 * caller may not read this type, so only the type and id come back, every other property null
 * (Learn: "Limited information returned for inaccessible member objects").
 */
export function memberView(
  member: DirectoryObject,
  select: readonly string[] | undefined,
  limited = false,
): Record<string, unknown> {
  const full =
    member.kind === 'user'
      ? userDefault(member.record)
      : member.kind === 'group'
        ? groupView(member.record)
        : contactView(member.record);
  const source: Record<string, unknown> = member.kind === 'user' ? { ...member.record } : full;
  const out: Record<string, unknown> = { '@odata.type': `#microsoft.graph.${member.kind}` };
  const keys = select ?? Object.keys(full);
  for (const key of keys) if (key in source) out[key] = limited && key !== 'id' ? null : source[key];
  return out;
}
