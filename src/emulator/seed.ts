import { defaultDrive } from './drive/seed';
import { stableGuid } from './ids';
import { SEED } from './seedFacts';
import { seededLists } from './seedLists';
import { COORDINATORS, KMT, type Person, STAFF } from './seedPeople';
import type { EmulatorState, GroupRecord, OrgContactRecord, ListRecord, SiteRecord, UserRecord } from './state';

export { SEED, SEED_LIBRARY, SEED_LISTS } from './seedFacts';

const CREATED = '2021-03-01T08:00:00Z';
const KREISHAUS = {
  streetAddress: 'Medenheimer Straße 6/8',
  postalCode: '37154',
  city: 'Northeim',
  country: 'Deutschland',
};

function user(p: Person): UserRecord {
  const nick = p.key;
  return {
    id: stableGuid(`user:${nick}`),
    displayName: `${p.givenName} ${p.surname}`,
    givenName: p.givenName,
    surname: p.surname,
    mail: `${nick}@${SEED.tenantDomain}`,
    userPrincipalName: `${nick}@${SEED.tenantDomain}`,
    mailNickname: nick,
    jobTitle: p.jobTitle,
    department: p.department,
    companyName: 'Landkreis Northeim',
    officeLocation: 'Kreishaus Northeim',
    ...KREISHAUS,
    businessPhones: p.phone ? [p.phone] : [],
    mobilePhone: null,
    preferredLanguage: 'de-DE',
    usageLocation: 'DE',
    accountEnabled: true,
    userType: 'Member',
  };
}

/** A mailbox without a person behind it: the room, the team's shared mailbox. */
function resourceMailbox(key: string, displayName: string, department: string | null): UserRecord {
  const mailbox = user({ key, givenName: '', surname: '', jobTitle: '', department: '' });
  return {
    ...mailbox,
    displayName,
    givenName: null,
    surname: null,
    jobTitle: null,
    department,
    businessPhones: [],
    accountEnabled: false,
  };
}

function contact([givenName, surname, mail, initiative]: [string, string, string, string]): OrgContactRecord {
  return {
    id: stableGuid(`contact:${mail}`),
    displayName: `${givenName} ${surname} (${initiative})`,
    givenName,
    surname,
    mail,
    mailNickname: mail.split('@')[0] ?? mail,
    companyName: initiative,
    jobTitle: 'Ehrenamtskoordination',
    proxyAddresses: [`SMTP:${mail}`],
  };
}

function group(key: string, displayName: string, description: string, memberIds: string[]): GroupRecord {
  const mail = `${key}@${SEED.tenantDomain}`;
  return {
    id: stableGuid(`group:${key}`),
    displayName,
    description,
    mail,
    mailNickname: key,
    mailEnabled: true,
    securityEnabled: false,
    groupTypes: [],
    visibility: null,
    createdDateTime: CREATED,
    proxyAddresses: [`SMTP:${mail}`],
    memberIds,
  };
}

const userId = (key: string): string => stableGuid(`user:${key}`);

function groups(contacts: OrgContactRecord[]): GroupRecord[] {
  const fsa = group('fsa', 'Flüchtlingssozialarbeit', 'Flüchtlingssozialarbeit des Landkreises Northeim', [
    userId('svetlana.kuehn'),
    userId('bernd.oppermann'),
    userId('marek.nowak'),
  ]);
  const education = group(
    'bildung-sprache',
    'Bildungs- und Sprachkoordination',
    'Bildungskoordination und Sprachkursberatung',
    [userId('aylin.demir'), userId('lena.hartwig'), userId('miriam.albers')],
  );
  const network = group(
    'vernetzung-ehrenamt',
    'Vernetzung Ehrenamtskoordination',
    'Verteiler für das Vernetzungstreffen der Ehrenamtskoordination in den Flüchtlingsinitiativen',
    [...contacts.map((c) => c.id), userId('miriam.albers'), userId('jonas.wittkopf'), fsa.id],
  );
  return [network, fsa, education];
}

function site(
  key: string,
  path: string,
  displayName: string,
  description: string,
  lists: ListRecord[] = [],
): SiteRecord {
  return {
    id: `${SEED.siteHostname},${stableGuid(`site:${key}`)},${stableGuid(`web:${key}`)}`,
    hostname: SEED.siteHostname,
    path,
    name: path.split('/').pop() ?? '',
    displayName,
    description,
    createdDateTime: CREATED,
    lastModifiedDateTime: CREATED,
    lists,
    drive: defaultDrive(`${SEED.siteHostname}:${path}`, CREATED, 'system'),
  };
}

export interface SeedOptions {
  /** seed the site with the add-in's lists and past meetings (default true) */
  lists?: boolean;
}

/** The seeded county: staff, a room mailbox, the distribution list of initiatives, the team site. */
export function createSeed(options: SeedOptions = {}): EmulatorState {
  const contacts = COORDINATORS.map(contact);
  return {
    schemaVersion: 2,
    tenant: {
      id: stableGuid('tenant:landkreis-northeim'),
      domain: SEED.tenantDomain,
      displayName: 'Landkreis Northeim',
    },
    users: [
      ...STAFF.map(user),
      resourceMailbox('raum-kreishaus-sitzungssaal', 'Kreishaus Northeim, Großer Sitzungssaal', null),
      resourceMailbox('integration', 'Koordinierungsstelle Migration und Teilhabe', KMT),
    ],
    orgContacts: contacts,
    groups: groups(contacts),
    dynamicDistributionLists: [
      {
        id: stableGuid('dynamic:alle-initiativen'),
        displayName: 'Alle Flüchtlingsinitiativen',
        mail: SEED.dynamicListMail,
        memberIds: contacts.map((c) => c.id),
      },
    ],
    sites: [
      site('root', '', 'Landkreis Northeim Intranet', 'Kommunikationswebsite des Landkreises'),
      site(
        'integration',
        SEED.sitePath,
        SEED.siteDisplayName,
        'Koordinierungsstelle für Migration und Teilhabe',
        options.lists === false ? [] : seededLists(),
      ),
    ],
    events: {},
    mailboxes: {},
    replies: [],
    todoLists: {},
    outbox: [],
  };
}
