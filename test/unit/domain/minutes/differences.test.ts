import { meetingDifferences } from '../../../../src/domain/minutes';
import type { Meeting } from '../../../../src/domain/planning';
import { expenseLine } from '../../../fixtures/expenseLine';
import { heldMeeting } from '../../../fixtures/heldMeeting';

const initiativenId = heldMeeting.agenda[2]!.id;

describe('meetingDifferences', () => {
  it('finds nothing between equal meetings', () => {
    expect(meetingDifferences(heldMeeting, structuredClone(heldMeeting))).toEqual([]);
  });

  it('names each difference in German, with both sides as readable text', () => {
    const theirs: Meeting = {
      ...heldMeeting,
      startTime: '14:30',
      status: 'protokolliert',
      minutes: {
        ...heldMeeting.minutes!,
        notes: { ...heldMeeting.minutes!.notes, [initiativenId]: 'Fahrdienste fehlen.' },
        attendance: heldMeeting.minutes!.attendance.map((e, i) => (i === 0 ? { ...e, present: false } : e)),
      },
      expenses: [expenseLine()],
    };
    const differences = meetingDifferences(heldMeeting, theirs);
    expect(differences.map((d) => d.label)).toEqual([
      'Beginn',
      'Notizen zu TOP 3 „Aktuelles aus den Initiativen“',
      'Anwesenheit',
      'Ausgaben',
      'Status',
    ]);
    expect(differences[0]).toEqual({ label: 'Beginn', mine: '15:00 Uhr', theirs: '14:30 Uhr' });
    expect(differences[1]).toMatchObject({ theirs: 'Fahrdienste fehlen.' });
    expect(differences[2]?.mine.split('\n')[0]).toBe('12 anwesend');
    expect(differences[2]?.theirs.split('\n').slice(0, 2)).toEqual(['11 anwesend', 'Miriam Albers: nicht angekreuzt']);
    expect(differences[3]?.theirs).toBe(
      'Verpflegung – Kaffee und Kekse – 24,90\u00a0€ – bezahlt von M. Albers – Beleg 2026-014\nSumme: 24,90\u00a0€',
    );
  });

  it('compares notes of agenda items only the colleague has, and decisions and actions as lines', () => {
    const extra = { ...heldMeeting.agenda[0]!, id: 'x1', title: 'Sommerfest' };
    const theirs: Meeting = {
      ...heldMeeting,
      agenda: [...heldMeeting.agenda, extra],
      minutes: {
        ...heldMeeting.minutes!,
        notes: { ...heldMeeting.minutes!.notes, x1: 'Im August.' },
        decisions: [],
        actionItems: [...heldMeeting.minutes!.actionItems, { id: 'a2', what: 'Raum buchen', who: 'Jonas' }],
      },
    };
    const differences = meetingDifferences(heldMeeting, theirs);
    expect(differences.map((d) => d.label)).toEqual([
      'Tagesordnung',
      'Notizen zu TOP 7 „Sommerfest“',
      'Beschlüsse',
      'Aufgaben',
    ]);
    expect(differences[2]).toMatchObject({ theirs: '' });
    expect(differences[3]?.theirs).toBe('Checkliste verschicken – Miriam Albers – bis 30.04.2027\nRaum buchen – Jonas');
  });
});
