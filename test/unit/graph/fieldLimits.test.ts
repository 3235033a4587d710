import { fieldLimitError, MULTI_LINE_TEXT_LIMIT, SINGLE_LINE_TEXT_LIMIT } from '../../../src/domain/fieldLimits';
import type { Meeting } from '../../../src/domain/planning';
import {
  fieldLimitProblems,
  meetingColumnFills,
  VENUE_TEXT_LIMITS,
  venueFieldLimitProblems,
} from '../../../src/graph/fieldLimits';
import { meetingToFields } from '../../../src/graph/meetingMapping';
import { KREISHAUS } from '../../../src/graph/venueMapping';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';

const firstItem = heldMeeting.agenda[0]!.id;
const withNote = (text: string): Meeting => ({
  ...heldMeeting,
  minutes: { ...heldMeeting.minutes!, notes: { ...heldMeeting.minutes!.notes, [firstItem]: text } },
});
const columnsOf = (meeting: Meeting) => fieldLimitProblems(meeting).map((p) => p.column);

describe('fieldLimitProblems: the meeting item as SharePoint would take it', () => {
  it('finds nothing in the meetings the pane writes every day', () => {
    expect(fieldLimitProblems(plannedMeeting)).toEqual([]);
    expect(fieldLimitProblems(heldMeeting, { budgetPerMeetingCents: 5000, namesInMinutes: true })).toEqual([]);
  });

  it('measures each text column as the save writes it, with its German name and SharePoint’s limit', () => {
    const fields = meetingToFields(heldMeeting);
    const fills = meetingColumnFills(heldMeeting);
    for (const fill of fills) expect(fill.length).toBe(String(fields[fill.column]).length);
    const limitOf = (column: string) => fills.find((f) => f.column === column)?.limit;
    expect(limitOf('Title')).toBe(SINGLE_LINE_TEXT_LIMIT);
    expect(limitOf('TpOrt')).toBe(255);
    expect(limitOf('TpReferent')).toBe(255);
    for (const column of ['TpTagesordnung', 'TpProtokoll', 'TpBeschluesse', 'TpAufgaben', 'TpDaten']) {
      expect(limitOf(column)).toBe(MULTI_LINE_TEXT_LIMIT);
    }
    expect(fills.find((f) => f.column === 'TpProtokoll')?.label).toBe('Protokoll');
    expect(fills.find((f) => f.column === 'TpDaten')?.label).toBe('Treffpunkt-Daten (das ganze Treffen)');
    // numbers, dates and choices have no text limit
    expect(fills.map((f) => f.column)).not.toContain('TpBeginn');
    expect(fills.map((f) => f.column)).not.toContain('TpStatus');
  });

  it('takes a column at exactly 63,999 characters and refuses one more, counting the markup', () => {
    const bare = String(meetingToFields(withNote('x')).TpProtokoll).length - 1;
    const fits = 'x'.repeat(MULTI_LINE_TEXT_LIMIT - bare);
    expect(String(meetingToFields(withNote(fits)).TpProtokoll)).toHaveLength(MULTI_LINE_TEXT_LIMIT);
    expect(columnsOf(withNote(fits))).not.toContain('TpProtokoll');
    expect(columnsOf(withNote(`${fits}x`))).toContain('TpProtokoll');
  });

  it('counts rich text with its escapes: 15,000 ampersands are 75,000 characters of minutes', () => {
    const problems = fieldLimitProblems(withNote('&'.repeat(15_000)));
    const minutes = problems.find((p) => p.column === 'TpProtokoll');
    expect(minutes).toMatchObject({ label: 'Protokoll', limit: MULTI_LINE_TEXT_LIMIT });
    expect(minutes!.length).toBeGreaterThan(75_000);
  });

  it('refuses 100,000 characters in one note in the minutes and in the hidden JSON', () => {
    expect(columnsOf(withNote('a'.repeat(100_000)))).toEqual(['TpProtokoll', 'TpDaten']);
  });

  it('sums the fields that share a single line: speaker, organisation and topic in 255 characters', () => {
    // "n… (o…): t…": 100 + 75 + 75 characters and five of punctuation
    const speaker = { name: 'n'.repeat(100), organisation: 'o'.repeat(75), topic: 't'.repeat(75) };
    expect(columnsOf({ ...plannedMeeting, speaker })).toEqual([]);
    expect(columnsOf({ ...plannedMeeting, speaker: { ...speaker, topic: 't'.repeat(76) } })).toEqual(['TpReferent']);
  });

  it('gives the save an error that names the field', () => {
    const error = fieldLimitError(fieldLimitProblems(withNote('a'.repeat(100_000))));
    expect(error.code).toBe('too-long');
    expect(error.details).toEqual({ field: 'Protokoll', limit: MULTI_LINE_TEXT_LIMIT });
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/TpProtokoll has 1\d{5} characters, at most 63999; TpDaten has/);
  });
});

describe('the venues list: one column per field of the venue form', () => {
  it('has the limit of each field’s column', () => {
    expect(VENUE_TEXT_LIMITS).toEqual({
      name: 255,
      street: 255,
      postalCode: 255,
      town: 255,
      parking: 255,
      publicTransport: 255,
      other: MULTI_LINE_TEXT_LIMIT,
    });
  });

  it('refuses a venue with a field over its column’s limit', () => {
    expect(venueFieldLimitProblems(KREISHAUS)).toEqual([]);
    const long = { ...KREISHAUS, street: 's'.repeat(256) };
    expect(venueFieldLimitProblems(long)).toEqual([{ column: 'TpStrasse', label: 'Straße', length: 256, limit: 255 }]);
  });
});
