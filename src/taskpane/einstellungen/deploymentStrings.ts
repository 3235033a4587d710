import type { Localized } from '../i18n/localized';

const de = {
  heading: 'Verbindung und Einrichtung (durch die IT)',
  connection: 'Verbindung',
  modeEmulator: 'Lokaler Microsoft-365-Emulator (Demo)',
  modeTenant: 'Microsoft 365 des Landkreises',
  graph: 'Microsoft Graph',
  site: 'SharePoint-Website',
  list: 'Liste der Treffen',
  venueList: 'Liste der Orte',
  needsList: 'Liste der Bedarfe',
  distributionList: 'Verteiler',
  sharedMailbox: 'Gemeinsames Postfach',
  none: 'keins (eigener Kalender)',
  language: 'Sprache',
  languageNote: 'Die Sprache folgt der Anzeigesprache von Office.',
  host: 'Umgebung',
  /** Where the pane runs: in Outlook, or on its own in a browser. */
  hostName: (inOffice: boolean): string => (inOffice ? 'Outlook' : 'Browser (eigenständig)'),
};

export type DeploymentStrings = typeof de;

const en: DeploymentStrings = {
  heading: 'Connection and set-up (by county IT)',
  connection: 'Connection',
  modeEmulator: 'Local Microsoft 365 emulator (demo)',
  modeTenant: "The county's Microsoft 365",
  graph: 'Microsoft Graph',
  site: 'SharePoint site',
  list: 'Meetings list',
  venueList: 'Venues list',
  needsList: 'Needs list',
  distributionList: 'Distribution list',
  sharedMailbox: 'Shared mailbox',
  none: 'none (own calendar)',
  language: 'Language',
  languageNote: "The language follows Office's display language.",
  host: 'Environment',
  hostName: (inOffice) => (inOffice ? 'Outlook' : 'Browser (standalone)'),
};

/** The deployment facts (read-only, set by county IT) in German and English. */
export const deploymentStrings: Localized<DeploymentStrings> = { de, en };
