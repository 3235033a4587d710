import type { DocumentModel } from '../../../../src/domain/documents/documentModel';
import { renderDocx } from '../../../../src/documents/docx/renderDocx';
import { EMBLEM_ALT } from '../../../../src/documents/emblem';
import { type DocxAsHtml, docxAsHtml, docxBinary, docxFiles, docxRawText, docxXml, wAll, wAttr } from './readDocx';
import { HARD_NAMES, sampleModel } from './sampleModel';

const texts = (nodes: Iterable<Element>): string[] => Array.from(nodes, (node) => node.textContent ?? '');
const model = sampleModel();
let bytes: Uint8Array;
let read: DocxAsHtml;

beforeAll(async () => {
  bytes = await renderDocx(model);
  read = await docxAsHtml(bytes);
});

describe('renderDocx, read back by mammoth', () => {
  it('is a Word package mammoth reads without a warning', async () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]); // "PK": a zip file
    expect(read.messages).toEqual([]);
  });

  it("holds the headings as h1–h3 in the model's order (Word's built-in heading styles)", async () => {
    const { html } = read;
    const headings = Array.from(html.querySelectorAll('h1, h2, h3'), (h) => [h.tagName.toLowerCase(), h.textContent]);
    const expected = model.blocks.flatMap((b) => (b.kind === 'heading' ? [[`h${b.level}`, b.text]] : []));
    expect(headings).toEqual(expected);
    const styles = await docxXml(bytes, 'word/styles.xml');
    for (const level of [1, 2, 3]) {
      const style = wAll(styles, 'style').find((s) => wAttr(s, 'styleId') === `Heading${level}`);
      expect(wAttr(wAll(style as Element, 'name')[0], 'val')).toBe(`Heading ${level}`);
      expect(wAttr(wAll(style as Element, 'outlineLvl')[0], 'val')).toBe(String(level - 1));
    }
  });

  it('writes the decisions as a numbered list and the action items as a bulleted one', async () => {
    const { html } = read;
    expect(texts(html.querySelectorAll('ol > li'))).toEqual([
      'Das nächste Treffen findet im Mai statt.',
      'Die Sprachcafés werden gebündelt.',
    ]);
    expect(texts(html.querySelectorAll('ul > li'))).toEqual([
      'Jürgen Groß: Raum reservieren (bis 30. April 2026)',
      'Ğülşen Öztürk: Flyer übersetzen (bis 15. April 2026)',
    ]);
  });

  it('gives each table its caption, a header row of th cells, its rows, blank rows and the totals in bold', async () => {
    const { html } = read;
    const [attendance, costs] = Array.from(html.querySelectorAll('table'));
    expect(texts(attendance?.querySelectorAll('thead th') ?? [])).toEqual([
      'Nr.',
      'Name',
      'Initiative oder Stelle',
      'Unterschrift',
    ]);
    const bodyRows = Array.from(attendance?.querySelectorAll('tbody tr') ?? []);
    expect(bodyRows.map((row) => texts(row.querySelectorAll('td'))[1])).toEqual([...HARD_NAMES, '', '', '']);
    expect(attendance?.previousElementSibling?.outerHTML).toBe('<p class="caption">Anwesende</p>');
    const totals = costs?.querySelector('tbody tr:last-child');
    expect(texts(totals?.querySelectorAll('td strong') ?? [])).toEqual(['Summe', '205,50 €']);
    expect(costs?.querySelectorAll('tbody tr td strong')).toHaveLength(2);
  });

  it('keeps umlauts, ß and names such as Łukasz Şahin-Wójcik exactly', async () => {
    const raw = await docxRawText(bytes);
    for (const name of HARD_NAMES) expect(raw).toContain(name);
    expect(raw).toContain('Sitzungsleitung: Łukasz Şahin-Wójcik');
    expect(raw).toContain('Frau Öztürk begrüßt alle Anwesenden; Fußgängerzone ist gesperrt.');
  });

  it('shows the EU emblem with its alt text and the statement written out beside it', async () => {
    const { html } = read;
    const funding = Array.from(html.querySelectorAll('p')).filter((p) => p.querySelector('img'));
    expect(funding).toHaveLength(2);
    for (const paragraph of funding) {
      expect(paragraph.querySelector('img')?.getAttribute('alt')).toBe(EMBLEM_ALT);
      expect(paragraph.textContent?.trim()).toBe('Kofinanziert von der Europäischen Union');
    }
  });
});

