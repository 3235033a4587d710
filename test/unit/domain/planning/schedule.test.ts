import {
  cadenceDate,
  dateProposals,
  dateWarnings,
  inviteDueDate,
  isWorkingDay,
  previousWorkingDay,
  proposeDates,
} from '../../../../src/domain/planning/schedule';
import { schoolHolidayOn } from '../../../../src/domain/planning/schoolHolidays';

describe('invitation due date (meeting − 21 days, back to the previous working day)', () => {
  it('keeps a working day as it is', () => {
    expect(inviteDueDate('2027-03-16')).toBe('2027-02-23');
  });

  it('moves off Easter Monday past the Easter weekend and Good Friday', () => {
    // 19.04.2027 − 21 days = Easter Monday 29.03.2027 → Sun, Sat, Good Friday → Thursday 25.03.2027
    expect(inviteDueDate('2027-04-19')).toBe('2027-03-25');
  });

  it('moves off a weekend and off Reformationstag', () => {
    expect(inviteDueDate('2026-11-21')).toBe('2026-10-30'); // raw 31.10.2026 (Saturday, Reformationstag)
    expect(inviteDueDate('2026-11-22')).toBe('2026-10-30'); // raw 01.11.2026 (Sunday)
  });

  it('moves off Easter Monday 2028 into the Easter holidays (Good Friday skipped too)', () => {
    // 08.05.2028 − 21 days = Easter Monday 17.04.2028 → Sun, Sat, Good Friday 14.04. → Thursday 13.04.2028
    expect(inviteDueDate('2028-05-08')).toBe('2028-04-13');
    expect(dateWarnings('2028-05-08', '2027-11-24')).toEqual([
      { kind: 'school-holiday', date: '2028-04-13', which: 'due', name: 'Osterferien' },
    ]);
  });

  it('moves off Ascension Day and off Christmas', () => {
    expect(inviteDueDate('2027-05-27')).toBe('2027-05-05'); // raw 06.05.2027, Christi Himmelfahrt
    expect(inviteDueDate('2028-01-16')).toBe('2027-12-24'); // raw 26.12.2027 (Sunday, 2. Weihnachtstag), 25th Sat
    expect(previousWorkingDay('2027-01-01')).toBe('2026-12-31');
  });

  it('knows working days', () => {
    expect(isWorkingDay('2027-03-25')).toBe(true);
    expect(isWorkingDay('2027-03-26')).toBe(false);
    expect(isWorkingDay('2027-03-27')).toBe(false);
  });
});

describe('date warnings', () => {
  const today = '2026-08-20';

  it('warns when the due date falls in the autumn holidays', () => {
    // meeting Tuesday 03.11.2026 → due Tuesday 13.10.2026, in the Herbstferien (12.–24.10.2026)
    expect(dateWarnings('2026-11-03', today)).toEqual([
      { kind: 'school-holiday', date: '2026-10-13', which: 'due', name: 'Herbstferien' },
    ]);
  });

  it('warns about a meeting on a holiday, at a weekend and in school holidays', () => {
    expect(dateWarnings('2027-03-29', today).map((w) => w.kind)).toEqual(['holiday', 'school-holiday']);
    expect(dateWarnings('2027-01-09', today).map((w) => w.kind)).toEqual(['weekend', 'school-holiday']);
  });

  it('says how many days late an invitation is', () => {
    expect(dateWarnings('2026-12-08', '2026-11-24')).toContainEqual({
      kind: 'due-passed',
      date: '2026-11-17',
      which: 'due',
      daysLate: 7,
    });
  });

  it('says when it cannot check school holidays', () => {
    expect(schoolHolidayOn('2029-10-16')).toBe('unknown');
    // one warning for both dates (due 25.09.2029 is unknown as well)
    expect(dateWarnings('2029-10-16', today)).toEqual([
      { kind: 'no-school-data', date: '2029-10-16', which: 'meeting' },
    ]);
    // due 21.08.2029 is still covered: the summer holidays show although the meeting date is not
    expect(dateWarnings('2029-09-11', today).map((w) => `${w.kind} ${w.which}`)).toEqual([
      'no-school-data meeting',
      'school-holiday due',
    ]);
  });

  it('says so for the due date alone when only the meeting date is covered', () => {
    // due 11.08.2025 lies before the data starts (it was in the 2025 summer holidays, which are not listed)
    expect(dateWarnings('2025-09-01', '2025-06-01')).toEqual([
      { kind: 'no-school-data', date: '2025-08-11', which: 'due' },
    ]);
  });

  it('warns when the due date falls in the autumn holidays of the next school year too', () => {
    // meeting Tuesday 09.11.2027 → due Tuesday 19.10.2027, in the Herbstferien (16.–30.10.2027)
    expect(dateWarnings('2027-11-09', '2026-11-24')).toEqual([
      { kind: 'school-holiday', date: '2027-10-19', which: 'due', name: 'Herbstferien' },
    ]);
  });

  it('warns about a meeting date in the past', () => {
    expect(dateWarnings('2026-11-17', '2026-11-24').map((w) => w.kind)).toEqual(['in-past']);
  });
});

