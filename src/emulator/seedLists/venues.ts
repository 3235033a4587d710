import { SEED } from '../seedFacts';
import type { FieldValue } from '../state';

/** A venue of the rotation: the Kreishaus and the initiatives' rooms (addresses fictional). */
export interface SeedVenue {
  key: string;
  title: string;
  kind: 'kreishaus' | 'initiative';
  street: string;
  postalCode: string;
  town: string;
  stepFree: boolean;
  parking: string;
  transit: string;
  notes: string;
  roomMailbox?: string;
}

export const VENUES: SeedVenue[] = [
  {
    key: 'kreishaus',
    title: 'Kreishaus Northeim',
    kind: 'kreishaus',
    street: 'Medenheimer Straße 6/8',
    postalCode: '37154',
    town: 'Northeim',
    stepFree: true,
    parking: 'Parkplatz hinter dem Kreishaus',
    transit: 'Bahnhof Northeim, 10 Minuten zu Fuß',
    notes: 'Großer Sitzungssaal im 1. OG, Aufzug neben der Pforte. Beamer und Moderationskoffer vorhanden.',
    roomMailbox: SEED.roomMail,
  },
  {
    key: 'einbeck',
    title: 'Begegnungszentrum „Willkommen in Einbeck“',
    kind: 'initiative',
    street: 'Altendorfer Straße 19',
    postalCode: '37574',
    town: 'Einbeck',
    stepFree: true,
    parking: 'Parkplatz Neustädter Kirchplatz, 3 Minuten zu Fuß',
    transit: 'Bus 230, Haltestelle Altendorfer Tor',
    notes: 'Großer Gruppenraum im Erdgeschoss, Küche mit Kaffeemaschine. Ansprechperson: Hannelore Vogt.',
  },
  {
    key: 'uslar',
    title: 'Netzwerk Asyl Uslar, Gemeindehaus',
    kind: 'initiative',
    street: 'Kurze Straße 5',
    postalCode: '37170',
    town: 'Uslar',
    stepFree: false,
    parking: 'Parkplatz am Rathaus',
    transit: 'Bahnhof Uslar, 8 Minuten zu Fuß',
    notes: 'Eingang mit drei Stufen; eine mobile Rampe bitte eine Woche vorher anfragen. Ansprechperson: Karim Haddad.',
  },
  {
    key: 'bad-gandersheim',
    title: 'Familienzentrum Bad Gandersheim',
    kind: 'initiative',
    street: 'Hildesheimer Straße 4',
    postalCode: '37581',
    town: 'Bad Gandersheim',
    stepFree: true,
    parking: 'Parkplätze am Haus',
    transit: 'Bahnhof Bad Gandersheim, 12 Minuten zu Fuß',
    notes: 'Raum „Oase“ im Erdgeschoss, barrierefreies WC. Ansprechperson: Ute Schaper.',
  },
  {
    key: 'dassel',
    title: 'Dorfgemeinschaftshaus Dassel',
    kind: 'initiative',
    street: 'Am Markt 3',
    postalCode: '37586',
    town: 'Dassel',
    stepFree: false,
    parking: 'Marktplatz, mit Parkscheibe',
    transit: 'Bus 241, Haltestelle Dassel Markt (stündlich)',
    notes: 'Saal im Obergeschoss, kein Aufzug. Ansprechperson: Friedrich Meyerhoff.',
  },
  {
    key: 'hardegsen',
    title: 'Café International Hardegsen',
    kind: 'initiative',
    street: 'Lange Straße 17',
    postalCode: '37181',
    town: 'Hardegsen',
    stepFree: true,
    parking: 'Parkplatz an der Burg',
    transit: 'Bus 210, Haltestelle Hardegsen Markt',
    notes: 'Café-Raum für bis zu 20 Personen. Ansprechperson: Ingrid Lohmann.',
  },
  {
    key: 'moringen',
    title: 'Begegnungstreff Moringen',
    kind: 'initiative',
    street: 'Lange Straße 44',
    postalCode: '37186',
    town: 'Moringen',
    stepFree: false,
    parking: 'Parkplatz Amtsfreiheit',
    transit: 'Bus 220, Haltestelle Moringen Mitte',
    notes: 'Raum im 1. OG, kein Aufzug. Ansprechperson: Tobias Rehkopf.',
  },
  {
    key: 'noerten-hardenberg',
    title: 'Pfarrheim Nörten-Hardenberg',
    kind: 'initiative',
    street: 'Burgstraße 2',
    postalCode: '37176',
    town: 'Nörten-Hardenberg',
    stepFree: true,
    parking: 'Parkplatz am Pfarrheim',
    transit: 'Bahnhof Nörten-Hardenberg, 6 Minuten zu Fuß',
    notes: 'Saal im Erdgeschoss mit Küche. Ansprechperson: Natalia Wójcik.',
  },
];

export function venueByKey(key: string): SeedVenue {
  const venue = VENUES.find((v) => v.key === key);
  if (!venue) throw new Error(`Unknown seed venue ${key}`);
  return venue;
}

/** The list item fields of a venue. */
export function venueFields(v: SeedVenue): Record<string, FieldValue> {
  return {
    Title: v.title,
    TpArt: v.kind,
    TpStrasse: v.street,
    TpPlz: v.postalCode,
    TpOrtschaft: v.town,
    TpBarrierefrei: v.stepFree,
    TpParken: v.parking,
    TpOepnv: v.transit,
    TpHinweise: v.notes,
    TpRaumpostfach: v.roomMailbox ?? null,
  };
}
