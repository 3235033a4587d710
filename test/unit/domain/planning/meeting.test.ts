import {
  meetingDuration,
  meetingTitle,
  newMeeting,
  plannedMinutes,
  uuidFromRandom,
} from '../../../../src/domain/planning/meeting';

/** A repeatable source of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('a new meeting', () => {
  let n = 0;
  const meeting = newMeeting({ id: 'm-1', date: '2027-03-16', newId: () => `i${++n}` });

  it('is planned, from 15:00 for three hours, with the standard agenda and no speaker yet', () => {
    expect(meeting).toMatchObject({ id: 'm-1', date: '2027-03-16', startTime: '15:00', status: 'geplant' });
    expect(meeting.venue).toBeUndefined();
    expect(meeting.speaker).toEqual({ name: '', organisation: '', topic: '' });
    expect(meeting.agenda.map((i) => i.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6']);
    expect(plannedMinutes(meeting)).toBe(180);
    expect(meetingDuration(meeting)).toBe(180);
    expect(meeting.adoptedSuggestions).toEqual([]);
  });

  it('takes a start time, venue and speaker', () => {
    const venue = {
      id: 'v1',
      name: 'Kreishaus Northeim',
      kind: 'kreishaus' as const,
      street: 'Medenheimer Straße 6/8',
      postalCode: '37154',
      town: 'Northeim',
      notes: { stepFree: true, parking: 'Parkplatz am Haus', publicTransport: 'ZOB Northeim, 5 Minuten' },
    };
    const speaker = { name: 'Dr. Lena Hoffmann', organisation: 'Jobcenter', topic: 'Bürgergeld' };
    const m = newMeeting({ id: 'm-2', date: '2027-06-15', startTime: '09:30', venue, speaker, newId: () => 'x' });
    expect(m).toMatchObject({ startTime: '09:30', venue, speaker });
    expect(meetingDuration({ durationMinutes: 150 })).toBe(150);
  });

  it('has a readable title', () => {
    expect(meetingTitle('2027-03-16', (d) => d.split('-').reverse().join('.'))).toBe(
      'Vernetzungstreffen der Ehrenamtskoordination – 16.03.2027',
    );
  });
});

describe('ids from an injected random source', () => {
  it('are version 4 UUIDs', () => {
    const random = seeded(42);
    const ids = Array.from({ length: 50 }, () => uuidFromRandom(random));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(50);
  });

  it('are repeatable with the same source, and stay in range at the edges', () => {
    expect(uuidFromRandom(seeded(7))).toBe(uuidFromRandom(seeded(7)));
    expect(uuidFromRandom(() => 0)).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidFromRandom(() => 0.9999999)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
