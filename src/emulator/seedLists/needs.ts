import type { SeedItem } from './meetings';

/**
 * The needs register after the last meetings (topics, never individual cases; initiatives fictional):
 * two open needs, one the input of 15.09.2026 took up. The initiative column holds organisations only.
 */
const NEEDS = [
  {
    title: 'Schulung zum Umgang mit Behördenbriefen',
    firstRaised: '24.02.2026',
    initiatives: 3,
    mentions: 4,
    status: 'offen',
    takenUpIn: '',
    note: 'Vor allem Briefe der Familienkasse und des Jobcenters.',
    raisedBy: ['Netzwerk Asyl Uslar', 'Café International', 'Tafel Einbeck'],
    modified: '2026-09-16T08:30:00Z',
  },
  {
    title: 'Ehrenamtliche für Fahrdienste zu Arztterminen',
    firstRaised: '20.05.2026',
    initiatives: 2,
    mentions: 2,
    status: 'offen',
    takenUpIn: '',
    note: '',
    raisedBy: ['Kirchengemeinde Moringen', 'Netzwerk Asyl Uslar'],
    modified: '2026-09-16T08:32:00Z',
  },
  {
    title: 'Überblick über die Sprachkurse in den Kommunen',
    firstRaised: '20.05.2026',
    initiatives: 2,
    mentions: 3,
    status: 'aufgegriffen',
    takenUpIn: '15.09.2026',
    note: 'Input von Frau Hartwig (Sprachkursberatung).',
    raisedBy: ['Freiwilligenagentur Northeim', 'Café International'],
    modified: '2026-09-16T08:35:00Z',
  },
];

export function needItems(): SeedItem[] {
  return NEEDS.map((n) => ({
    created: '2026-05-21T09:00:00Z',
    modified: n.modified,
    version: n.mentions,
    fields: {
      Title: n.title,
      TpErstmals: n.firstRaised,
      TpInitiativen: n.initiatives,
      TpNennungen: n.mentions,
      TpBedarfStatus: n.status,
      TpAufgegriffenIn: n.takenUpIn,
      TpNotiz: n.note,
      TpGenanntVon: n.raisedBy.join('\n'),
    },
  }));
}
