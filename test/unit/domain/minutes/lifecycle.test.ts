import { emptyMinutes, finalizeMinutes, isFinal, nextMeetingFrom, reopenMinutes } from '../../../../src/domain/minutes';
import { heldMeeting } from '../../../fixtures/heldMeeting';

describe('nextMeetingFrom', () => {
  let n = 0;
  const ids = { id: 'm-2027-06', newId: () => `n${++n}` };

  it('plans the next meeting on the fixed date: geplant, 15:00, the standard agenda, nothing carried over', () => {
    const result = nextMeetingFrom(heldMeeting, '2027-06-15', ids);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.meeting).toMatchObject({
      id: 'm-2027-06',
      date: '2027-06-15',
      startTime: '15:00',
      status: 'geplant',
    });
    expect(result.meeting.agenda.map((item) => item.role)).toEqual([
      'begruessung',
      'landkreis',
      'initiativen',
      'pause',
      'input',
      'termine',
    ]);
    expect(result.meeting.agenda[0]?.id).toBe('n1');
    expect(result.meeting.minutes).toBeUndefined();
    expect(result.meeting.invitation).toBeUndefined();
  });

  it('refuses a date that is not after this meeting', () => {
    expect(nextMeetingFrom(heldMeeting, '2027-03-01', ids)).toEqual({
      ok: false,
      message: 'Das nächste Treffen muss nach diesem Treffen (16.03.2027) liegen. Bitte ein späteres Datum wählen.',
    });
  });
});

describe('final minutes', () => {
  it('are protokolliert and read-only until reopened as durchgeführt', () => {
    const final = finalizeMinutes(heldMeeting, '2027-03-20T10:00:00Z');
    expect(final.status).toBe('protokolliert');
    expect(final.minutes?.final).toEqual({ at: '2027-03-20T10:00:00Z' });
    expect(isFinal(final)).toBe(true);
    const reopened = reopenMinutes(final);
    expect(reopened.status).toBe('durchgeführt');
    expect(isFinal(reopened)).toBe(false);
    expect(reopened.minutes?.notes).toEqual(heldMeeting.minutes?.notes);
  });

  it('start empty', () => {
    expect(emptyMinutes()).toEqual({ notes: {}, decisions: [], actionItems: [], attendance: [] });
    expect(finalizeMinutes({ ...heldMeeting, minutes: undefined }, 'x').minutes?.attendance).toEqual([]);
  });
});
