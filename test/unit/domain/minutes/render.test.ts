import {
  actionLine,
  actionLines,
  costNoteLines,
  decisionLines,
  minutesHtml,
  textFromHtml,
} from '../../../../src/domain/minutes';
import type { Meeting } from '../../../../src/domain/planning';
import { heldMeeting } from '../../../fixtures/heldMeeting';

describe('minutesHtml', () => {
  const html = minutesHtml(heldMeeting, { names: false });

  it('has a heading per agenda item with its notes as paragraphs, skipping an empty coffee break', () => {
    expect(html).toContain(
      '<h3>TOP 1: Begrüßung und Vorstellungsrunde</h3><p>Vorstellungsrunde mit zwei neuen Initiativen.</p>',
    );
    expect(html).toContain(
      '<h3>TOP 2: Aktuelles aus dem Landkreis</h3><p>Sprachkurse in Uslar starten im April.<br>Freie Plätze in Dassel.</p><p>Zahlen: leicht gesunken.</p>',
    );
    expect(html).not.toContain('Kaffeepause');
    expect(html).toContain('<h3>TOP 6: Termine und nächstes Treffen</h3><p>Keine Notizen.</p>');
  });

  it('escapes what people typed', () => {
    expect(html).toContain('Fahrdienste zu Terminen &lt;in Göttingen&gt;.');
    const evil: Meeting = {
      ...heldMeeting,
      agenda: heldMeeting.agenda.map((item, i) =>
        i === 0 ? { ...item, title: '<img src=x onerror=alert(1)>' } : item,
      ),
    };
    expect(minutesHtml(evil, { names: true })).not.toMatch(/<img/);
  });

  it('lists decisions and action items with the due date the German way, then the count and the next date', () => {
    expect(html).toContain(
      '<h3>Beschlüsse</h3><ul><li>Die Checkliste des Jobcenters wird über den Verteiler geteilt.</li></ul>',
    );
    expect(html).toContain(
      '<h3>Aufgaben</h3><ul><li>Checkliste verschicken – Miriam Albers – bis 30.04.2027</li></ul>',
    );
    expect(html).toContain('<h3>Teilnehmende</h3><p>12 anwesend.</p>');
    expect(html).toContain('<p><strong>Nächstes Treffen:</strong> Dienstag, 15. Juni 2027</p>');
  });

  it('names those present only where the settings allow it', () => {
    expect(html).not.toContain('Petra Lindner');
    const named = minutesHtml(heldMeeting, { names: true });
    expect(named).toContain('<li>Petra Lindner (Café International)</li>');
    expect(named).toContain('<li>Miriam Albers</li>');
  });

  it('says plainly when there are no decisions or actions', () => {
    const bare: Meeting = { ...heldMeeting, minutes: { notes: {}, decisions: [], actionItems: [], attendance: [] } };
    const text = textFromHtml(minutesHtml(bare, { names: true }));
    expect(text).toContain('Beschlüsse\nKeine Beschlüsse.');
    expect(text).toContain('Aufgaben\nKeine Aufgaben.');
    expect(text).toContain('Teilnehmende\n0 anwesend.');
  });
});

describe('plain lines for the list', () => {
  it('gives one line per decision and per action item, leaving out empty ones', () => {
    const meeting: Meeting = {
      ...heldMeeting,
      minutes: {
        ...heldMeeting.minutes!,
        decisions: [...heldMeeting.minutes!.decisions, { id: 'd2', text: '  ' }],
        actionItems: [...heldMeeting.minutes!.actionItems, { id: 'a2', what: ' ', who: 'x' }],
      },
    };
    expect(decisionLines(meeting)).toEqual(['Die Checkliste des Jobcenters wird über den Verteiler geteilt.']);
    expect(actionLines(meeting)).toEqual(['Checkliste verschicken – Miriam Albers – bis 30.04.2027']);
    expect(actionLine({ id: 'a', what: 'Raum buchen', who: '' })).toBe('Raum buchen');
  });

  it('writes the cost notes with total, share per participant and the budget', () => {
    const lines = heldMeeting.expenses!;
    expect(costNoteLines(lines, { participants: 12, budgetCents: 5000 })).toEqual([
      'Verpflegung – Kaffee und Kekse – 24,90\u00a0€ – bezahlt von M. Albers – Beleg 2026-014',
      'Getränke – Kaffee, Tee, Wasser – 13,60\u00a0€ – bezahlt von M. Albers – Beleg 2026-014',
      'Raum – Spende an das Café – 30,00\u00a0€ – Beleg 2026-014',
      'Summe: 68,50\u00a0€',
      'Je anwesende Person: 5,71\u00a0€ (12 Teilnehmende)',
      'Budget je Treffen: 50,00\u00a0€ – überschritten um 18,50\u00a0€',
    ]);
    expect(costNoteLines(lines, { participants: 0, budgetCents: 15000 }).slice(3)).toEqual([
      'Summe: 68,50\u00a0€',
      'Budget je Treffen: 150,00\u00a0€ – eingehalten',
    ]);
    expect(costNoteLines([], { participants: 3 })).toEqual([
      'Summe: 0,00\u00a0€',
      'Je anwesende Person: 0,00\u00a0€ (3 Teilnehmende)',
    ]);
  });
});
