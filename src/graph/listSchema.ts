import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import type { ListKind } from '../domain/lists';

/**
 * The meetings list as colleagues see it in SharePoint: German display names, stable ASCII internal
 * names, and one hidden column with the whole meeting as versioned JSON so the add-in reloads it exactly.
 */
const text = (name: string, displayName: string): ColumnDefinition => ({ name, displayName, text: {} });
const note = (name: string, displayName: string, rich = false): ColumnDefinition => ({
  name,
  displayName,
  text: { allowMultipleLines: true, textType: rich ? 'richText' : 'plain', linesForEditing: 6 },
});
const dateTime = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  dateTime: { displayAs: 'standard', format: 'dateTime' },
});
const number = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  number: { decimalPlaces: 'none', minimum: 0 },
});

export const MEETING_STATUSES = ['geplant', 'eingeladen', 'durchgeführt', 'protokolliert', 'abgesagt'] as const;

export const meetingColumns: ColumnDefinition[] = [
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
  // one link per document filed in the site's library (added to older lists by upkeep, role manage)
  note('TpDokumente', 'Dokumente', true),
  { ...text('TpICalUId', 'Kalender-ID'), hidden: true },
  { ...text('TpTerminId', 'Termin-ID'), hidden: true },
  { ...note('TpDaten', 'Treffpunkt-Daten'), hidden: true },
];

/** The venues list beside it: the whole team shares the hosts and their notes. */
export const venueColumns: ColumnDefinition[] = [
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

const yesNo = (name: string, displayName: string): ColumnDefinition => ({ name, displayName, boolean: {} });

/** The team's settings: one item, edited in the pane's Einstellungen, readable on the site. */
export const settingsColumns: ColumnDefinition[] = [
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

export const NEED_STATUS_CHOICES = ['offen', 'aufgegriffen', 'erledigt'] as const;

/** The needs register (Bedarfe): what the initiatives need, readable on the site without the add-in. */
export const needColumns: ColumnDefinition[] = [
  text('TpErstmals', 'Erstmals genannt (Treffen)'),
  number('TpInitiativen', 'Genannt von (Initiativen)'),
  number('TpNennungen', 'Nennungen'),
  {
    name: 'TpBedarfStatus',
    displayName: 'Status',
    choice: { choices: [...NEED_STATUS_CHOICES], displayAs: 'dropDownMenu', allowTextEntry: false },
  },
  text('TpAufgegriffenIn', 'Aufgegriffen im Input (Treffen)'),
  note('TpNotiz', 'Notiz'),
  // the initiatives (organisations) that raised it, one a line: an initiative is counted once
  note('TpGenanntVon', 'Initiativen'),
];

/** The lists Treffpunkt keeps on the site. */

export interface ListSchema {
  columns: ColumnDefinition[];
  /** A column only this list has: how a list renamed by a colleague is recognised. */
  signature: string;
  /** Without these the add-in cannot save at all (the meeting as JSON). */
  required: string[];
  /** What colleagues should see in the list's default view ("Alle Elemente"), by internal name. */
  viewColumns: string[];
}

export const LIST_SCHEMAS: Readonly<Record<ListKind, ListSchema>> = {
  meetings: {
    columns: meetingColumns,
    signature: 'TpDaten',
    required: ['TpDaten'],
    // date, status, venue, input (speaker and topic), participants, costs, minutes, the filed documents
    viewColumns: [
      'TpBeginn',
      'TpStatus',
      'TpOrt',
      'TpReferent',
      'TpTeilnehmende',
      'TpKosten',
      'TpProtokoll',
      'TpDokumente',
    ],
  },
  venues: {
    columns: venueColumns,
    signature: 'TpStrasse',
    required: [],
    viewColumns: ['TpStrasse', 'TpPlz', 'TpOrtschaft', 'TpBarrierefrei', 'TpHinweise'],
  },
  settings: {
    columns: settingsColumns,
    signature: 'TpVerteiler',
    required: [],
    viewColumns: ['TpVerteiler', 'TpBudget'],
  },
  needs: {
    columns: needColumns,
    signature: 'TpNennungen',
    required: [],
    viewColumns: ['TpErstmals', 'TpInitiativen', 'TpNennungen', 'TpBedarfStatus', 'TpAufgegriffenIn', 'TpNotiz'],
  },
};

/**
 * For a column type the service rejects (currency: "Unable to determine type of provided column
 * definition"): a number with two decimals under the same internal name, so the money stays readable
 * and summable; the display name says the currency.
 */
export function fallbackColumn(column: ColumnDefinition): ColumnDefinition | undefined {
  if (!column.currency) return undefined;
  return {
    name: column.name,
    displayName: `${column.displayName ?? column.name} (EUR)`,
    number: { decimalPlaces: 'two', minimum: 0 },
  };
}

/** The display name of a column of `kind`, for messages and the admin step. */
export function displayNameOf(kind: ListKind, name: string): string {
  return LIST_SCHEMAS[kind].columns.find((c) => c.name === name)?.displayName ?? name;
}
