import { easterSunday, holidayOn, niedersachsenHolidays } from '../../../../src/domain/planning/holidays';

describe('Niedersachsen public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the ten holidays of 2027 with the Easter-dependent ones and Reformationstag', () => {
    expect(niedersachsenHolidays(2027).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2027-01-01 Neujahr',
      '2027-03-26 Karfreitag',
      '2027-03-29 Ostermontag',
      '2027-05-01 Tag der Arbeit',
      '2027-05-06 Christi Himmelfahrt',
      '2027-05-17 Pfingstmontag',
      '2027-10-03 Tag der Deutschen Einheit',
      '2027-10-31 Reformationstag',
      '2027-12-25 1. Weihnachtstag',
      '2027-12-26 2. Weihnachtstag',
    ]);
  });

  it('has no Reformationstag before it became a holiday in 2018, and no Fronleichnam', () => {
    expect(holidayOn('2017-10-31')).toBeUndefined();
    expect(holidayOn('2018-10-31')?.name).toBe('Reformationstag');
    expect(holidayOn('2027-05-27')).toBeUndefined();
  });
});
