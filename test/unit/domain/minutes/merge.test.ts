import { meetingDifferences, MINE_MARK, mergeMeetings, mergeNote, THEIRS_MARK } from '../../../../src/domain/minutes';
import type { Meeting } from '../../../../src/domain/planning';
import { expenseLine } from '../../../fixtures/expenseLine';
import { heldMeeting } from '../../../fixtures/heldMeeting';

const [first, , initiativen] = heldMeeting.agenda.map((item) => item.id) as [string, string, string];

describe('mergeNote', () => {
  it('takes the non-empty one, the continued one, or keeps both marked', () => {
    expect(mergeNote('', 'theirs')).toBe('theirs');
    expect(mergeNote('mine', '  ')).toBe('mine');
    expect(mergeNote('Fahrdienste fehlen. Mehr dazu', 'Fahrdienste fehlen.')).toBe('Fahrdienste fehlen. Mehr dazu');
    expect(mergeNote('Fahrdienste', 'Fahrdienste fehlen.')).toBe('Fahrdienste fehlen.');
    expect(mergeNote('A', 'B')).toBe(`${MINE_MARK}\nA\n\n${THEIRS_MARK}\nB`);
  });
});

describe('mergeMeetings', () => {
  const mine: Meeting = {
    ...heldMeeting,
    minutes: {
      ...heldMeeting.minutes!,
      notes: { ...heldMeeting.minutes!.notes, [first]: '', [initiativen]: 'Meine Notiz' },
      decisions: [...heldMeeting.minutes!.decisions, { id: 'd-mine', text: 'Meiner' }],
      attendance: heldMeeting.minutes!.attendance.map((e, i) => (i === 0 ? { ...e, present: false } : e)),
    },
  };
  const theirs: Meeting = {
    ...heldMeeting,
    startTime: '14:00',
    status: 'protokolliert',
    minutes: {
      ...heldMeeting.minutes!,
      notes: { ...heldMeeting.minutes!.notes, [initiativen]: 'Ihre Notiz' },
      decisions: [{ id: 'd-theirs', text: 'Ihrer' }, ...heldMeeting.minutes!.decisions],
      attendance: [
        ...heldMeeting.minutes!.attendance,
        { id: 'w9', name: 'Neu', initiative: '', present: true, source: 'walk-in' },
      ],
      final: { at: '2027-03-18T09:00:00Z' },
    },
    expenses: [...heldMeeting.expenses!, expenseLine({ id: 'l9', amountCents: 500 })],
  };
  const merged = mergeMeetings(mine, theirs);

  it('unites lines by id, mine first', () => {
    expect(merged.minutes?.decisions.map((d) => d.id)).toEqual(['d1', 'd-mine', 'd-theirs']);
    expect(merged.expenses?.map((l) => l.id)).toEqual(['l1', 'l2', 'l3', 'l9']);
    expect(merged.minutes?.attendance.map((e) => e.name).slice(-1)).toEqual(['Neu']);
  });

  it('counts a tick from either side and keeps both versions of a note', () => {
    expect(merged.minutes?.attendance.filter((e) => e.present)).toHaveLength(13);
    expect(merged.minutes?.notes[first]).toBe(heldMeeting.minutes!.notes[first]);
    expect(merged.minutes?.notes[initiativen]).toBe(`${MINE_MARK}\nMeine Notiz\n\n${THEIRS_MARK}\nIhre Notiz`);
  });

  it('keeps my plan, takes the further status with its final mark', () => {
    expect(merged.startTime).toBe('15:00');
    expect(merged.status).toBe('protokolliert');
    expect(merged.minutes?.final).toEqual({ at: '2027-03-18T09:00:00Z' });
    expect(mergeMeetings({ ...mine, status: 'abgesagt' }, theirs).status).toBe('abgesagt');
  });

  it('loses nothing: merging again with either side changes nothing more', () => {
    expect(meetingDifferences(mergeMeetings(merged, theirs), merged)).toEqual([]);
    expect(meetingDifferences(mergeMeetings(merged, mine), merged)).toEqual([]);
  });

  it('takes the invitation state that changed last, and agenda items only the colleague added', () => {
    const sent = { ...theirs, invitation: { ...heldMeeting.invitation!, updatedAt: '2027-03-01T08:00:00Z' } };
    const added = { ...sent, agenda: [...sent.agenda, { ...sent.agenda[0]!, id: 'x1', role: 'weitere' as const }] };
    const result = mergeMeetings(mine, added);
    expect(result.invitation?.updatedAt).toBe('2027-03-01T08:00:00Z');
    expect(result.agenda.map((item) => item.id).slice(-2)).toEqual(['x1', heldMeeting.agenda[5]!.id]);
  });

  it('leaves minutes and expenses out where neither side has them', () => {
    const plain = { ...heldMeeting, minutes: undefined, expenses: undefined };
    const result = mergeMeetings(plain, plain);
    expect(result.minutes).toBeUndefined();
    expect(result.expenses).toBeUndefined();
  });
});
