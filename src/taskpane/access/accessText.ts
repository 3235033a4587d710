import { type Capability, type Grant, GRANTS, type Role, ROLE_ORDER } from '../../domain/grants';
import { useLocalized } from '../i18n/localized';
import { type AccessStrings, accessStrings, type ListCapability } from './accessStrings';

/** The names the pane is configured with, for naming the site and the lists. */
export interface AccessNames {
  site: string;
  listName: string;
  venueListName: string;
  settingsListName: string;
  needsListName: string;
}

export function isRole(value: string | undefined): value is Role {
  return ROLE_ORDER.some((role) => role === value);
}

const LIST_NAMES: Record<ListCapability, keyof AccessNames> = {
  meetingsList: 'listName',
  venuesList: 'venueListName',
  settingsList: 'settingsListName',
  needsList: 'needsListName',
};

const isList = (capability: Capability): capability is ListCapability => capability in LIST_NAMES;

/** The sentences about grants in one language: what a capability is, what it blocks, what IT must grant. */
export interface AccessText {
  capabilityLabel: (capability: Capability, names: AccessNames) => string;
  blockedText: AccessStrings['blocked'];
  roleText: AccessStrings['roles'];
  /**
   * What IT must grant for `capability`, in one sentence: the permission with where it is granted, or
   * the role on the site (or list). `missing` is what the service named, where it did.
   */
  grantInstruction: (capability: Capability, names: AccessNames, missing?: string) => string;
  refusal: AccessStrings['refusal'];
}

/** The access sentences built on one language's strings. */
export function accessText(strings: AccessStrings): AccessText {
  const capabilityLabel = (capability: Capability, names: AccessNames) =>
    isList(capability) ? strings.list(names[LIST_NAMES[capability]]) : strings.capabilities[capability];

  /** The role IT gives the app on the site (or list), through Sites.Selected. */
  const roleInstruction = (capability: Capability, role: Role, names: AccessNames) => {
    const where = isList(capability)
      ? strings.onSiteOrList(names.site, capabilityLabel(capability, names))
      : strings.onSite(names.site);
    return strings.role(strings.roles[role], where, capability === 'defaultView' ? 'SharePoint' : 'Microsoft Graph');
  };

  const permissionInstruction = (grant: Grant, missing: string | undefined) => {
    if (grant.resource === 'outlook') return strings.signIn(strings.resources.outlook);
    const permissions = missing && !isRole(missing) ? missing : grant.permissions.join(', ');
    const alternatives = grant.alternatives?.length ? strings.alternatives(grant.alternatives.join(', ')) : '';
    return `${permissions}${alternatives}: ${strings.resources[grant.resource]}`;
  };

  const grantInstruction = (capability: Capability, names: AccessNames, missing?: string) => {
    const grant = GRANTS[capability];
    if (isRole(missing)) return roleInstruction(capability, missing, names);
    const permission = permissionInstruction(grant, missing);
    if (!grant.role || grant.resource === 'outlook') return permission;
    return strings.permissionAndRole(permission, roleInstruction(capability, grant.role, names));
  };

  return {
    capabilityLabel,
    blockedText: strings.blocked,
    roleText: strings.roles,
    grantInstruction,
    refusal: strings.refusal,
  };
}

/** Made once per language's table. */
const made = new Map<AccessStrings, AccessText>();

/** The access sentences in the pane's language. */
export function useAccessText(): AccessText {
  const strings = useLocalized(accessStrings);
  const text = made.get(strings) ?? accessText(strings);
  made.set(strings, text);
  return text;
}