describe('date proposals on the quarterly cadence', () => {
  it('keeps the weekday of the last meeting, on the nearest such day three months later', () => {
    expect(cadenceDate({ lastMeetingDate: '2026-12-15', today: '2026-11-24' })).toBe('2027-03-16');
    // 16.06.2027 is a Wednesday: Tuesday 15.06. is nearer than Tuesday 22.06.
    expect(cadenceDate({ lastMeetingDate: '2027-03-16', today: '2026-11-24' })).toBe('2027-06-15');
    expect(cadenceDate({ today: '2026-11-24' })).toBe('2027-01-05');
  });

  it('gives each proposal its due date, its distance from the cadence and its warnings', () => {
    expect(dateProposals({ lastMeetingDate: '2026-09-15', today: '2026-11-24' })).toEqual([
      { date: '2026-12-15', dueDate: '2026-11-24', weeksFromCadence: 0, warnings: [] },
      // a week earlier (08.12.) would need the invitation on 17.11., already past
      { date: '2026-12-22', dueDate: '2026-12-01', weeksFromCadence: 1, warnings: [] },
      // 29.12. and 05.01. are in the Christmas holidays; 19.01. would need the invitation in them
      { date: '2027-01-12', dueDate: '2026-12-22', weeksFromCadence: 4, warnings: [] },
    ]);
  });

  it('offers a week earlier and a week later when they fall well', () => {
    const proposals = dateProposals({ lastMeetingDate: '2027-08-31', today: '2027-06-01' });
    expect(proposals.map((p) => [p.date, p.weeksFromCadence])).toEqual([
      ['2027-11-30', 0],
      ['2027-11-23', -1],
      ['2027-12-07', 1],
    ]);
  });

  it('keeps the fixed date first, with what speaks against it', () => {
    const [fixed, next] = dateProposals({
      lastMeetingDate: '2026-12-15',
      fixedNextDate: '2027-03-29',
      today: '2026-11-24',
    });
    expect(fixed).toEqual({
      date: '2027-03-29',
      dueDate: '2027-03-08',
      weeksFromCadence: null,
      warnings: [
        { kind: 'holiday', date: '2027-03-29', which: 'meeting', name: 'Ostermontag' },
        { kind: 'school-holiday', date: '2027-03-29', which: 'meeting', name: 'Osterferien' },
      ],
    });
    expect(next?.date).toBe('2027-03-16');
  });

  it('proposes dates where it cannot check school holidays, with that warning', () => {
    const [first] = dateProposals({ lastMeetingDate: '2029-08-28', today: '2029-06-01', count: 1 });
    expect(first).toMatchObject({ date: '2029-11-27', weeksFromCadence: 0 });
    expect(first?.warnings.map((w) => w.kind)).toEqual(['no-school-data']);
  });

  it('proposes the same weekday three months after the last meeting, skipping bad dates', () => {
    const dates = proposeDates({ lastMeetingDate: '2026-09-15', today: '2026-11-24' });
    expect(dates[0]).toBe('2026-12-15');
    for (const d of dates) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(2);
    for (const d of dates) expect(dateWarnings(d, '2026-11-24').filter((w) => w.kind !== 'no-school-data')).toEqual([]);
  });

  it('avoids the Easter holidays', () => {
    const dates = proposeDates({ lastMeetingDate: '2026-12-22', today: '2026-11-24' });
    expect(dates).not.toContain('2027-03-23');
    expect(dates[0]).toBe('2027-03-16');
  });

  it('puts the date fixed at the last meeting first', () => {
    expect(proposeDates({ lastMeetingDate: '2026-09-15', fixedNextDate: '2026-12-09', today: '2026-11-24' })[0]).toBe(
      '2026-12-09',
    );
  });
});
