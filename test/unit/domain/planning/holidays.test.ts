import { easterSunday, holidayOn, niedersachsenHolidays } from '../../../../src/domain/planning/holidays';

describe('Niedersachsen public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2285, '2285-03-22'],
    [1943, '1943-04-25'],
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

  it.each([
    [2026, '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25'],
    [2028, '2028-04-14', '2028-04-17', '2028-05-25', '2028-06-05'],
    [2029, '2029-03-30', '2029-04-02', '2029-05-10', '2029-05-21'],
  ])(
    'moves the Easter-dependent holidays of %i with Easter',
    (year, goodFriday, easterMonday, ascension, whitMonday) => {
      const byName = Object.fromEntries(niedersachsenHolidays(year).map((h) => [h.name, h.date]));
      expect([byName.Karfreitag, byName.Ostermontag, byName['Christi Himmelfahrt'], byName.Pfingstmontag]).toEqual([
        goodFriday,
        easterMonday,
        ascension,
        whitMonday,
      ]);
    },
  );

  it('knows Reformationstag (31.10.) every year since 2018, and not 1 November', () => {
    for (const year of [2018, 2026, 2027, 2028, 2029]) expect(holidayOn(`${year}-10-31`)?.name).toBe('Reformationstag');
    expect(holidayOn('2027-11-01')).toBeUndefined();
    expect(holidayOn('2027-12-24')).toBeUndefined();
    expect(holidayOn('2027-12-26')?.name).toBe('2. Weihnachtstag');
  });

  it('has no Reformationstag before it became a holiday in 2018, and no Fronleichnam', () => {
    expect(holidayOn('2017-10-31')).toBeUndefined();
    expect(holidayOn('2018-10-31')?.name).toBe('Reformationstag');
    expect(holidayOn('2027-05-27')).toBeUndefined();
  });
});
