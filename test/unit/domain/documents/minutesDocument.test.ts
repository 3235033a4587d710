import { buildMinutesDocument } from '../../../../src/domain/documents/minutesDocument';
import { formatEuro } from '../../../../src/domain/money';
import { withoutPersonalData } from '../../../../src/domain/personalData';
import type { Meeting } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { heldMeeting } from '../../../fixtures/heldMeeting';
import { blocksOf, modelText } from './modelText';

const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');
const named = { ...settings, namesInMinutes: true };

describe('buildMinutesDocument', () => {
  const model = buildMinutesDocument(heldMeeting, settings);
  const text = modelText(model);
  const headings = blocksOf(model, 'heading').map((h) => h.text);
  const tables = blocksOf(model, 'table');

  it('has a heading per agenda item, in order, with its notes a paragraph per line; an empty coffee break left out', () => {
    expect(headings).toEqual([
      'Protokoll',
      'TOP 1: Begrüßung und Vorstellungsrunde',
      'TOP 2: Aktuelles aus dem Landkreis',
      'TOP 3: Aktuelles aus den Initiativen',
      'TOP 5: Input von dritter Seite',
      'TOP 6: Termine und nächstes Treffen',
      'Beschlüsse',
      'Aufgaben',
      'Teilnehmende',
      'Kosten',
      'Nächstes Treffen',
    ]);
    const afterTop2 = model.blocks.slice(
      model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('TOP 2')),
    );
    expect(afterTop2.slice(1, 4)).toEqual([
      { kind: 'paragraph', text: 'Sprachkurse in Uslar starten im April.' },
      { kind: 'paragraph', text: 'Freie Plätze in Dassel.' },
      { kind: 'paragraph', text: 'Zahlen: leicht gesunken.' },
    ]);
    expect(text).toContain('TOP 6: Termine und nächstes Treffen\nKeine Notizen.');
    expect(text).toContain('Mehrere Initiativen suchen Fahrdienste zu Terminen <in Göttingen>.');
  });

  it('lists the decisions and puts the action items in a table: what, who, by when', () => {
    expect(blocksOf(model, 'list')[0]?.items).toEqual([
      'Die Checkliste des Jobcenters wird über den Verteiler geteilt.',
    ]);
    const actions = tables.find((t) => t.caption === 'Aufgaben');
    expect(actions?.columns.map((c) => c.header)).toEqual(['Was', 'Wer', 'Bis wann']);
    expect(actions?.rows).toEqual([['Checkliste verschicken', 'Miriam Albers', '30.04.2027']]);
  });

  it('counts those present always, names them only where the settings allow, and names the speaker', () => {
    expect(text).toContain('Teilnehmende\n12 anwesend.');
    expect(text).not.toContain('Petra Lindner');
    expect(text).toContain('Input von dritter Seite: Dr. Lena Hoffmann (Jobcenter): Bürgergeld <und> Ehrenamt');
    const withNames = modelText(buildMinutesDocument(heldMeeting, named));
    expect(withNames).toContain('Petra Lindner (Café International)');
    expect(withNames).toContain('Karsten Hübner');
  });

  it('lists no placeholders where the personal data was removed', () => {
    const purged = modelText(buildMinutesDocument(withoutPersonalData(heldMeeting), named));
    expect(purged).toContain('12 anwesend.');
    expect(purged).not.toMatch(/Person \d+/);
  });

  it('puts the costs in a table with their sum and the share per person, without who paid', () => {
    const costs = tables.find((t) => t.caption === 'Kosten');
    expect(costs?.columns.map((c) => c.header)).toEqual(['Kategorie', 'Beschreibung', 'Beleg', 'Betrag']);
    expect(costs?.rows).toEqual([
      ['Verpflegung', 'Kaffee und Kekse', '2026-014', formatEuro(2490)],
      ['Getränke', 'Kaffee, Tee, Wasser', '2026-014', formatEuro(1360)],
      ['Raum', 'Spende an das Café', '2026-014', formatEuro(3000)],
    ]);
    expect(costs?.totals).toEqual(['Summe', '', '', '68,50\u00a0€']);
    expect(text).toContain(`Je anwesende Person: ${formatEuro(571)} (12 Teilnehmende)`);
    expect(text).not.toContain('M. Albers');
  });

  it('says plainly when there are no decisions, actions or costs', () => {
    const bare: Meeting = {
      ...heldMeeting,
      minutes: { notes: {}, decisions: [], actionItems: [], attendance: [] },
      expenses: [],
    };
    const bareText = modelText(buildMinutesDocument(bare, settings));
    expect(bareText).toContain('Beschlüsse\nKeine Beschlüsse.');
    expect(bareText).toContain('Aufgaben\nKeine Aufgaben.');
    expect(bareText).toContain('Teilnehmende\n0 anwesend.');
    expect(bareText).toContain('Kosten\nKeine Kosten erfasst.');
  });

  it('says date, place, the next meeting and the funding line; A4 with page numbers', () => {
    expect(text).toContain('Datum: Dienstag, 16. März 2027');
    expect(text).toContain('Ort: Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim');
    expect(text).toContain('Nächstes Treffen\nDienstag, 15. Juni 2027');
    expect(model.blocks.at(-1)).toEqual({ kind: 'funding', statement: settings.fundingStatement, size: 'normal' });
    expect(model).toMatchObject({
      kind: 'protokoll',
      fileName: '2027-03-16 Protokoll',
      page: { size: 'A4', orientation: 'portrait' },
      pageNumbers: true,
    });
  });
});
