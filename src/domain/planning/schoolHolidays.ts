import type { PlainDate } from './plainDate';

/**
 * School holidays in Niedersachsen (first and last day off), from the Niedersächsisches
 * Kultusministerium's "Ferienordnung für die Schuljahre 2024/2025 bis 2029/2030"
 * (mk.niedersachsen.de). Only periods we could confirm in two published copies are listed; dates after
 * `COVERED_UNTIL` are reported as unknown rather than guessed. Extend the table from the Ferienordnung
 * when a new school year is published here.
 */
export interface SchoolHoliday {
  name: string;
  from: PlainDate;
  to: PlainDate;
}

export const SCHOOL_HOLIDAYS: readonly SchoolHoliday[] = [
  { name: 'Herbstferien', from: '2025-10-13', to: '2025-10-25' },
  { name: 'Weihnachtsferien', from: '2025-12-22', to: '2026-01-05' },
  { name: 'Halbjahresferien', from: '2026-02-02', to: '2026-02-03' },
  { name: 'Osterferien', from: '2026-03-23', to: '2026-04-07' },
  { name: 'Brückentag nach Himmelfahrt', from: '2026-05-15', to: '2026-05-15' },
  { name: 'Pfingstferien', from: '2026-05-26', to: '2026-05-26' },
  { name: 'Sommerferien', from: '2026-07-02', to: '2026-08-12' },
  { name: 'Herbstferien', from: '2026-10-12', to: '2026-10-24' },
  { name: 'Weihnachtsferien', from: '2026-12-23', to: '2027-01-09' },
  { name: 'Halbjahresferien', from: '2027-02-01', to: '2027-02-02' },
  { name: 'Osterferien', from: '2027-03-22', to: '2027-04-03' },
  { name: 'Brückentag nach Himmelfahrt', from: '2027-05-07', to: '2027-05-07' },
  { name: 'Pfingstferien', from: '2027-05-18', to: '2027-05-18' },
  { name: 'Sommerferien', from: '2027-07-08', to: '2027-08-18' },
  { name: 'Herbstferien', from: '2027-10-16', to: '2027-10-30' },
];

export const COVERED_FROM: PlainDate = '2025-08-01';
export const COVERED_UNTIL: PlainDate = '2027-10-30';

/** The school holiday on that date; `null` on a school day; `'unknown'` outside the data we have. */
export function schoolHolidayOn(date: PlainDate): SchoolHoliday | null | 'unknown' {
  if (date < COVERED_FROM || date > COVERED_UNTIL) return 'unknown';
  return SCHOOL_HOLIDAYS.find((h) => h.from <= date && date <= h.to) ?? null;
}
