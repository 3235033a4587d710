import { addMinutesToTime, berlinParts, berlinToInstant } from '../../../../src/domain/planning/berlinTime';

describe('Europe/Berlin wall-clock times', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(berlinToInstant('2027-03-16', '15:00').toISOString()).toBe('2027-03-16T14:00:00.000Z');
    expect(berlinToInstant('2027-06-15', '15:00').toISOString()).toBe('2027-06-15T13:00:00.000Z');
  });

  it('is right for a meeting right after the change to summer time (last Sunday of March)', () => {
    expect(berlinToInstant('2027-03-27', '14:00').toISOString()).toBe('2027-03-27T13:00:00.000Z');
    expect(berlinToInstant('2027-03-29', '14:00').toISOString()).toBe('2027-03-29T12:00:00.000Z');
  });

  it('is right right after the change back (last Sunday of October)', () => {
    expect(berlinToInstant('2027-10-30', '14:00').toISOString()).toBe('2027-10-30T12:00:00.000Z');
    expect(berlinToInstant('2027-11-01', '14:00').toISOString()).toBe('2027-11-01T13:00:00.000Z');
  });

  it('is right on the Monday after the change in 2026 (29 March and 25 October)', () => {
    expect(berlinToInstant('2026-03-27', '14:00').toISOString()).toBe('2026-03-27T13:00:00.000Z');
    expect(berlinToInstant('2026-03-29', '14:00').toISOString()).toBe('2026-03-29T12:00:00.000Z');
    expect(berlinToInstant('2026-03-30', '14:00').toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(berlinToInstant('2026-10-25', '14:00').toISOString()).toBe('2026-10-25T13:00:00.000Z');
    expect(berlinToInstant('2026-10-26', '14:00').toISOString()).toBe('2026-10-26T13:00:00.000Z');
  });

  it('handles the hour that does not exist and the hour that happens twice', () => {
    // 02:30 on 29.03.2026 is skipped: the clock shows 03:30 CEST then
    expect(berlinToInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(berlinToInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(berlinToInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 02:30 on 25.10.2026 happens twice; both instants read back as 02:30
    expect(berlinParts(new Date('2026-10-25T00:30:00Z')).time).toBe('02:30');
    expect(berlinParts(new Date('2026-10-25T01:30:00Z')).time).toBe('02:30');
    expect(berlinToInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('round-trips every day of a year at 15:00', () => {
    const start = Date.UTC(2027, 0, 1);
    for (let day = 0; day < 365; day += 1) {
      const date = new Date(start + day * 864e5).toISOString().slice(0, 10);
      expect(berlinParts(berlinToInstant(date, '15:00'))).toEqual({ date, time: '15:00' });
    }
  });

  it('reads an instant back as Berlin date and time', () => {
    expect(berlinParts(new Date('2027-03-29T12:00:00Z'))).toEqual({ date: '2027-03-29', time: '14:00' });
    expect(berlinParts(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
  });

  it('adds minutes to a clock time', () => {
    expect(addMinutesToTime('15:00', 180)).toBe('18:00');
    expect(addMinutesToTime('09:45', 20)).toBe('10:05');
  });
});
