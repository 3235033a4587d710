import {
  COVERED_FROM,
  COVERED_UNTIL,
  hasSchoolHolidayData,
  SCHOOL_HOLIDAYS,
  schoolHolidayOn,
  schoolHolidaysBetween,
} from '../../../../src/domain/planning/schoolHolidays';

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const daysFromTo = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5;

describe('Niedersachsen school holidays (Ferienordnung 2024/25–2029/30)', () => {
  it('is well-formed: ordered, no overlaps, inside the covered range', () => {
    SCHOOL_HOLIDAYS.forEach((h, i) => {
      expect(h.from <= h.to).toBe(true);
      expect(hasSchoolHolidayData(h.from) && hasSchoolHolidayData(h.to)).toBe(true);
      const previous = SCHOOL_HOLIDAYS[i - 1];
      if (previous) expect(previous.to < h.from).toBe(true);
    });
  });

  it('has summer holidays from a Thursday to a Wednesday, six weeks long, every year', () => {
    const summers = SCHOOL_HOLIDAYS.filter((h) => h.name === 'Sommerferien');
    expect(summers.map((h) => h.from.slice(0, 4))).toEqual(['2026', '2027', '2028', '2029']);
    for (const h of summers) {
      expect([weekdayOf(h.from), weekdayOf(h.to), daysFromTo(h.from, h.to)]).toEqual([4, 3, 41]);
    }
  });

  it.each([
    ['2026-10-23', 'Herbstferien'],
    ['2027-01-08', 'Weihnachtsferien'],
    ['2027-03-29', 'Osterferien'],
    ['2027-10-19', 'Herbstferien'],
    ['2028-01-03', 'Weihnachtsferien'],
    ['2028-02-01', 'Halbjahresferien'],
    ['2028-04-18', 'Osterferien'],
    ['2028-05-26', 'Brückentag nach Himmelfahrt'],
    ['2028-08-30', 'Sommerferien'],
    ['2028-10-02', 'Brückentag vor dem Tag der Deutschen Einheit'],
    ['2028-11-03', 'Herbstferien'],
    ['2029-01-02', 'Weihnachtsferien'],
    ['2029-03-19', 'Osterferien'],
    ['2029-04-30', 'Brückentag vor dem 1. Mai'],
    ['2029-05-22', 'Pfingstferien'],
    ['2029-07-19', 'Sommerferien'],
  ])('%s falls in the %s', (date, name) => {
    expect(schoolHolidayOn(date)).toMatchObject({ name });
  });

  it.each(['2026-11-24', '2027-01-11', '2027-10-15', '2028-04-24', '2028-08-31', '2028-12-22'])(
    '%s is a school day',
    (date) => {
      expect(schoolHolidayOn(date)).toBeNull();
    },
  );

  it('says "unknown" outside the published data instead of guessing', () => {
    expect(schoolHolidayOn(COVERED_UNTIL)).toMatchObject({ name: 'Sommerferien' });
    expect(schoolHolidayOn('2029-08-30')).toBe('unknown');
    expect(schoolHolidayOn('2030-03-12')).toBe('unknown');
    expect(schoolHolidayOn(COVERED_FROM)).toBeNull();
    expect(schoolHolidayOn('2025-08-13')).toBe('unknown');
  });

  it('lists the holidays that touch a range of days', () => {
    expect(schoolHolidaysBetween('2027-10-01', '2028-01-05').map((h) => h.name)).toEqual([
      'Herbstferien',
      'Weihnachtsferien',
    ]);
    expect(schoolHolidaysBetween('2027-11-01', '2027-12-22')).toEqual([]);
  });
});
