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

  it('reads an instant back as Berlin date and time', () => {
    expect(berlinParts(new Date('2027-03-29T12:00:00Z'))).toEqual({ date: '2027-03-29', time: '14:00' });
    expect(berlinParts(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
  });

  it('adds minutes to a clock time', () => {
    expect(addMinutesToTime('15:00', 180)).toBe('18:00');
    expect(addMinutesToTime('09:45', 20)).toBe('10:05');
  });
});
