import {
  findNeed,
  markDone,
  meetingLabel,
  mentionOfLine,
  mergeMention,
  type Need,
  needKey,
  newNeed,
  noteLines,
  openNeeds,
  takenUpNeeds,
  takeUp,
  undoDone,
} from '../../../src/domain/needs';

const need = (over: Partial<Need> = {}): Need => ({
  id: '1',
  title: 'Schulung zu Behördenbriefen',
  firstRaised: '24.02.2026',
  initiatives: 1,
  mentions: 1,
  status: 'offen',
  note: '',
  raisedBy: ['Tafel Einbeck'],
  ...over,
});

describe('needs register', () => {
  it('matches titles without regard to case and spaces', () => {
    expect(needKey('  Schulung   zu BEHÖRDENBRIEFEN ')).toBe('schulung zu behördenbriefen');
    expect(findNeed([need()], 'schulung zu  behördenbriefen')?.id).toBe('1');
    expect(findNeed([need()], 'Schulung zu Behördenbriefen bitte')).toBeUndefined();
    expect(findNeed([need()], '   ')).toBeUndefined();
  });

  it('counts another initiative once, and every mention', () => {
    const again = mergeMention(need(), { title: 'x', raisedBy: 'Café International' });
    expect(again).toMatchObject({ mentions: 2, initiatives: 2, raisedBy: ['Tafel Einbeck', 'Café International'] });
    const same = mergeMention(again, { title: 'x', raisedBy: ' tafel einbeck ' });
    expect(same).toMatchObject({ mentions: 3, initiatives: 2 });
    const unnamed = mergeMention(same, { title: 'x' });
    expect(unnamed).toMatchObject({ mentions: 4, initiatives: 2 });
  });

  it('opens a need marked done when it is raised again; one taken up stays taken up', () => {
    expect(mergeMention(need({ status: 'erledigt' }), { title: 'x' }).status).toBe('offen');
    expect(mergeMention(need({ status: 'aufgegriffen' }), { title: 'x' }).status).toBe('aufgegriffen');
  });

  it('makes a new need with the meeting as first raised', () => {
    expect(newNeed({ title: ' Fahrdienste  gesucht ', raisedBy: 'Tafel Uslar', meetingDate: '2027-03-16' })).toEqual({
      title: 'Fahrdienste gesucht',
      firstRaised: '16.03.2027',
      initiatives: 1,
      mentions: 1,
      status: 'offen',
      note: '',
      raisedBy: ['Tafel Uslar'],
    });
    expect(newNeed({ title: 'x' })).toMatchObject({ firstRaised: '', raisedBy: [] });
  });

  it('offers the open needs, most initiatives first', () => {
    const list = [
      need({ id: 'a', title: 'B', initiatives: 1, mentions: 5 }),
      need({ id: 'b', title: 'A', initiatives: 3 }),
      need({ id: 'c', status: 'aufgegriffen', initiatives: 9 }),
      need({ id: 'd', title: 'C', initiatives: 1, mentions: 5 }),
    ];
    expect(openNeeds(list).map((n) => n.id)).toEqual(['b', 'a', 'd']);
  });

  it('takes a need up in a meeting', () => {
    expect(takeUp(need(), '2027-05-11')).toMatchObject({ status: 'aufgegriffen', takenUpIn: '11.05.2027' });
    expect(meetingLabel('irgendwann')).toBe('irgendwann');
  });

  it('lists the needs taken up and not done, by title; marked done, a need leaves them and opens again when raised', () => {
    const list = [
      need({ id: 'a', title: 'Übersetzungen', status: 'aufgegriffen', takenUpIn: '16.03.2027' }),
      need({ id: 'b', title: 'Räume', status: 'aufgegriffen' }),
      need({ id: 'c', title: 'Fahrdienste' }),
      need({ id: 'd', title: 'Dolmetscher', status: 'erledigt' }),
    ];
    expect(takenUpNeeds(list).map((n) => n.id)).toEqual(['b', 'a']);
    const done = markDone(list[0]!);
    expect(done).toEqual({ ...list[0], status: 'erledigt' });
    expect(takenUpNeeds([done])).toEqual([]);
    expect(openNeeds([done])).toEqual([]);
    expect(mergeMention(done, { title: 'Übersetzungen' }).status).toBe('offen');
  });

  it('takes "done" back to what the need was, keeping what changed meanwhile', () => {
    const takenUp = need({ status: 'aufgegriffen', takenUpIn: '16.03.2027' });
    const meanwhile = { ...markDone(takenUp), mentions: 3, note: 'von nebenan' };
    expect(undoDone(meanwhile, takenUp)).toEqual({ ...meanwhile, status: 'aufgegriffen' });
    expect(takenUpNeeds([undoDone(meanwhile, takenUp)])).toHaveLength(1);
    const open = need();
    expect(undoDone(markDone(open), open)).toEqual(open);
  });

  it('reads the lines of a note and the initiative before a colon', () => {
    expect(noteLines('- Tafel Uslar: Fahrer gesucht\n\n• Einbeck sucht Sprachpaten\n2. Dritte Zeile')).toEqual([
      'Tafel Uslar: Fahrer gesucht',
      'Einbeck sucht Sprachpaten',
      'Dritte Zeile',
    ]);
    expect(mentionOfLine('Tafel Uslar: Fahrer gesucht', '2027-03-16')).toEqual({
      title: 'Fahrer gesucht',
      raisedBy: 'Tafel Uslar',
      meetingDate: '2027-03-16',
    });
    expect(mentionOfLine('Einbeck sucht Sprachpaten')).toEqual({ title: 'Einbeck sucht Sprachpaten' });
    expect(mentionOfLine('Hinweis:')).toEqual({ title: 'Hinweis:' });
    expect(mentionOfLine(`${'x'.repeat(61)}: y`).raisedBy).toBeUndefined();
  });
});
