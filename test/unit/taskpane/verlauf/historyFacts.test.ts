import type { HistoryEntry, PastMeeting } from '../../../../src/domain/history';
import { heldMeeting } from '../../../fixtures/heldMeeting';
import { historyStrings } from '../../../../src/taskpane/verlauf/historyStrings';
import { entryFacts, pastMeetingFacts } from '../../../../src/taskpane/verlauf/historyFacts';
import { csvYears, listedMeetingOf } from '../../../../src/taskpane/verlauf/pastMeetings';

const handMade: HistoryEntry = {
  itemId: '4',
  webUrl: 'https://example.org/4',
  date: '2026-02-24',
  status: 'abgesagt',
  venueName: '',
  title: 'Vernetzungstreffen',
  year: 2026,
  speaker: '',
};
const past = (overrides: Partial<PastMeeting> = {}): PastMeeting => ({
  ...handMade,
  etag: '"2"',
  minutesText: '',
  decisions: [],
  actions: [],
  costNotes: [],
  ...overrides,
});

describe('Verlauf: what a past meeting shows', () => {
  it('names what was not filed, in either language', () => {
    expect(entryFacts(historyStrings.de, handMade)).toEqual([
      ['Status', 'Abgesagt'],
      ['Ort', 'kein Ort eingetragen'],
      ['Input', 'kein Input eingetragen'],
      ['Teilnehmende', 'nicht erfasst'],
      ['Kosten', 'nicht erfasst'],
    ]);
    expect(entryFacts(historyStrings.en, { ...handMade, costCents: 3850 })).toEqual([
      ['Status', 'Cancelled'],
      ['Venue', 'no venue entered'],
      ['Input', 'no input entered'],
      ['Participants', 'not recorded'],
      ['Costs', '38,50\u00a0€'], // formatEuro's non-breaking space
    ]);
  });

  it('counts those ticked present in the filed minutes where no count was filed, and names the next date', () => {
    const facts = pastMeetingFacts(historyStrings.de, past({ meeting: heldMeeting, nextMeetingDate: '2026-11-25' }));
    expect(facts).toContainEqual(['Teilnehmende', '12']);
    expect(facts.at(-1)).toEqual(['Nächstes Treffen', 'Mittwoch, 25. November 2026']);
  });

  it('opens only what the add-in filed for editing', () => {
    expect(listedMeetingOf(past())).toBeUndefined();
    expect(listedMeetingOf(past({ meeting: heldMeeting, costCents: 3850 }))).toMatchObject({
      itemId: '4',
      etag: '"2"',
      meeting: heldMeeting,
      costCents: 3850,
    });
  });

  it('offers the loaded years and this year for the CSV, latest first, each once', () => {
    const dates = ['2025-06-25', '2026-09-15', '2025-01-29'].map((date) => ({ date }));
    expect(csvYears(dates, '2027-01-10')).toEqual([2027, 2026, 2025]);
  });
});
