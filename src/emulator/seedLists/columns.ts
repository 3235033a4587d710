import { stableGuid } from '../ids';
import { builtInColumns, parseColumn } from '../sharepoint/columns';
import type { ColumnRecord } from '../state';

/**
 * The columns the add-in creates (src/graph/listSchema.ts), replicated as seed data: the emulator
 * stands alone and must not import the add-in. test/unit/emulator/seedLists.test.ts keeps both equal.
 */
type ColumnInput = Record<string, unknown> & { name: string; displayName: string };

const text = (name: string, displayName: string): ColumnInput => ({ name, displayName, text: {} });
const note = (name: string, displayName: string, rich = false): ColumnInput => ({
  name,
  displayName,
  text: { allowMultipleLines: true, textType: rich ? 'richText' : 'plain', linesForEditing: 6 },
});
const dateTime = (name: string, displayName: string): ColumnInput => ({
  name,
  displayName,
  dateTime: { displayAs: 'standard', format: 'dateTime' },
});
const number = (name: string, displayName: string): ColumnInput => ({
  name,
  displayName,
  number: { decimalPlaces: 'none', minimum: 0 },
});

export const MEETING_STATUSES = ['geplant', 'eingeladen', 'durchgeführt', 'protokolliert', 'abgesagt'];

export const MEETING_COLUMNS: ColumnInput[] = [
  dateTime('TpBeginn', 'Beginn'),
  dateTime('TpEnde', 'Ende'),
  number('TpJahr', 'Jahr'),
  {
    name: 'TpStatus',
    displayName: 'Status',
    choice: { choices: [...MEETING_STATUSES], displayAs: 'dropDownMenu', allowTextEntry: false },
  },
  text('TpOrt', 'Ort'),
  text('TpReferent', 'Referent*in und Thema'),
  note('TpTagesordnung', 'Tagesordnung', true),
  note('TpProtokoll', 'Protokoll', true),
  note('TpBeschluesse', 'Beschlüsse'),
  note('TpAufgaben', 'Aufgaben'),
  number('TpTeilnehmende', 'Teilnehmende'),
  { name: 'TpKosten', displayName: 'Kosten', currency: { locale: 'de-DE' } },
  note('TpKostenNotizen', 'Kostennotizen'),
  dateTime('TpNaechstesTreffen', 'Nächstes Treffen'),
  note('TpTermin', 'Termin in Outlook'),
  dateTime('TpEingeladenAm', 'Eingeladen am'),
  note('TpDokumente', 'Dokumente', true),
  { ...text('TpICalUId', 'Kalender-ID'), hidden: true },
  { ...text('TpTerminId', 'Termin-ID'), hidden: true },
  { ...note('TpDaten', 'Treffpunkt-Daten'), hidden: true },
];

export const VENUE_COLUMNS: ColumnInput[] = [
  text('TpArt', 'Art'),
  text('TpStrasse', 'Straße'),
  text('TpPlz', 'PLZ'),
  text('TpOrtschaft', 'Ort'),
  { name: 'TpBarrierefrei', displayName: 'Stufenlos erreichbar', boolean: {} },
  text('TpParken', 'Parken'),
  text('TpOepnv', 'Bus und Bahn'),
  note('TpHinweise', 'Hinweise'),
  text('TpRaumpostfach', 'Raumpostfach'),
];

/** Built-in columns plus the list's own, parsed as a POST would parse them, with stable ids. */
export function seededColumns(listKey: string, inputs: ColumnInput[]): ColumnRecord[] {
  const own = inputs.map((input) => ({ ...parseColumn(input), id: stableGuid(`column:${listKey}:${input.name}`) }));
  return [...builtInColumns(), ...own];
}

const yesNo = (name: string, displayName: string): ColumnInput => ({ name, displayName, boolean: {} });

/** The team's settings: one item, edited in the pane's Einstellungen, readable on the site. */
export const SETTINGS_COLUMNS: ColumnInput[] = [
  text('TpVerteiler', 'Verteiler'),
  yesNo('TpVerteilerEinzeln', 'Mitglieder einzeln einladen'),
  note('TpWeitereEingeladene', 'Weitere Eingeladene (Name <Adresse>, je Zeile)'),
  yesNo('TpFotohinweisAn', 'Fotohinweis in der Einladung'),
  note('TpFotohinweis', 'Fotohinweis'),
  text('TpDatenschutzkontakt', 'Datenschutzbeauftragte*r (Kontakt)'),
  number('TpSpeicherdauerMonate', 'Speicherdauer (Monate)'),
  note('TpFoerderhinweis', 'Förderhinweis'),
  number('TpErinnerungMinuten', 'Erinnerung (Minuten vorher)'),
  { name: 'TpBudget', displayName: 'Budget je Treffen', currency: { locale: 'de-DE' } },
  yesNo('TpNamenImProtokoll', 'Namen der Anwesenden in der Liste'),
  number('TpGastgebende', 'Gastgebende des Landkreises'),
  number('TpThemenaufrufWochen', 'Themenaufruf (Wochen vor der Einladung)'),
  text('TpUmfrageLink', 'Umfrage (Link)'),
  yesNo('TpUmfrageInEinladung', 'Umfrage-Link in der Einladung'),
];

/** The needs register (Bedarfe), readable on the site without the add-in. */
export const NEED_COLUMNS: ColumnInput[] = [
  text('TpErstmals', 'Erstmals genannt (Treffen)'),
  number('TpInitiativen', 'Genannt von (Initiativen)'),
  number('TpNennungen', 'Nennungen'),
  {
    name: 'TpBedarfStatus',
    displayName: 'Status',
    choice: { choices: ['offen', 'aufgegriffen', 'erledigt'], displayAs: 'dropDownMenu', allowTextEntry: false },
  },
  text('TpAufgegriffenIn', 'Aufgegriffen im Input (Treffen)'),
  note('TpNotiz', 'Notiz'),
  note('TpGenanntVon', 'Initiativen'),
];
