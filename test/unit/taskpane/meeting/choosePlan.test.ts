import { type Meeting, standardAgenda, type Venue } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import type { ListedMeeting } from '../../../../src/domain/lists';
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
      unsaved: [],
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
      unsaved: [],
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
      unsaved: [],
      today,
      newId: ids(),
    });
    expect(opened.draft.meeting.id).toBe('m-today');
    expect(opened.draft.ref).toEqual({ itemId: '10', etag: '"5"' });
    const tomorrow = choosePlan({
      data: { meetings: [...past, next, item], venues, settings, missingLists: [], listProblems: [] },
      unsaved: [],
      today: '2026-11-25',
      newId: ids(),
    });
    expect(tomorrow.draft.meeting.id).toBe('m-next');
  });

  it('keeps what was typed on this device and not yet saved', () => {
    const local = { meeting: { ...planned('m1', '2026-12-16'), startTime: '16:00' }, dirty: true };
    const opened = choosePlan({
      data: { meetings: past, venues, settings, missingLists: [], listProblems: [] },
      unsaved: [{ draft: local, keys: ['treffpunkt.planen.entwurf.tab-1'] }],
      today,
      newId: ids(),
    });
    expect(opened.draft.meeting.startTime).toBe('16:00');
    expect(opened.draft.dirty).toBe(true);
    expect(opened.adopted).toEqual(['treffpunkt.planen.entwurf.tab-1']);
    expect(opened.instead).toBeUndefined();
  });

  it('proposes the date fixed at the last meeting first', () => {
    const withFixed = [...past.slice(0, 1), { ...past[1]!, nextMeetingDate: '2026-12-09' }];
    const opened = choosePlan({
      data: { meetings: withFixed, venues, settings, missingLists: [], listProblems: [] },
      unsaved: [],
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
    const opened = choosePlan({ data, unsaved: [], today, newId: ids(), appointmentEventId: 'AAMk-held' });
    expect(opened.draft).toEqual({ meeting: held.meeting, ref: { itemId: '7', etag: '"4"' }, dirty: false });
    const other = choosePlan({ data, unsaved: [], today, newId: ids(), appointmentEventId: 'AAMk-unknown' });
    expect(other.draft.meeting.id).toBe('m1');
  });
});

describe('choosePlan: unsaved work is never set aside', () => {
  const today = '2026-11-24';
  const next: ListedMeeting = {
    itemId: '11',
    etag: '"2"',
    webUrl: '',
    date: '2027-03-16',
    status: 'eingeladen',
    venueName: 'Dassel',
    meeting: { ...planned('m-next', '2027-03-16'), status: 'eingeladen', invitation: { eventId: 'AAMk-next' } },
  };
  /** Yesterday's meeting, whose minutes were written offline at the venue. */
  const held: ListedMeeting = {
    itemId: '10',
    etag: '"5"',
    webUrl: '',
    date: '2026-11-23',
    status: 'durchgeführt',
    venueName: 'Einbeck',
    meeting: { ...planned('m-held', '2026-11-23'), status: 'durchgeführt' },
  };
  const data = { meetings: [...past, held, next], venues, settings, missingLists: [], listProblems: [] };
  const minutes = { notes: { a: 'Begrüßung, zwei neue Initiativen.' }, decisions: [], actionItems: [], attendance: [] };
  const offline = {
    draft: { meeting: { ...held.meeting!, minutes }, ref: { itemId: '10', etag: '"5"' }, dirty: true },
    keys: ['treffpunkt.planen.entwurf.tab-yesterday'],
  };

  it('opens the meeting whose minutes were typed offline yesterday, not the next one, and names the next one', () => {
    const opened = choosePlan({ data, unsaved: [offline], today, newId: ids() });
    expect(opened.draft).toEqual(offline.draft);
    expect(opened.adopted).toEqual(offline.keys);
    expect(opened.instead).toBe(next);
  });

  it('also when opened on another meeting’s appointment', () => {
    const opened = choosePlan({ data, unsaved: [offline], today, newId: ids(), appointmentEventId: 'AAMk-next' });
    expect(opened.draft.meeting.minutes?.notes).toEqual(minutes.notes);
    expect(opened.instead).toBe(next);
  });

  it('takes the unsaved work of the meeting it opens anyway, before older work on another', () => {
    const typedNext = {
      draft: { meeting: { ...next.meeting!, startTime: '16:00' }, dirty: true, changedAt: '2026-11-20T10:00:00Z' },
      keys: ['treffpunkt.planen.entwurf.tab-2'],
    };
    const opened = choosePlan({ data, unsaved: [offline, typedNext], today, newId: ids() });
    expect(opened.draft).toEqual({ ...typedNext.draft, ref: { itemId: '11', etag: '"2"' } });
    expect(opened.adopted).toEqual(typedNext.keys);
    expect(opened.instead).toBeUndefined();
  });

  it('stays on the meeting it already works on when the answer comes late, saved meanwhile or not', () => {
    const typed = { ...held.meeting!, minutes };
    const saved = { meeting: typed, ref: { itemId: '10', etag: '"6"' }, dirty: false };
    expect(
      choosePlan({ data: { ...data, meetings: [next] }, unsaved: [], current: saved, today, newId: ids() }).draft,
    ).toEqual(saved);
    const unsavedHere = { meeting: typed, dirty: true };
    const opened = choosePlan({ data, unsaved: [], current: unsavedHere, today, newId: ids() });
    expect(opened.draft).toEqual({ ...unsavedHere, ref: { itemId: '10', etag: '"5"' } });
    expect(opened.instead).toBe(next);
  });

  it('takes a saved meeting it works on as the list has it now', () => {
    const current = { meeting: next.meeting!, ref: { itemId: '11', etag: '"1"' }, dirty: false };
    const opened = choosePlan({ data, unsaved: [], current, today, newId: ids() });
    expect(opened.draft).toEqual({ meeting: next.meeting, ref: { itemId: '11', etag: '"2"' }, dirty: false });
  });
});
