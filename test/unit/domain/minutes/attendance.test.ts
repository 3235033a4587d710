import {
  addWalkIn,
  attendeeLabel,
  prefillAttendance,
  presentCount,
  replyEntryId,
  setPresent,
} from '../../../../src/domain/minutes';
import type { AttendanceEntry, AttendeeReply, Meeting } from '../../../../src/domain/planning';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const reply = (name: string, response: AttendeeReply['response'], address = `${name.toLowerCase()}@x.de`) => ({
  name,
  address,
  response,
});

function withReplies(replies: AttendeeReply[], attendance?: AttendanceEntry[]): Meeting {
  const minutes = attendance ? { notes: {}, decisions: [], actionItems: [], attendance } : undefined;
  return { ...plannedMeeting, invitation: { eventId: 'e', replies }, ...(minutes ? { minutes } : {}) };
}

describe('prefillAttendance', () => {
  it('lists accepted, then tentative, then unanswered (by name), leaving out declined and skipped addresses', () => {
    const meeting = withReplies([
      reply('Zora', 'accepted'),
      reply('Berta', 'none'),
      reply('Carl', 'tentative'),
      reply('Anna', 'accepted'),
      reply('Dieter', 'declined'),
      reply('Verteiler', 'none', 'vernetzung-ehrenamt@landkreis-northeim.de'),
    ]);
    const list = prefillAttendance(meeting, { skip: ['Vernetzung-Ehrenamt@landkreis-northeim.de'] });
    expect(list.map((e) => e.name)).toEqual(['Anna', 'Zora', 'Carl', 'Berta']);
    expect(list[0]).toEqual({
      id: 'reply:anna@x.de',
      name: 'Anna',
      initiative: '',
      address: 'anna@x.de',
      present: false,
      source: 'reply',
    });
  });

  it('keeps ticks, edits and walk-ins, adds new repliers and never drops a ticked person', () => {
    const existing: AttendanceEntry[] = [
      {
        id: replyEntryId('anna@x.de'),
        name: 'Anna B.',
        initiative: 'Café',
        address: 'anna@x.de',
        present: true,
        source: 'reply',
      },
      {
        id: replyEntryId('dieter@x.de'),
        name: 'Dieter',
        initiative: '',
        address: 'dieter@x.de',
        present: true,
        source: 'reply',
      },
      {
        id: replyEntryId('emil@x.de'),
        name: 'Emil',
        initiative: '',
        address: 'emil@x.de',
        present: false,
        source: 'reply',
      },
      { id: 'w1', name: 'Walk In', initiative: 'Moringen', present: false, source: 'walk-in' },
      { id: 'w2', name: 'Zora Z.', initiative: '', address: 'ZORA@x.de', present: true, source: 'walk-in' },
    ];
    const meeting = withReplies(
      [
        reply('Anna', 'accepted'),
        reply('Zora', 'accepted'),
        reply('Dieter', 'declined'),
        reply('Emil', 'declined'),
        reply('Fritz', 'tentative'),
      ],
      existing,
    );
    const list = prefillAttendance(meeting);
    expect(list.map((e) => [e.name, e.present])).toEqual([
      ['Anna B.', true],
      ['Fritz', false],
      ['Dieter', true],
      ['Walk In', false],
      ['Zora Z.', true],
    ]);
  });

  it('is empty without an invitation and keeps what there is', () => {
    expect(prefillAttendance(plannedMeeting)).toEqual([]);
  });
});

describe('ticks and walk-ins', () => {
  const list = addWalkIn([], { id: 'w1', name: '  Petra Lindner ', initiative: ' Café International ', address: ' ' });

  it('adds a walk-in present, trimmed, without an empty address', () => {
    expect(list).toEqual([
      { id: 'w1', name: 'Petra Lindner', initiative: 'Café International', present: true, source: 'walk-in' },
    ]);
    expect(attendeeLabel(list[0]!)).toBe('Petra Lindner (Café International)');
  });

  it('counts those present and unticks by id', () => {
    expect(presentCount(list)).toBe(1);
    expect(presentCount(setPresent(list, 'w1', false))).toBe(0);
  });
});
