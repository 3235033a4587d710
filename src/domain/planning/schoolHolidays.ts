import type { PlainDate } from './plainDate';

/**
 * School holidays in Niedersachsen (first and last day off, Saturdays included as published), from the
 * Niedersächsisches Kultusministerium's "Ferienordnung für die Schuljahre 2024/2025 bis 2029/2030"
 * (mk.niedersachsen.de, published November 2022; the summer dates follow the KMK Sommerferienregelung
 * 2025–2030). The official PDF itself was not reachable from here; every period below was checked
 * against two independent published copies of it that agree day for day: the table "Ferien in
 * Niedersachsen: die Termine" on ab-in-den-urlaub.de (2024–2030) and a public Niedersachsen school
 * calendar data file on GitHub (2024–2030); October 2025 to January 2027 also against ker-wtm.de
 * ("Ferientermine in Niedersachsen", Stand Oktober 2025).
 * Plausibility check against the Ferienordnung's own rules: summer holidays run Thursday to Wednesday over
 * 36 working days, and each school year has about 75 working days (Mon–Sat) off.
 * Outside `COVERED_FROM`…`COVERED_UNTIL` the answer is 'unknown', never a guess. When the ministry
 * publishes the next Ferienordnung, extend the table and move `COVERED_UNTIL`.
 * Not covered: the East Frisian islands and a few special schools, which have their own dates.
 */
export interface SchoolHoliday {
  name: string;
  from: PlainDate;
  to: PlainDate;
}

export const SCHOOL_HOLIDAYS_SOURCE =
  'Niedersächsisches Kultusministerium, Ferienordnung für die Schuljahre 2024/2025 bis 2029/2030';

const HIMMELFAHRT_BRIDGE = 'Brückentag nach Himmelfahrt';

export const SCHOOL_HOLIDAYS: readonly SchoolHoliday[] = [
  // 2025/26
  { name: 'Herbstferien', from: '2025-10-13', to: '2025-10-25' },
  { name: 'Weihnachtsferien', from: '2025-12-22', to: '2026-01-05' },
  { name: 'Halbjahresferien', from: '2026-02-02', to: '2026-02-03' },
  { name: 'Osterferien', from: '2026-03-23', to: '2026-04-07' },
  { name: HIMMELFAHRT_BRIDGE, from: '2026-05-15', to: '2026-05-15' },
  { name: 'Pfingstferien', from: '2026-05-26', to: '2026-05-26' },
  { name: 'Sommerferien', from: '2026-07-02', to: '2026-08-12' },
  // 2026/27
  { name: 'Herbstferien', from: '2026-10-12', to: '2026-10-24' },
  { name: 'Weihnachtsferien', from: '2026-12-23', to: '2027-01-09' },
  { name: 'Halbjahresferien', from: '2027-02-01', to: '2027-02-02' },
  { name: 'Osterferien', from: '2027-03-22', to: '2027-04-03' },
  { name: HIMMELFAHRT_BRIDGE, from: '2027-05-07', to: '2027-05-07' },
  { name: 'Pfingstferien', from: '2027-05-18', to: '2027-05-18' },
  { name: 'Sommerferien', from: '2027-07-08', to: '2027-08-18' },
  // 2027/28
  { name: 'Herbstferien', from: '2027-10-16', to: '2027-10-30' },
  { name: 'Weihnachtsferien', from: '2027-12-23', to: '2028-01-08' },
  { name: 'Halbjahresferien', from: '2028-01-31', to: '2028-02-01' },
  { name: 'Osterferien', from: '2028-04-10', to: '2028-04-22' },
  { name: HIMMELFAHRT_BRIDGE, from: '2028-05-26', to: '2028-05-26' },
  { name: 'Pfingstferien', from: '2028-06-06', to: '2028-06-06' },
  { name: 'Sommerferien', from: '2028-07-20', to: '2028-08-30' },
  // 2028/29
  { name: 'Brückentag vor dem Tag der Deutschen Einheit', from: '2028-10-02', to: '2028-10-02' },
  { name: 'Herbstferien', from: '2028-10-23', to: '2028-11-04' },
  { name: 'Weihnachtsferien', from: '2028-12-27', to: '2029-01-06' },
  { name: 'Halbjahresferien', from: '2029-02-01', to: '2029-02-02' },
  { name: 'Osterferien', from: '2029-03-19', to: '2029-04-03' },
  { name: 'Brückentag vor dem 1. Mai', from: '2029-04-30', to: '2029-04-30' },
  { name: HIMMELFAHRT_BRIDGE, from: '2029-05-11', to: '2029-05-11' },
  { name: 'Pfingstferien', from: '2029-05-22', to: '2029-05-22' },
  { name: 'Sommerferien', from: '2029-07-19', to: '2029-08-29' },
];

/** First day of school year 2025/26 after the 2025 summer holidays. */
export const COVERED_FROM: PlainDate = '2025-08-14';
/** Last day of the 2029 summer holidays, the end of school year 2028/29. */
export const COVERED_UNTIL: PlainDate = '2029-08-29';

export function hasSchoolHolidayData(date: PlainDate): boolean {
  return COVERED_FROM <= date && date <= COVERED_UNTIL;
}

/** The school holiday on that date; `null` on a school day; `'unknown'` outside the data we have. */
export function schoolHolidayOn(date: PlainDate): SchoolHoliday | null | 'unknown' {
  if (!hasSchoolHolidayData(date)) return 'unknown';
  return SCHOOL_HOLIDAYS.find((h) => h.from <= date && date <= h.to) ?? null;
}

/** The school holidays that touch the days from `from` to `to` (inclusive), in order. */
export function schoolHolidaysBetween(from: PlainDate, to: PlainDate): SchoolHoliday[] {
  return SCHOOL_HOLIDAYS.filter((h) => h.from <= to && from <= h.to);
}
