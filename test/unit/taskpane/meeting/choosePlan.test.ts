import { type Meeting, standardAgenda, type Venue } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import type { ListedMeeting } from '../../../../src/graph/meetingMapping';
import { choosePlan } from '../../../../src/taskpane/meeting/choosePlan';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

const venue = (id: string, name: string): Venue => ({
  id,
  name,
  kind: 'initiative',
  street: '',
  postalCode: '',
  town: '',
  notes: { stepFree: true, parking: '', publicTransport: '' },
});

const venues = [venue('1', 'Kreishaus Northeim'), venue('2', 'Dassel'), venue('3', 'Einbeck')];
const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');
const past: ListedMeeting[] = [
  {
    itemId: '7',
    etag: '"1"',
    webUrl: '',
    date: '2026-05-20',
    status: 'protokolliert',
    venueName: 'Kreishaus Northeim',
  },
  { itemId: '8', etag: '"1"', webUrl: '', date: '2026-09-15', status: 'protokolliert', venueName: 'Einbeck' },
];

const planned = (id: string, date: string): Meeting => ({
  id,
  date,
  startTime: '15:00',
  status: 'geplant',
  speaker: { name: '', organisation: '', topic: '' },
  agenda: standardAgenda(ids()),
  adoptedSuggestions: [],
});

describe('choosePlan', () => {
  const today = '2026-11-24';

  it('starts a new meeting with the standard agenda on the first proposal, at the suggested host', () => {
    const opened = choosePlan({
      data: { meetings: past, venues, settings, missingLists: [], listProblems: [] },
      local: undefined,
      today,
      newId: ids(),
    });
    expect(opened.draft.dirty).toBe(false);
    expect(opened.draft.ref).toBeUndefined();
    expect(opened.draft.meeting.date).toBe('2026-12-15');
    expect(opened.draft.meeting.venue?.name).toBe('Dassel');
    expect(opened.draft.meeting.agenda).toHaveLength(6);
  });

  it('opens the next planned meeting from the list', () => {
    const item: ListedMeeting = {
      itemId: '9',
      etag: '"3"',
      webUrl: '',
      date: '2026-12-15',
      status: 'geplant',
      venueName: 'Dassel',
      meeting: planned('m1', '2026-12-15'),
    };
    const opened = choosePlan({
      data: { meetings: [...past, item], venues, settings, missingLists: [], listProblems: [] },
      local: undefined,
      today,
      newId: ids(),
    });
    expect(opened.draft).toEqual({ meeting: item.meeting, ref: { itemId: '9', etag: '"3"' }, dirty: false });
  });

  it('stays on the meeting of today once it is held, for its minutes', () => {
    const held = { ...planned('m-today', today), status: 'durchgeführt' as const };
    const item: ListedMeeting = {
      itemId: '10',
      etag: '"5"',
      webUrl: '',
      date: today,
      status: 'durchgeführt',
      venueName: 'Dassel',
      meeting: held,
    };
    const next: ListedMeeting = {
      ...item,
      itemId: '11',
      date: '2027-03-16',
      status: 'geplant',
      meeting: planned('m-next', '2027-03-16'),
    };
    const opened = choosePlan({
      data: { meetings: [...past, next, item], venues, settings, missingLists: [], listProblems: [] },
      local: undefined,
      today,
      newId: ids(),
    });
    expect(opened.draft.meeting.id).toBe('m-today');
    expect(opened.draft.ref).toEqual({ itemId: '10', etag: '"5"' });
    const tomorrow = choosePlan({
      data: { meetings: [...past, next, item], venues, settings, missingLists: [], listProblems: [] },
      local: undefined,
      today: '2026-11-25',
      newId: ids(),
    });
    expect(tomorrow.draft.meeting.id).toBe('m-next');
  });

  it('keeps what was typed on this device and not yet saved', () => {
    const local = { meeting: { ...planned('m1', '2026-12-16'), startTime: '16:00' }, dirty: true };
    const opened = choosePlan({
      data: { meetings: past, venues, settings, missingLists: [], listProblems: [] },
      local,
      today,
      newId: ids(),
    });
    expect(opened.draft.meeting.startTime).toBe('16:00');
    expect(opened.draft.dirty).toBe(true);
  });

  it('proposes the date fixed at the last meeting first', () => {
    const withFixed = [...past.slice(0, 1), { ...past[1]!, nextMeetingDate: '2026-12-09' }];
    const opened = choosePlan({
      data: { meetings: withFixed, venues, settings, missingLists: [], listProblems: [] },
      local: undefined,
      today,
      newId: ids(),
    });
    expect(opened.proposals[0]).toBe('2026-12-09');
  });

  it('opens the meeting of the Outlook appointment it was opened on, also a past one', () => {
    const held: ListedMeeting = {
      itemId: '7',
      etag: '"4"',
      webUrl: '',
      date: '2026-11-10',
      status: 'eingeladen',
      venueName: 'Dassel',
      meeting: { ...planned('m0', '2026-11-10'), status: 'eingeladen', invitation: { eventId: 'AAMk-held' } },
    };
    const next: ListedMeeting = { ...held, itemId: '9', date: '2026-12-15', meeting: planned('m1', '2026-12-15') };
    const data = { meetings: [...past, held, next], venues, settings, missingLists: [], listProblems: [] };
    const opened = choosePlan({ data, local: undefined, today, newId: ids(), appointmentEventId: 'AAMk-held' });
    expect(opened.draft).toEqual({ meeting: held.meeting, ref: { itemId: '7', etag: '"4"' }, dirty: false });
    const other = choosePlan({ data, local: undefined, today, newId: ids(), appointmentEventId: 'AAMk-unknown' });
    expect(other.draft.meeting.id).toBe('m1');
  });
});
