import { minutesProblems, nextMeetingDateProblem } from '../../../../src/domain/minutes';
import type { Meeting } from '../../../../src/domain/planning';
import { heldMeeting } from '../../../fixtures/heldMeeting';

const withMinutes = (patch: Partial<NonNullable<Meeting['minutes']>>): Meeting => ({
  ...heldMeeting,
  minutes: { ...heldMeeting.minutes!, ...patch },
});

describe('minutesProblems', () => {
  it('finds nothing in good minutes, or without minutes', () => {
    expect(minutesProblems(heldMeeting)).toEqual([]);
    expect(minutesProblems({ ...heldMeeting, minutes: undefined })).toEqual([]);
  });

  it('asks what is to be done when an action item has no text', () => {
    const problems = minutesProblems(withMinutes({ actionItems: [{ id: 'a1', what: '  ', who: 'Miriam' }] }));
    expect(problems).toEqual([
      {
        field: 'action-what',
        id: 'a1',
        message: 'Bitte eintragen, was zu tun ist (z. B. „Checkliste verschicken“), oder die Aufgabe löschen.',
      },
    ]);
  });

  it('refuses a due date before the meeting and a date that is none', () => {
    const problems = minutesProblems(
      withMinutes({
        actionItems: [
          { id: 'a1', what: 'x', who: '', due: '2027-03-15' },
          { id: 'a2', what: 'y', who: '', due: '2027-02-30' },
          { id: 'a3', what: 'z', who: '', due: '2027-03-16' },
        ],
      }),
    );
    expect(problems.map((p) => [p.field, p.id])).toEqual([
      ['action-due', 'a1'],
      ['action-due', 'a2'],
    ]);
    expect(problems[0]?.message).toBe(
      'Die Frist liegt vor dem Treffen (16.03.2027). Bitte ein Datum ab dem Tag des Treffens wählen oder die Frist leer lassen.',
    );
    expect(problems[1]?.message).toBe('„2027-02-30“ ist kein gültiges Datum. Bitte ein Datum wie 30.04.2027 wählen.');
  });

  it('wants the next meeting after this one, names for walk-ins and text for decisions', () => {
    const problems = minutesProblems(
      withMinutes({
        nextMeetingDate: '2027-03-16',
        decisions: [{ id: 'd1', text: '' }],
        attendance: [{ id: 'w1', name: ' ', initiative: 'Café', present: true, source: 'walk-in' }],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['decision', 'walk-in-name', 'next-meeting']);
    expect(problems[2]?.message).toBe(
      'Das nächste Treffen muss nach diesem Treffen (16.03.2027) liegen. Bitte ein späteres Datum wählen.',
    );
    expect(nextMeetingDateProblem(heldMeeting, '2027-03-17')).toBeUndefined();
  });
});