describe('renderDocx, its package parts', () => {
  it('marks only the first row of each table as the header Word repeats on every page', async () => {
    const document = await docxXml(bytes, 'word/document.xml');
    for (const table of wAll(document, 'tbl')) {
      const rows = wAll(table, 'tr');
      expect(rows.map((row) => wAll(row, 'tblHeader').length)).toEqual(rows.map((_, i) => (i === 0 ? 1 : 0)));
      expect(rows.every((row) => wAll(row, 'cantSplit').length === 1)).toBe(true);
    }
  });

  it("shares the text width among the columns as the model's widths say; signature rows are tall", async () => {
    const [attendance] = wAll(await docxXml(bytes, 'word/document.xml'), 'tbl');
    const grid = wAll(attendance as Element, 'gridCol').map((col) => Number(wAttr(col, 'w')));
    const textWidth = 11906 - 2 * 1134; // A4 portrait less 2 cm margins
    expect(grid.reduce((sum, w) => sum + w, 0)).toBe(textWidth);
    expect(grid.map((w) => Math.round((w / textWidth) * 11))).toEqual([1, 4, 3, 3]);
    const heights = wAll(attendance as Element, 'trHeight');
    expect(heights).toHaveLength(HARD_NAMES.length + 3);
    expect(heights.every((h) => Number(wAttr(h, 'val')) >= 680 && wAttr(h, 'hRule') === 'atLeast')).toBe(true);
  });

  it('sets German as the language and Ubuntu as the font, with Arial where Ubuntu is missing', async () => {
    const styles = await docxXml(bytes, 'word/styles.xml');
    const defaults = wAll(styles, 'rPrDefault')[0] as Element;
    expect(wAttr(wAll(defaults, 'lang')[0], 'val')).toBe('de-DE');
    expect(wAttr(wAll(defaults, 'rFonts')[0], 'ascii')).toBe('Ubuntu');
    const font = wAll(await docxXml(bytes, 'word/fontTable.xml'), 'font')[0];
    expect(wAttr(font, 'name')).toBe('Ubuntu');
    expect(wAttr(wAll(font as Element, 'altName')[0], 'val')).toBe('Arial');
    expect(wAttr(wAll(font as Element, 'family')[0], 'val')).toBe('swiss');
  });

  it('names the title, Treffpunkt as creator and the language in the core properties', async () => {
    const core = await docxXml(bytes, 'docProps/core.xml');
    const dc = (name: string): string | null | undefined =>
      core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', name)[0]?.textContent;
    expect(dc('title')).toBe(model.title);
    expect(dc('creator')).toBe('Treffpunkt');
    expect(dc('language')).toBe('de-DE');
  });

  it('writes "Seite x von y" with the PAGE and NUMPAGES fields in the footer', async () => {
    const footer = await docxXml(bytes, 'word/footer1.xml');
    expect(footer.documentElement.textContent).toBe('Seite PAGE von NUMPAGES');
    expect(texts(wAll(footer, 'instrText')).map((t) => t.trim())).toEqual(['PAGE', 'NUMPAGES']);
    const without = await renderDocx(sampleModel({ pageNumbers: false }));
    expect((await docxFiles(without)).filter((f) => f.startsWith('word/footer'))).toEqual([]);
  });

  it('sizes the paragraphs as the model says (the poster type large)', async () => {
    const runs = wAll(await docxXml(bytes, 'word/document.xml'), 'r');
    const sizeOf = (text: string): string | null =>
      wAttr(wAll(runs.find((r) => r.textContent === text) as Element, 'sz')[0], 'val');
    expect(sizeOf('Hinweis zum Fotografieren')).toBe('64');
    expect(sizeOf('Bitte sprechen Sie uns an.')).toBe('28');
    expect(sizeOf('Sitzungsleitung: Łukasz Şahin-Wójcik')).toBe('18');
  });

  it('holds the emblem as SVG with a PNG for readers without SVG, both described by the alt text', async () => {
    const document = await docxXml(bytes, 'word/document.xml');
    const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
    const drawings = document.getElementsByTagNameNS(WP, 'docPr');
    expect(Array.from(drawings, (d) => d.getAttribute('descr'))).toEqual([EMBLEM_ALT, EMBLEM_ALT]);
    const extents = Array.from(document.getElementsByTagNameNS(WP, 'extent'));
    const EMU_PER_CM = 360000;
    expect(extents.map((e) => [Number(e.getAttribute('cx')), Number(e.getAttribute('cy'))])).toEqual([
      [1.8 * EMU_PER_CM, 1.2 * EMU_PER_CM], // at least 1 cm high, 3:2
      [4.5 * EMU_PER_CM, 3 * EMU_PER_CM], // size 'large'
    ]);
    const media = (await docxFiles(bytes)).filter((f) => f.startsWith('word/media/'));
    expect(media.map((f) => f.split('.').pop()).sort()).toEqual(['png', 'svg']);
    const png = await docxBinary(bytes, media.find((f) => f.endsWith('.png')) as string);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([450, 300]); // IHDR: 3:2
  });

  it.each([
    [{ size: 'A4', orientation: 'portrait' }, 11906, 16838],
    [{ size: 'A4', orientation: 'landscape' }, 16838, 11906],
    [{ size: 'A3', orientation: 'portrait' }, 16838, 23811],
    [{ size: 'A3', orientation: 'landscape' }, 23811, 16838],
  ] as [DocumentModel['page'], number, number][])('sets the page to %o', async (page, width, height) => {
    const made = await renderDocx(sampleModel({ page }));
    const document = await docxXml(made, 'word/document.xml');
    const size = wAll(document, 'pgSz')[0];
    expect([wAttr(size, 'w'), wAttr(size, 'h'), wAttr(size, 'orient')]).toEqual([
      String(width),
      String(height),
      page.orientation,
    ]);
    const grid = wAll(wAll(document, 'tbl')[0] as Element, 'gridCol').map((col) => Number(wAttr(col, 'w')));
    expect(grid.reduce((sum, w) => sum + w, 0)).toBe(width - 2 * 1134);
  });

  it("keeps a cell's line breaks as line breaks in one paragraph", async () => {
    const agenda = sampleModel({
      blocks: [
        {
          kind: 'table',
          caption: 'Tagesordnung',
          columns: [
            { header: 'Zeit', width: 1 },
            { header: 'Punkt', width: 4 },
          ],
          rows: [['15:00', 'TOP 1: Begrüßung\nVorstellungsrunde\n– zwei neue Initiativen']],
        },
      ],
    });
    const { html } = await docxAsHtml(await renderDocx(agenda));
    const cell = html.querySelectorAll('tbody td')[1];
    expect(cell?.innerHTML).toBe('<p>TOP 1: Begrüßung<br>Vorstellungsrunde<br>– zwei neue Initiativen</p>');
  });

  it('starts each numbered list at 1 again', async () => {
    const twoLists = sampleModel({
      blocks: [
        { kind: 'list', ordered: true, items: ['a', 'b'] },
        { kind: 'paragraph', text: 'dazwischen' },
        { kind: 'list', ordered: true, items: ['c'] },
      ],
    });
    const made = await renderDocx(twoLists);
    const document = await docxXml(made, 'word/document.xml');
    const numIds = wAll(document, 'numId').map((n) => wAttr(n, 'val'));
    expect(numIds).toHaveLength(3);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    const numbering = await docxXml(made, 'word/numbering.xml');
    const second = wAll(numbering, 'num').find((num) => wAttr(num, 'numId') === numIds[2]);
    expect(wAttr(wAll(second as Element, 'startOverride')[0], 'val')).toBe('1');
  });
});
