import { documentsHtml } from '../../../src/domain/documents/documentLinks';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  type FiledDocuments,
  withFiledDocument,
} from '../../../src/domain/documents/filedDocument';
import { fieldLimitProblems, meetingColumnFills } from '../../../src/graph/fieldLimits';
import {
  listedMeetingOf,
  listedOpenMeeting,
  meetingToFields,
  storedMeetingOf,
} from '../../../src/graph/meetingMapping';
import type { FilingSettings } from '../../../src/domain/settings';
import type { Meeting } from '../../../src/domain/planning';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';

describe('meetingToFields: the record of a held meeting', () => {
  it('writes no minutes or cost columns for a meeting that has neither', () => {
    const fields = meetingToFields(plannedMeeting);
    for (const name of [
      'TpProtokoll',
      'TpBeschluesse',
      'TpAufgaben',
      'TpTeilnehmende',
      'TpKosten',
      'TpKostenNotizen',
    ]) {
      expect(fields).not.toHaveProperty(name);
    }
  });

  it('ends the booked slot: three hours, or the duration the meeting was booked for', () => {
    const start = `${plannedMeeting.date}T14:00:00Z`;
    expect(meetingToFields(plannedMeeting)).toMatchObject({
      TpBeginn: start,
      TpEnde: `${plannedMeeting.date}T17:00:00Z`,
    });
    expect(meetingToFields({ ...plannedMeeting, durationMinutes: 150 })).toMatchObject({
      TpEnde: `${plannedMeeting.date}T16:30:00Z`,
    });
  });

  it('files readable minutes, decisions, actions, the count present and the euro total', () => {
    const fields = meetingToFields(heldMeeting);
    expect(fields.TpStatus).toBe('durchgeführt');
    expect(fields.TpProtokoll).toEqual(expect.stringContaining('<h3>TOP 1: Begrüßung und Vorstellungsrunde</h3>'));
    expect(fields.TpProtokoll).not.toContain('Petra Lindner');
    expect(fields.TpBeschluesse).toBe('Die Checkliste des Jobcenters wird über den Verteiler geteilt.');
    expect(fields.TpAufgaben).toBe('Checkliste verschicken – Miriam Albers – bis 30.04.2027');
    expect(fields.TpTeilnehmende).toBe(12);
    expect(fields.TpKosten).toBe(68.5);
    expect(String(fields.TpKostenNotizen).split('\n')).toEqual([
      'Verpflegung – Kaffee und Kekse – 24,90\u00a0€ – bezahlt von M. Albers – Beleg 2026-014',
      'Getränke – Kaffee, Tee, Wasser – 13,60\u00a0€ – bezahlt von M. Albers – Beleg 2026-014',
      'Raum – Spende an das Café – 30,00\u00a0€ – Beleg 2026-014',
      'Summe: 68,50\u00a0€',
      'Je anwesende Person: 5,71\u00a0€ (12 Teilnehmende)',
    ]);
    expect(fields.TpNaechstesTreffen).toBe('2027-06-15T13:00:00Z');
    expect(storedMeetingOf(fields)).toEqual(heldMeeting);
  });

  it('follows the team settings: names of those present and the budget', () => {
    const fields = meetingToFields(heldMeeting, { budgetPerMeetingCents: 5000, namesInMinutes: true });
    expect(fields.TpProtokoll).toContain('<li>Petra Lindner (Café International)</li>');
    expect(String(fields.TpKostenNotizen)).toContain('Budget je Treffen: 50,00\u00a0€ – überschritten um 18,50\u00a0€');
  });

  it('clears the next meeting when none is fixed, and sums cents exactly', () => {
    const cents = [10, 20, 40].map((amountCents, i) => ({ ...heldMeeting.expenses![0]!, id: `c${i}`, amountCents }));
    const fields = meetingToFields({
      ...heldMeeting,
      minutes: { ...heldMeeting.minutes!, nextMeetingDate: undefined },
      expenses: cents,
    });
    expect(fields.TpNaechstesTreffen).toBeNull();
    expect(fields.TpKosten).toBe(0.7);
  });

  it('writes costs without minutes once the Ausgaben were opened', () => {
    const fields = meetingToFields({ ...plannedMeeting, expenses: [] });
    expect(fields).toMatchObject({ TpKosten: 0, TpKostenNotizen: 'Summe: 0,00\u00a0€' });
    expect(fields).not.toHaveProperty('TpProtokoll');
  });
});

