import { addDays, type PlainDate } from './plainDate';

/**
 * Public holidays in Niedersachsen (Niedersächsisches Feiertagsgesetz, § 2), Reformationstag included
 * since 2018. Computed here rather than taken from a holiday library (house style prefers one), because
 * no library stays small: `date-holidays` bundles every country's rules (about 290 KB gzipped), and its
 * engine alone, `date-holidays-parser` 3.4.7 fed only DE-NI data, still depends on moment-timezone,
 * astronomia and the Chinese, Bengali and Persian calendars. The only moving part for Niedersachsen is
 * Easter (Meeus/Jones/Butcher Gregorian algorithm, below), tested across centuries.
 */
export interface Holiday {
  date: PlainDate;
  name: string;
}

export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function niedersachsenHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (md: string, name: string): Holiday => ({ date: `${year}-${md}`, name });
  return [
    fixed('01-01', 'Neujahr'),
    { date: addDays(easter, -2), name: 'Karfreitag' },
    { date: addDays(easter, 1), name: 'Ostermontag' },
    fixed('05-01', 'Tag der Arbeit'),
    { date: addDays(easter, 39), name: 'Christi Himmelfahrt' },
    { date: addDays(easter, 50), name: 'Pfingstmontag' },
    fixed('10-03', 'Tag der Deutschen Einheit'),
    ...(year >= 2018 ? [fixed('10-31', 'Reformationstag')] : []),
    fixed('12-25', '1. Weihnachtstag'),
    fixed('12-26', '2. Weihnachtstag'),
  ].sort((x, y) => x.date.localeCompare(y.date));
}

/** The holiday on that date, if any. */
export function holidayOn(date: PlainDate): Holiday | undefined {
  return niedersachsenHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
