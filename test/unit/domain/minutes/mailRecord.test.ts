import { laterMailRecord, mergeMeetings } from '../../../../src/domain/minutes';
import type { Meeting, MinutesMailRecord } from '../../../../src/domain/planning';
import { meetingToFields, storedMeetingOf } from '../../../../src/graph/meetingMapping';
import { heldMeeting } from '../../../fixtures/heldMeeting';

const sent: MinutesMailRecord = { sentAt: '2027-03-16T16:15:00Z', count: 12 };
const later: MinutesMailRecord = { sentAt: '2027-03-17T08:00:00Z', count: 13 };
const unconfirmed: MinutesMailRecord = { sentAt: '2027-03-18T08:00:00Z', count: 12, unconfirmed: true };

describe('the record that the minutes were mailed', () => {
  it('keeps a confirmed sending before an unconfirmed one, otherwise the later one', () => {
    expect(laterMailRecord(undefined, undefined)).toBeUndefined();
    expect(laterMailRecord(sent, undefined)).toBe(sent);
    expect(laterMailRecord(undefined, sent)).toBe(sent);
    expect(laterMailRecord(sent, later)).toBe(later);
    expect(laterMailRecord(later, sent)).toBe(later);
    expect(laterMailRecord(unconfirmed, sent)).toBe(sent);
    expect(laterMailRecord(sent, unconfirmed)).toBe(sent);
    const again = { sentAt: '2027-03-16T16:15:00.000Z', count: 10 };
    expect(laterMailRecord(sent, again)).toBe(again);
  });

  it("survives a merge with a colleague's version that lacks it, and comes in from theirs", () => {
    const mine: Meeting = { ...heldMeeting, minutesMail: sent };
    expect(mergeMeetings(mine, heldMeeting).minutesMail).toEqual(sent);
    expect(mergeMeetings(heldMeeting, mine).minutesMail).toEqual(sent);
    expect(mergeMeetings(heldMeeting, heldMeeting)).not.toHaveProperty('minutesMail');
  });

  it("is kept in the list item's JSON, and meetings stored before it existed still load", () => {
    const withRecord: Meeting = { ...heldMeeting, minutesMail: sent };
    expect(storedMeetingOf(meetingToFields(withRecord))?.minutesMail).toEqual(sent);
    const older = JSON.stringify({ schemaVersion: 1, meeting: heldMeeting });
    const loaded = storedMeetingOf({ TpDaten: older });
    expect(loaded?.id).toBe(heldMeeting.id);
    expect(loaded?.minutesMail).toBeUndefined();
  });
});