describe('meetingToFields: the "Dokumente" column', () => {
  // SharePoint keeps a whole path under 400 characters: the longest address a filed file can have.
  const longUrl = (kind: string, format: string) =>
    `https://landkreisnortheim.sharepoint.com/sites/Integration/${'x'.repeat(300)}/${kind}.${format}`;
  const everyDocument = () => {
    let documents: FiledDocuments = {};
    for (const kind of DOCUMENT_KINDS)
      for (const format of DOCUMENT_FORMATS)
        documents = withFiledDocument(documents, {
          kind,
          format,
          name: `${kind}.${format}`,
          webUrl: longUrl(kind, format),
          itemId: `${kind}-${format}`,
          size: 1,
          madeAt: '2027-03-17T09:00:00Z',
        });
    return documents;
  };

  it('writes the links once a document was filed, and leaves the column alone before', () => {
    expect(meetingToFields(heldMeeting)).not.toHaveProperty('TpDokumente');
    const documents = everyDocument();
    const fields = meetingToFields({ ...heldMeeting, documents });
    expect(fields.TpDokumente).toBe(documentsHtml(documents));
    expect(String(fields.TpDokumente).match(/<a href=/g)).toHaveLength(10);
    expect(storedMeetingOf(fields)?.documents).toEqual(documents);
  });

  it('stays far within the rich-text column’s limit with every document in both formats', () => {
    const documents = everyDocument();
    const fills = meetingColumnFills({ ...heldMeeting, documents });
    const column = fills.find((f) => f.column === 'TpDokumente');
    expect(column).toMatchObject({ label: 'Dokumente', limit: 63_999 });
    expect(column!.length).toBeLessThan(column!.limit / 10);
    expect(fieldLimitProblems({ ...heldMeeting, documents })).toEqual([]);
  });
});

describe('listedOpenMeeting: the open meeting as the list would give it back, without writing it out', () => {
  const row = { itemId: '7', etag: '"abc,3"', webUrl: 'https://example.org/7' };
  const sent: Meeting = {
    ...heldMeeting,
    status: 'protokolliert',
    minutesMail: { sentAt: '2027-03-17T08:00:00Z', count: 3 },
  };
  const cases: [string, Meeting][] = [
    ['a planned meeting', plannedMeeting],
    ['a held meeting with minutes and expenses', heldMeeting],
    ['one whose minutes mail is sent', sent],
    ['one at another hour, on the day clocks change', { ...plannedMeeting, date: '2027-03-28', startTime: '09:30' }],
    ['one with no expenses and no venue', { ...heldMeeting, expenses: undefined, venue: undefined } as Meeting],
  ];
  const filings: (FilingSettings | undefined)[] = [
    undefined,
    { budgetPerMeetingCents: 15_000, namesInMinutes: true },
    { budgetPerMeetingCents: 0, namesInMinutes: false },
  ];

  it.each(cases)('equals the row read back from the columns the save writes: %s', (_, meeting) => {
    for (const filing of filings) {
      const written = listedMeetingOf({
        id: row.itemId,
        etag: row.etag,
        webUrl: row.webUrl,
        fields: meetingToFields(meeting, filing),
      });
      expect(written).toBeDefined();
      expect(listedOpenMeeting(meeting, row, filing)).toEqual(written);
    }
  });

  it('gives no row for a meeting without a valid date, as reading it back gives none', () => {
    const dateless = { ...plannedMeeting, date: '' };
    expect(listedOpenMeeting(dateless, row)).toBeUndefined();
  });
});
