import type { Meeting } from '../../../src/domain/planning';
import { readStoredMeeting, STORED_MEETING_VERSION } from '../../../src/graph/meetingSchema';
import { heldMeeting } from '../../fixtures/heldMeeting';

const stored = (meeting: unknown) => JSON.stringify({ schemaVersion: STORED_MEETING_VERSION, meeting });

describe('carried actions and To Do records in TpDaten (came during version 2, optional)', () => {
  const carried: Meeting = {
    ...heldMeeting,
    minutes: {
      ...heldMeeting.minutes!,
      actionItems: [
        {
          ...heldMeeting.minutes!.actionItems[0]!,
          forCounty: true,
          todo: { addedAt: '2027-03-16T17:00:00Z', taskId: 't1' },
        },
        { id: 'a2', what: 'Flyer', who: 'Uslar', todo: { addedAt: '2027-03-16T17:00:00Z' } },
      ],
      carriedActions: [
        {
          id: 'old',
          fromMeetingId: 'm-2026-11',
          fromDate: '2026-11-10',
          what: 'Raum buchen',
          who: 'Kreishaus',
          status: 'erledigt',
        },
      ],
    },
  };

  it('reads them back, and a meeting without them as before', () => {
    expect(readStoredMeeting(stored(carried))).toEqual({ meeting: carried });
    expect(readStoredMeeting(stored(heldMeeting))).toEqual({ meeting: heldMeeting });
  });

  it('refuses a broken mark or record instead of passing it on', () => {
    const broken = (change: (m: Meeting) => unknown) => readStoredMeeting(stored(change(carried)));
    const mark = carried.minutes!.carriedActions![0]!;
    expect(
      broken((m) => ({ ...m, minutes: { ...m.minutes, carriedActions: [{ ...mark, status: 'vielleicht' }] } })),
    ).toEqual({ problem: 'unreadable' });
    expect(
      broken((m) => ({ ...m, minutes: { ...m.minutes, carriedActions: [{ ...mark, fromDate: '10.11.2026' }] } })),
    ).toEqual({ problem: 'unreadable' });
    const [first] = carried.minutes!.actionItems;
    expect(
      broken((m) => ({ ...m, minutes: { ...m.minutes, actionItems: [{ ...first, todo: { taskId: 'x' } }] } })),
    ).toEqual({ problem: 'unreadable' });
    expect(broken((m) => ({ ...m, minutes: { ...m.minutes, actionItems: [{ ...first, forCounty: 'ja' }] } }))).toEqual({
      problem: 'unreadable',
    });
  });
});
