import { dateWarnings, inviteDueDate, isWorkingDay, proposeDates } from '../../../../src/domain/planning/schedule';
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
    expect(schoolHolidayOn('2028-03-01')).toBe('unknown');
    expect(dateWarnings('2028-03-01', today)).toContainEqual({
      kind: 'no-school-data',
      date: '2028-03-01',
      which: 'meeting',
    });
  });
});

describe('date proposals on the quarterly cadence', () => {
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
