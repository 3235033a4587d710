import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { type ColumnFill, type FieldLimitProblem, isOverLimit, textColumnLimit } from '../domain/fieldLimits';
import type { Meeting, Venue } from '../domain/planning';
import type { FilingSettings } from '../domain/settings';
import { meetingColumns, venueColumns } from './listSchema';
import { meetingToFields } from './meetingMapping';
import { venueToFields } from './venueMapping';

/** SharePoint's own Title column, a single line of text every list has. */
const TITLE: ColumnDefinition = { name: 'Title', displayName: 'Titel', text: {} };

/** Names for messages where the list's own name would not tell the user what it holds. */
const LABELS: Readonly<Record<string, string>> = { TpDaten: 'Treffpunkt-Daten (das ganze Treffen)' };

/** The limit of a text column; undefined for other kinds of column. */
export function columnTextLimit(column: ColumnDefinition): number | undefined {
  if (!column.text) return undefined;
  const { allowMultipleLines, maxLength } = column.text;
  return textColumnLimit({
    multipleLines: allowMultipleLines === true,
    ...(typeof maxLength === 'number' ? { maxLength } : {}),
  });
}

function fillsOf(columns: readonly ColumnDefinition[], fields: Record<string, unknown>): ColumnFill[] {
  return columns.flatMap((column) => {
    const name = column.name ?? '';
    const limit = columnTextLimit(column);
    const value = fields[name];
    if (limit === undefined || typeof value !== 'string') return [];
    return [{ column: name, label: LABELS[name] ?? column.displayName ?? name, length: value.length, limit }];
  });
}

/**
 * Every text column of the meeting's list item as the save would write it (the real mapping:
 * markup, JSON and all), with its length and SharePoint's limit.
 */
export function meetingColumnFills(meeting: Meeting, filing?: FilingSettings): ColumnFill[] {
  return fillsOf([TITLE, ...meetingColumns], meetingToFields(meeting, filing));
}

/**
 * The columns of the meeting's item that SharePoint would refuse as too long; empty when the meeting
 * can be saved. Call it with the same filing settings before every write of the meeting: a non-empty
 * answer means "do not send"; `fieldLimitError(problems)` (domain/fieldLimits) is the error to report,
 * and the pane's sentence for it names the field.
 */
export function fieldLimitProblems(meeting: Meeting, filing?: FilingSettings): FieldLimitProblem[] {
  return meetingColumnFills(meeting, filing).filter(isOverLimit);
}

/** The text fields of the venue form, each of which is one column of the venues list. */
export type VenueTextField = 'name' | 'street' | 'postalCode' | 'town' | 'parking' | 'publicTransport' | 'other';

const VENUE_COLUMN: Readonly<Record<VenueTextField, string>> = {
  name: 'Title',
  street: 'TpStrasse',
  postalCode: 'TpPlz',
  town: 'TpOrtschaft',
  parking: 'TpParken',
  publicTransport: 'TpOepnv',
  other: 'TpHinweise',
};

function venueLimit(field: VenueTextField): number {
  const column = [TITLE, ...venueColumns].find((c) => c.name === VENUE_COLUMN[field]);
  return (column && columnTextLimit(column)) ?? 0;
}

/** How many characters each field of the venue form may hold: the limit of its venues-list column. */
export const VENUE_TEXT_LIMITS: Readonly<Record<VenueTextField, number>> = {
  name: venueLimit('name'),
  street: venueLimit('street'),
  postalCode: venueLimit('postalCode'),
  town: venueLimit('town'),
  parking: venueLimit('parking'),
  publicTransport: venueLimit('publicTransport'),
  other: venueLimit('other'),
};

/** The venue item's columns SharePoint would refuse as too long (what adding the venue would send). */
export function venueFieldLimitProblems(venue: Omit<Venue, 'id'>): FieldLimitProblem[] {
  return fillsOf([TITLE, ...venueColumns], venueToFields(venue)).filter(isOverLimit);
}
