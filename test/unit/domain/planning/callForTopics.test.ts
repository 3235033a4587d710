import { inviteDueDate } from '../../../../src/domain/planning';
import {
  callForTopicsDueDate,
  callForTopicsTiming,
  deadlineProblem,
  defaultRepliesDeadline,
  isCallForTopicsWeeks,
} from '../../../../src/domain/planning/callForTopics';

describe('when the call for topics is due', () => {
  it('is the invitation due date minus the team’s weeks', () => {
    // 16 March 2027: the invitation is due on Tuesday 23 February 2027
    expect(inviteDueDate('2027-03-16')).toBe('2027-02-23');
    expect(callForTopicsDueDate('2027-03-16', 3)).toBe('2027-02-02');
    expect(callForTopicsDueDate('2027-03-16', 1)).toBe('2027-02-16');
    expect(callForTopicsDueDate('2027-03-16', 8)).toBe('2026-12-29');
  });

  it('moves back to the previous working day (weekend, holiday)', () => {
    // invitation due Thursday 2027-01-14; six weeks before: Thursday 2026-12-03; five: Thursday 2026-12-10
    // 2027-01-07 (Thu) one week before; New Year 2027-01-01 is a Friday: two weeks before falls on it
    expect(inviteDueDate('2027-02-04')).toBe('2027-01-14');
    expect(callForTopicsDueDate('2027-02-04', 2)).toBe('2026-12-31');
    // a Sunday meeting keeps the rule: due date Friday before, the call a week earlier on a Friday
    expect(callForTopicsDueDate('2027-03-14', 1)).toBe('2027-02-12');
  });

  it('says whether it is early, due or late', () => {
    expect(callForTopicsTiming('2027-03-16', 3, '2027-01-30')).toEqual({
      dueDate: '2027-02-02',
      phase: 'early',
      days: 3,
    });
    expect(callForTopicsTiming('2027-03-16', 3, '2027-02-02')).toEqual({
      dueDate: '2027-02-02',
      phase: 'due',
      days: 0,
    });
    expect(callForTopicsTiming('2027-03-16', 3, '2027-02-05')).toEqual({
      dueDate: '2027-02-02',
      phase: 'late',
      days: 3,
    });
  });

  it('takes 1 to 8 whole weeks only', () => {
    expect([1, 3, 8].every(isCallForTopicsWeeks)).toBe(true);
    expect([0, 9, 2.5, -1, Number.NaN].some(isCallForTopicsWeeks)).toBe(false);
  });
});

describe('the deadline for replies', () => {
  it('is five days before the invitation is due, on a working day', () => {
    // 2027-02-23 − 5 = Thursday 2027-02-18
    expect(defaultRepliesDeadline('2027-03-16', '2026-11-24')).toBe('2027-02-18');
    // invitation due Thursday 2027-01-14 − 5 = Saturday 2027-01-09 → Friday 2027-01-08
    expect(defaultRepliesDeadline('2027-02-04', '2026-11-24')).toBe('2027-01-08');
  });

  it('gives at least three days when the planned deadline is too close, never the meeting day', () => {
    expect(defaultRepliesDeadline('2027-03-16', '2027-02-17')).toBe('2027-02-20');
    expect(defaultRepliesDeadline('2027-03-16', '2027-03-14')).toBe('2027-03-15');
    expect(defaultRepliesDeadline('2027-03-16', '2027-03-16')).toBe('2027-03-16');
  });

  it('may not lie in the past or on or after the meeting day', () => {
    expect(deadlineProblem('2027-02-18', '2027-03-16', '2026-11-24')).toBeUndefined();
    expect(deadlineProblem('2026-11-23', '2027-03-16', '2026-11-24')).toBe('past');
    expect(deadlineProblem('2027-03-16', '2027-03-16', '2026-11-24')).toBe('after-meeting');
    expect(deadlineProblem('2026-11-24', '2027-03-16', '2026-11-24')).toBeUndefined();
  });
});
