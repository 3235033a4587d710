import { newestFirst } from '../../../src/domain/history';
import { historyEntryOf, pastMeetingOf, yearCostRowsOf } from '../../../src/graph/historyMapping';
import type { StoredItem } from '../../../src/graph/listsGateway';
import { meetingToFields } from '../../../src/graph/meetingMapping';
import { heldMeeting } from '../../fixtures/heldMeeting';

/** A row a colleague filed by hand, as the seeded list has them (no TpDaten). */
const handMade: StoredItem = {
  id: '1',
  etag: '"g,7"',
  webUrl: 'https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/1_.000',
  fields: {
    Title: 'Vernetzungstreffen der Ehrenamtskoordination – 29. Januar 2025',
    TpBeginn: '2025-01-29T14:00:00Z',
    TpJahr: 2025,
    TpStatus: 'protokolliert',
    TpOrt: 'Kreishaus Northeim',
    TpReferent: 'Dr. Sabine Krüger (Jobcenter)',
    TpProtokoll: '<p><strong>Teilnehmende:</strong> 13</p><p>Zahlen &amp; Lage</p>',
    TpBeschluesse: 'Checkliste teilen\n',
    TpAufgaben: 'Checkliste verschicken (Miriam Albers, bis 07.02.2025)',
    TpTeilnehmende: 13,
    TpKosten: 38.5,
    TpKostenNotizen: 'Verpflegung: 24,90 €\nGetränke: 13,60 €',
    TpNaechstesTreffen: '2025-03-25T14:00:00Z',
  },
};

const filed: StoredItem = { id: '9', etag: '"h,2"', webUrl: 'https://x/9_.000', fields: meetingToFields(heldMeeting) };

describe('history rows', () => {
  it('reads the overview from the visible columns', () => {
    expect(historyEntryOf(handMade)).toEqual({
      itemId: '1',
      webUrl: handMade.webUrl,
      date: '2025-01-29',
      status: 'protokolliert',
      venueName: 'Kreishaus Northeim',
      costCents: 3850,
      participants: 13,
      title: 'Vernetzungstreffen der Ehrenamtskoordination – 29. Januar 2025',
      year: 2025,
      speaker: 'Dr. Sabine Krüger (Jobcenter)',
    });
    expect(historyEntryOf({ ...handMade, fields: { Title: 'ohne Datum' } })).toBeUndefined();
  });

  it('sorts the latest first', () => {
    const dates = ['2025-03-25', '2027-03-16', '2025-01-29'].map((date) => ({ date }));
    expect(dates.sort(newestFirst).map((d) => d.date)).toEqual(['2027-03-16', '2025-03-25', '2025-01-29']);
  });

  it('reads one meeting as plain text, with the whole meeting where the add-in filed it', () => {
    const past = pastMeetingOf(handMade);
    expect(past).toMatchObject({
      etag: '"g,7"',
      nextMeetingDate: '2025-03-25',
      minutesText: 'Teilnehmende: 13\nZahlen & Lage',
      decisions: ['Checkliste teilen'],
      actions: ['Checkliste verschicken (Miriam Albers, bis 07.02.2025)'],
      costNotes: ['Verpflegung: 24,90 €', 'Getränke: 13,60 €'],
    });
    expect(past?.meeting).toBeUndefined();
    const own = pastMeetingOf(filed);
    expect(own?.meeting).toEqual(heldMeeting);
    expect(own?.minutesText).toContain('TOP 1: Begrüßung und Vorstellungsrunde');
  });
});

describe('yearCostRowsOf', () => {
  it('takes the lines the add-in stored, and a hand-made row as its filed total', () => {
    expect(
      yearCostRowsOf([handMade, filed], 2027).map((row) => [row.date, row.line.amountCents, row.participants]),
    ).toEqual([
      ['2027-03-16', 2490, 12],
      ['2027-03-16', 1360, 12],
      ['2027-03-16', 3000, 12],
    ]);
    const rows = yearCostRowsOf([handMade, filed], 2025);
    expect(rows).toEqual([
      {
        date: '2025-01-29',
        title: 'Vernetzungstreffen der Ehrenamtskoordination – 29. Januar 2025',
        venue: 'Kreishaus Northeim',
        participants: 13,
        line: {
          id: 'liste-1',
          category: 'Sonstiges',
          description: 'Gesamtbetrag laut Liste (keine Einzelposten erfasst)',
          amountCents: 3850,
          paidBy: '',
          receiptNumber: '',
        },
      },
    ]);
    expect(yearCostRowsOf([{ ...handMade, fields: { ...handMade.fields, TpKosten: 0 } }], 2025)).toEqual([]);
  });
});
