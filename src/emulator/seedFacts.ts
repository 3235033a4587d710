import { stableGuid } from './ids';

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
  /** a dynamic distribution group (Exchange only): delivered to, but not found through /groups */
  dynamicListMail: 'alle-initiativen@landkreis-northeim.de',
  roomMail: 'raum-kreishaus-sitzungssaal@landkreis-northeim.de',
  /** the team's shared mailbox (Calendars.ReadWrite.Shared) */
  sharedMailboxMail: 'integration@landkreis-northeim.de',
  siteHostname: 'landkreisnortheim.sharepoint.com',
  sitePath: '/sites/Integration',
  siteId: `landkreisnortheim.sharepoint.com,${stableGuid('site:integration')},${stableGuid('web:integration')}`,
  siteDisplayName: 'Migration und Teilhabe',
} as const;

/** The lists the add-in keeps on the site (seeded unless `seedLists: false`). */
export const SEED_LISTS = {
  meetingsTitle: 'Vernetzungstreffen',
  meetingsId: stableGuid('list:vernetzungstreffen'),
  venuesTitle: 'Treffpunkt-Orte',
  venuesId: stableGuid('list:treffpunkt-orte'),
  settingsTitle: 'Treffpunkt-Einstellungen',
  settingsId: stableGuid('list:treffpunkt-einstellungen'),
  needsTitle: 'Treffpunkt-Bedarfe',
  needsId: stableGuid('list:treffpunkt-bedarfe'),
} as const;

/** The site's document library (every site has one; the add-in files its documents there). */
export const SEED_LIBRARY = {
  title: 'Dokumente',
  urlName: 'Shared Documents',
  listId: stableGuid(`library:${SEED.siteHostname}:${SEED.sitePath}`),
  /** the library as a `listRoles` key (Lists.SelectedOperations.Selected); the URL name or list id work too */
  listRoleKey: `${SEED.siteHostname}:${SEED.sitePath}/Dokumente`,
} as const;
