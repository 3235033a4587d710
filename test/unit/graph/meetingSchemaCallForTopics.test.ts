import type { Meeting } from '../../../src/domain/planning';
import { filedMeeting } from '../../../src/domain/filedMeeting';
import { readStoredMeeting, STORED_MEETING_VERSION, storedMeetingJson } from '../../../src/graph/meetingSchema';
import { heldMeeting } from '../../fixtures/heldMeeting';

const stored = (meeting: unknown) => JSON.stringify({ schemaVersion: STORED_MEETING_VERSION, meeting });

describe('the call for topics in TpDaten (came during version 2, optional)', () => {
  const sent: Meeting = { ...heldMeeting, callForTopics: { sentAt: '2027-02-02T09:00:00Z', deadline: '2027-02-18' } };

  it('reads a meeting with it and one without it (older rows)', () => {
    expect(readStoredMeeting(storedMeetingJson(sent))).toEqual({ meeting: sent });
    const unconfirmed = { ...sent, callForTopics: { ...sent.callForTopics!, unconfirmed: true } };
    expect(readStoredMeeting(storedMeetingJson(unconfirmed))).toEqual({ meeting: unconfirmed });
    expect(readStoredMeeting(storedMeetingJson(heldMeeting))).toEqual({ meeting: heldMeeting });
  });

  it('refuses a broken record instead of guessing', () => {
    for (const broken of [{ sentAt: 3, deadline: '2027-02-18' }, { sentAt: 'x', deadline: '18.02.2027' }, 'gesendet']) {
      expect(readStoredMeeting(stored({ ...heldMeeting, callForTopics: broken }))).toEqual({ problem: 'unreadable' });
    }
  });

  it('keeps no one’s name or address: filing leaves it as it is', () => {
    expect(filedMeeting(sent).callForTopics).toEqual(sent.callForTopics);
  });
});
