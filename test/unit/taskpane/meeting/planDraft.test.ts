import type { ListedMeeting } from '../../../../src/graph/meetingMapping';
import { withOpenMeeting } from '../../../../src/taskpane/meeting/planDraft';
import { heldMeeting } from '../../../fixtures/heldMeeting';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const listed = (itemId: string, etag: string, date: string): ListedMeeting => ({
  itemId,
  etag,
  webUrl: `https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/${itemId}_.000`,
  date,
  status: 'protokolliert',
  venueName: '',
});

describe('withOpenMeeting', () => {
  const opened = [listed('3', '"1"', '2026-09-15'), listed('7', '"3"', heldMeeting.date)];

  it('shows the open meeting as saved last: its etag, its costs and count, its web address kept', () => {
    const meetings = withOpenMeeting(
      opened,
      { meeting: heldMeeting, ref: { itemId: '7', etag: '"5"' }, dirty: false },
      undefined,
    );
    expect(meetings).toHaveLength(2);
    expect(meetings[0]).toBe(opened[0]);
    expect(meetings[1]).toMatchObject({
      itemId: '7',
      etag: '"5"',
      webUrl: opened[1]!.webUrl,
      status: heldMeeting.status,
      meeting: heldMeeting,
      participants: 12,
    });
    expect(meetings[1]!.costCents).toBeGreaterThan(0);
  });

  it('adds a meeting created in this session, and leaves the list alone without a list item', () => {
    const created = withOpenMeeting(
      opened,
      { meeting: plannedMeeting, ref: { itemId: '9', etag: '"1"' }, dirty: false },
      undefined,
    );
    expect(created.map((m) => m.itemId)).toEqual(['3', '7', '9']);
    expect(withOpenMeeting(opened, { meeting: plannedMeeting, dirty: true }, undefined)).toEqual(opened);
  });
});
