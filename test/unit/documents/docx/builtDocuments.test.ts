/** The DOCX of the documents the pane makes as Word files (issue #15: the minutes and the year report), from the builders. */
import { buildMinutesDocument } from '../../../../src/domain/documents/minutesDocument';
import { buildYearReport } from '../../../../src/domain/documents/yearReport';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { renderDocx } from '../../../../src/documents/docx/renderDocx';
import { heldMeeting } from '../../../fixtures/heldMeeting';
import { docxAsHtml } from './readDocx';

const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');
const texts = (nodes: Iterable<Element>): string[] => Array.from(nodes, (node) => node.textContent ?? '');

describe('the minutes as DOCX', () => {
  const model = buildMinutesDocument(heldMeeting, settings);

  it('holds a heading per agenda item, the decisions and the action items', async () => {
    const { html, messages } = await docxAsHtml(await renderDocx(model));
    expect(messages).toEqual([]);
    const headings = texts(html.querySelectorAll('h1, h2, h3'));
    expect(headings).toEqual(model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
    expect(headings).toEqual(
      expect.arrayContaining(['TOP 1: Begrüßung und Vorstellungsrunde', 'Beschlüsse', 'Aufgaben']),
    );
    expect(texts(html.querySelectorAll('li'))).toContain(
      'Die Checkliste des Jobcenters wird über den Verteiler geteilt.',
    );
    // The heading "Aufgaben" names the table; its caption, the same words, is not repeated under it.
    const actions = Array.from(html.querySelectorAll('table')).find(
      (table) => table.previousElementSibling?.outerHTML === '<h2>Aufgaben</h2>',
    );
    expect(texts(actions?.querySelectorAll('th') ?? [])).toEqual(['Was', 'Wer', 'Bis wann']);
    expect(texts(actions?.querySelectorAll('tbody td') ?? [])).toEqual([
      'Checkliste verschicken',
      'Miriam Albers',
      '30.04.2027',
    ]);
  });
});

describe('the year report as DOCX', () => {
  const model = buildYearReport(
    2026,
    [
      {
        date: '2026-03-12',
        status: 'protokolliert',
        venueName: 'Kreishaus Northeim',
        speaker: 'Ayşe Şahin: Aufenthaltsrecht',
        participants: 11,
        costCents: 6850,
      },
      {
        date: '2026-12-10',
        status: 'protokolliert',
        venueName: 'Flüchtlingshilfe Moringen',
        speaker: 'Jürgen Groß',
        participants: 14,
        costCents: 4790,
      },
    ],
    settings,
  );

  it('holds the table of meetings with its header row and the totals set apart in bold', async () => {
    const { html } = await docxAsHtml(await renderDocx(model));
    const table = model.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table' || !table.totals) throw new Error('the year report has a table with totals');
    const [read] = Array.from(html.querySelectorAll('table'));
    expect(texts(read?.querySelectorAll('thead th') ?? [])).toEqual(table.columns.map((c) => c.header));
    const rows = Array.from(read?.querySelectorAll('tbody tr') ?? [], (row) => texts(row.querySelectorAll('td')));
    expect(rows).toEqual([...table.rows, table.totals]);
    const totals = read?.querySelector('tbody tr:last-child');
    expect(texts(totals?.querySelectorAll('td strong') ?? [])).toEqual(table.totals.filter((cell) => cell !== ''));
    expect(html.body.textContent).toContain('Ayşe Şahin: Aufenthaltsrecht');
  });
});
