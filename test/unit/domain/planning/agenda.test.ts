import {
  addItem,
  applySpeaker,
  editItem,
  moveDown,
  moveItem,
  moveItemTo,
  moveUp,
  newItem,
  removeItem,
  standardAgenda,
  updateItem,
  validateItem,
} from '../../../../src/domain/planning/agenda';
import type { Meeting } from '../../../../src/domain/planning/meetingTypes';
import { timePlan } from '../../../../src/domain/planning/timePlan';

const ids = () => {
  let n = 0;
  return () => `i${++n}`;
};

describe('the standard agenda', () => {
  const agenda = standardAgenda(ids());

  it("follows the county's description and fills three hours with a coffee break", () => {
    expect(agenda.map((i) => i.title)).toEqual([
      'Begrüßung und Vorstellungsrunde',
      'Aktuelles aus dem Landkreis',
      'Aktuelles aus den Initiativen',
      'Kaffeepause',
      'Input von dritter Seite',
      'Termine und nächstes Treffen',
    ]);
    expect(agenda.reduce((s, i) => s + i.minutes, 0)).toBe(180);
    expect(agenda[1]?.subItems).toEqual([
      'Sprachkurse in den Kommunen',
      'Zahlen Neuzugewanderter',
      'Fördermöglichkeiten',
    ]);
    expect(agenda[2]?.note).toContain('keine Einzelfälle');
  });

  it('adds before the closing item, removes, reorders and edits', () => {
    const extra = { ...newItem(() => 'x'), title: 'Ehrenamtsversicherung', minutes: 10 };
    let next = addItem(agenda, extra);
    expect(next.map((i) => i.id).slice(-2)).toEqual(['x', 'i6']);
    next = moveItem(next, 'x', -1);
    expect(next[4]?.id).toBe('x');
    expect(moveItem(next, 'i1', -1)).toBe(next);
    next = updateItem(next, 'x', { kind: 'beschluss', presenter: 'AG Wohnen' });
    expect(next.find((i) => i.id === 'x')).toMatchObject({ kind: 'beschluss', presenter: 'AG Wohnen' });
    expect(removeItem(next, 'x')).toHaveLength(6);
  });

  it('moves an item from one place to another, and up or down by one', () => {
    const order = (a: typeof agenda) => a.map((i) => i.id).join(' ');
    expect(order(moveItemTo(agenda, 4, 1))).toBe('i1 i5 i2 i3 i4 i6');
    expect(order(moveItemTo(agenda, 0, 5))).toBe('i2 i3 i4 i5 i6 i1');
    expect(moveItemTo(agenda, 2, 6)).toBe(agenda);
    expect(moveItemTo(agenda, -1, 0)).toBe(agenda);
    expect(order(moveUp(agenda, 'i3'))).toBe('i1 i3 i2 i4 i5 i6');
    expect(order(moveDown(agenda, 'i3'))).toBe('i1 i2 i4 i3 i5 i6');
    expect(moveDown(agenda, 'i6')).toBe(agenda);
    expect(moveUp(agenda, 'unknown')).toBe(agenda);
    expect(order(agenda)).toBe('i1 i2 i3 i4 i5 i6');
  });

  it('edits an item only when the result is valid', () => {
    const edited = editItem(agenda, 'i2', { minutes: 25, subItems: ['Sprachkurse in den Kommunen'] });
    expect(edited.ok && edited.agenda[1]).toMatchObject({ minutes: 25, subItems: ['Sprachkurse in den Kommunen'] });
    expect(editItem(agenda, 'i2', { title: '  ' })).toEqual({
      ok: false,
      reason: 'invalid',
      problems: { title: 'Bitte einen Titel für den Tagesordnungspunkt eingeben.' },
    });
    for (const minutes of [0, 181, 12.5, Number.NaN]) {
      expect(editItem(agenda, 'i2', { minutes })).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(editItem(agenda, 'i2', { minutes: 180 }).ok).toBe(true);
    expect(editItem(agenda, 'nope', { minutes: 10 })).toEqual({ ok: false, reason: 'not-found' });
  });

  it('explains what is wrong with an item, in German', () => {
    expect(validateItem({ title: ' ', minutes: 0 })).toEqual({
      title: 'Bitte einen Titel für den Tagesordnungspunkt eingeben.',
      minutes: 'Bitte eine Dauer zwischen 1 und 180 Minuten eingeben.',
    });
    expect(validateItem({ title: 'Begrüßung', minutes: 20 })).toEqual({});
  });

  it('puts the speaker on the external input item', () => {
    const meeting = { agenda, speaker: { name: '', organisation: '', topic: '' } } as unknown as Meeting;
    const next = applySpeaker(meeting, { name: 'Dr. Lena Hoffmann', organisation: 'Jobcenter', topic: 'Bürgergeld' });
    expect(next.agenda[4]).toMatchObject({ presenter: 'Dr. Lena Hoffmann, Jobcenter', note: 'Bürgergeld' });
  });
});

describe('the time plan', () => {
  it('gives clock times from the start and says when the plan fits', () => {
    const plan = timePlan('15:00', standardAgenda(ids()));
    expect(plan.rows.map((r) => `${r.start}-${r.end}`)).toEqual([
      '15:00-15:20',
      '15:20-15:50',
      '15:50-16:35',
      '16:35-16:55',
      '16:55-17:40',
      '17:40-18:00',
    ]);
    expect(plan).toMatchObject({ plannedMinutes: 180, differenceMinutes: 0, state: 'passt', end: '18:00' });
  });

  it('says plainly when the plan is too long or too short', () => {
    const agenda = standardAgenda(ids());
    expect(timePlan('15:00', updateItem(agenda, 'i1', { minutes: 35 }))).toMatchObject({
      state: 'zu lang',
      differenceMinutes: 15,
    });
    expect(timePlan('15:00', removeItem(agenda, 'i4'))).toMatchObject({ state: 'zu kurz', differenceMinutes: -20 });
  });

  it('measures against another slot length when the meeting has one', () => {
    expect(timePlan('09:30', standardAgenda(ids()), 150)).toMatchObject({
      end: '12:30',
      slotMinutes: 150,
      differenceMinutes: 30,
      state: 'zu lang',
    });
    expect(timePlan('15:00', [])).toMatchObject({ rows: [], end: '15:00', plannedMinutes: 0, state: 'zu kurz' });
  });
});
