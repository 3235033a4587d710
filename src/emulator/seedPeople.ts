/** The seeded people. All of them, and their initiatives, are fictional. */

export const KMT = 'Koordinierungsstelle für Migration und Teilhabe';

export interface Person {
  key: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  phone?: string;
}

export const STAFF: Person[] = [
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

/** [given name, surname, mail, initiative] of the volunteer coordinators outside the county's mail system. */
export const COORDINATORS: [string, string, string, string][] = [
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
