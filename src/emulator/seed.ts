import { stableGuid } from './ids';
import type { EmulatorState, GroupRecord, OrgContactRecord, SiteRecord, UserRecord } from './state';

/** Key facts of the seeded tenant, for tests and docs. All people and initiatives are fictional. */
export const SEED = {
  tenantDomain: 'landkreis-northeim.de',
  organiserId: stableGuid('user:miriam.albers'),
  organiserMail: 'miriam.albers@landkreis-northeim.de',
  organiserName: 'Miriam Albers',
  distributionListId: stableGuid('group:vernetzung-ehrenamt'),
  distributionListMail: 'vernetzung-ehrenamt@landkreis-northeim.de',
  fsaGroupMail: 'fsa@landkreis-northeim.de',
  educationGroupMail: 'bildung-sprache@landkreis-northeim.de',
  roomMail: 'raum-kreishaus-sitzungssaal@landkreis-northeim.de',
  siteHostname: 'landkreisnortheim.sharepoint.com',
  sitePath: '/sites/Integration',
  siteId: `landkreisnortheim.sharepoint.com,${stableGuid('site:integration')},${stableGuid('web:integration')}`,
  siteDisplayName: 'Migration und Teilhabe',
} as const;

const CREATED = '2021-03-01T08:00:00Z';
const KREISHAUS = {
  streetAddress: 'Medenheimer Straße 6/8',
  postalCode: '37154',
  city: 'Northeim',
  country: 'Deutschland',
};
const KMT = 'Koordinierungsstelle für Migration und Teilhabe';

interface Person {
  key: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  phone?: string;
}

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

const STAFF: Person[] = [
  {
    key: 'miriam.albers',
    givenName: 'Miriam',
    surname: 'Albers',
    jobTitle: 'Koordinatorin Ehrenamt und Integration',
    department: KMT,
    phone: '+49 5551 708-341',
  },
  {
    key: 'jonas.wittkopf',
    givenName: 'Jonas',
    surname: 'Wittkopf',
    jobTitle: 'Sachbearbeitung Integration',
    department: KMT,
    phone: '+49 5551 708-342',
  },
  {
    key: 'aylin.demir',
    givenName: 'Aylin',
    surname: 'Demir',
    jobTitle: 'Bildungskoordination für Neuzugewanderte',
    department: KMT,
    phone: '+49 5551 708-345',
  },
  { key: 'lena.hartwig', givenName: 'Lena', surname: 'Hartwig', jobTitle: 'Sprachkursberatung', department: KMT },
  {
    key: 'thorsten.brackmann',
    givenName: 'Thorsten',
    surname: 'Brackmann',
    jobTitle: 'Fachdienstleitung Soziales',
    department: 'Fachdienst Soziales',
  },
  {
    key: 'svetlana.kuehn',
    givenName: 'Svetlana',
    surname: 'Kühn',
    jobTitle: 'Flüchtlingssozialarbeit Einbeck',
    department: 'Flüchtlingssozialarbeit',
  },
  {
    key: 'bernd.oppermann',
    givenName: 'Bernd',
    surname: 'Oppermann',
    jobTitle: 'Flüchtlingssozialarbeit Uslar',
    department: 'Flüchtlingssozialarbeit',
  },
  {
    key: 'marek.nowak',
    givenName: 'Marek',
    surname: 'Nowak',
    jobTitle: 'Flüchtlingssozialarbeit Northeim',
    department: 'Flüchtlingssozialarbeit',
  },
];

function roomMailbox(): UserRecord {
  const room = user({ key: 'raum-kreishaus-sitzungssaal', givenName: '', surname: '', jobTitle: '', department: '' });
  return {
    ...room,
    displayName: 'Kreishaus Northeim, Großer Sitzungssaal',
    givenName: null,
    surname: null,
    jobTitle: null,
    department: null,
    businessPhones: [],
    accountEnabled: false,
  };
}

/** [given name, surname, mail, initiative] of the volunteer coordinators outside the county's mail system. */
const COORDINATORS: [string, string, string, string][] = [
  ['Hannelore', 'Vogt', 'hannelore.vogt@web.de', 'Initiative „Willkommen in Einbeck“'],
  ['Karim', 'Haddad', 'k.haddad@gmx.de', 'Netzwerk Asyl Uslar'],
  ['Ute', 'Schaper', 'ute.schaper@t-online.de', 'Freundeskreis Geflüchtete Bad Gandersheim'],
  ['Friedrich', 'Meyerhoff', 'fritz.meyerhoff@posteo.de', 'Dasseler Patenschaften'],
  ['Ingrid', 'Lohmann', 'ingrid.lohmann@gmx.de', 'Café International Hardegsen'],
  ['Tobias', 'Rehkopf', 'tobias.rehkopf@web.de', 'Begegnungstreff Moringen'],
  ['Natalia', 'Wójcik', 'n.wojcik@posteo.de', 'Sprachpaten Nörten-Hardenberg'],
  ['Heike', 'Strüber', 'heike.strueber@t-online.de', 'Runder Tisch Integration Katlenburg-Lindau'],
  ['Gerhard', 'Diekmann', 'g.diekmann@web.de', 'Helferkreis Kalefeld'],
  ['Amina', 'Yusuf', 'amina.yusuf@gmx.de', 'Nachbarschaftshilfe Bodenfelde'],
  ['Claudia', 'Jordan', 'c.jordan@northeim.de', 'Ehrenamtskoordination Stadt Northeim'],
];

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

function site(key: string, path: string, displayName: string, description: string): SiteRecord {
  return {
    id: `${SEED.siteHostname},${stableGuid(`site:${key}`)},${stableGuid(`web:${key}`)}`,
    hostname: SEED.siteHostname,
    path,
    name: path.split('/').pop() ?? '',
    displayName,
    description,
    createdDateTime: CREATED,
    lastModifiedDateTime: CREATED,
    lists: [],
  };
}

/** The seeded county: staff, a room mailbox, the distribution list of initiatives, the team site. */
export function createSeed(): EmulatorState {
  const contacts = COORDINATORS.map(contact);
  return {
    schemaVersion: 1,
    tenant: {
      id: stableGuid('tenant:landkreis-northeim'),
      domain: SEED.tenantDomain,
      displayName: 'Landkreis Northeim',
    },
    users: [...STAFF.map(user), roomMailbox()],
    orgContacts: contacts,
    groups: groups(contacts),
    sites: [
      site('root', '', 'Landkreis Northeim Intranet', 'Kommunikationswebsite des Landkreises'),
      site('integration', SEED.sitePath, SEED.siteDisplayName, 'Koordinierungsstelle für Migration und Teilhabe'),
    ],
    events: {},
    todoLists: {},
    sentMail: {},
  };
}
