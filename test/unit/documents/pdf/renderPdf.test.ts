/**
 * The PDF read back as a viewer and a screen reader get it, with poppler-utils: pdfinfo (tagging, title,
 * pages, page size, the structure tree), pdftotext (text, positions) and pdffonts (embedded fonts only).
 */
import { renderPdf } from '../../../../src/documents/pdf/renderPdf';
import { useFontsFromDisk } from '../../../support/documentFonts';
import { NAMES, STATEMENT, documentOf, photoPoster, signInSheet, yearReport } from '../support/models';
import { flatten, pdffonts, pdfinfo, pdftotext, structureTree, words, type StructNode } from '../support/poppler';

const CM = 72 / 2.54;
const lastLine = (page: string) => page.trimEnd().split('\n').pop()?.trim();
const texts = (nodes: StructNode[], type: string) => nodes.filter((n) => n.type === type).map((n) => n.text.trim());

beforeAll(() => useFontsFromDisk());

describe('a sign-in sheet over several pages (A4 landscape)', () => {
  const model = signInSheet(14, 8);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderPdf(model);
  });

  it('is tagged, titled and landscape A4', () => {
    const info = pdfinfo(bytes);
    expect(info).toMatchObject({
      Tagged: 'yes',
      Title: 'Teilnehmendenliste – Vernetzungstreffen am 10. März 2026',
      'Page size': '841.89 x 595.28 pts (A4)',
      'PDF version': '1.7',
    });
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
  });

  it('embeds every font it uses, all subsets of Ubuntu: no standard font', () => {
    const fonts = pdffonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font).toEqual({
        name: expect.stringMatching(/^[A-Z]{6}\+Ubuntu-(Regular|Bold)$/),
        type: 'CID TrueType',
        encoding: 'Identity-H',
        embedded: true,
        subset: true,
        unicode: true,
      });
    }
  });

  it('reads back the names, umlauts and ß exactly', () => {
    const text = pdftotext(bytes).join('\n');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('Müßig-Straße 3');
    expect(text).toContain(STATEMENT);
  });

  it('says "Seite x von y" at the foot of every page', () => {
    const pages = pdftotext(bytes, { layout: true });
    expect(pages.map(lastLine)).toEqual(pages.map((_, i) => `Seite ${i + 1} von ${pages.length}`));
  });

  it('starts every page of the table with its header row and never splits a row', () => {
    const all = words(bytes);
    const pageOf = (text: string) => all.find((word) => word.text === text)?.page;
    const pages = new Set(all.map((word) => word.page));
    for (const page of pages) expect(all.some((w) => w.page === page && w.text === 'Unterschrift')).toBe(true);
    const first = (i: number) => all.find((word) => word.text === `Anfang${i}`);
    const last = (i: number) => all.find((word) => word.text === `Ende${i}`);
    expect(last(1)!.yMin).toBeGreaterThan(first(1)!.yMin);
    for (let i = 1; i <= 14; i++)
      expect({ row: i, page: pageOf(`Ende${i}`) }).toEqual({ row: i, page: pageOf(`Anfang${i}`) });
    expect(pageOf('Ende14')).toBeGreaterThan(pageOf('Anfang1')!);
  });

  it('gives each row room to sign: at least 1 cm from one row to the next', () => {
    const numbers = words(bytes).filter((w) => /^\d+$/.test(w.text) && w.xMax < 100);
    const gaps = numbers.slice(1).flatMap((w, i) => (w.page === numbers[i]!.page ? [w.yMin - numbers[i]!.yMin] : []));
    expect(gaps.length).toBeGreaterThan(5);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1 * CM);
  });

  it('has the structure a screen reader reads, in the blocks order', () => {
    const [root] = structureTree(bytes);
    expect(root?.type).toBe('Document');
    expect(root?.children.map((node) => node.type)).toEqual(['H1', 'P', 'Figure', 'P', 'H2', 'Table', 'P', 'P']);
    expect(root?.children[3]?.text.trim()).toBe(STATEMENT);
    expect(root?.children[2]?.attributes).toEqual(
      expect.arrayContaining(['/Placement /Block', expect.stringMatching(/^\/BBox \[/)]),
    );
  });

  it('tags the table with one header row of column headers, a row per entry and the blank rows', () => {
    const table = structureTree(bytes)[0]!.children.find((node) => node.type === 'Table')!;
    expect(table.title).toBe('Anwesenheitsliste mit Unterschriften');
    expect(table.children.map((node) => node.type)).toEqual(['THead', 'TBody']);
    const [head, body] = table.children;
    const headers = head!.children[0]!.children;
    expect(texts(headers, 'TH')).toEqual(['Nr.', 'Name', 'Initiative oder Dienststelle', 'Gemeinde', 'Unterschrift']);
    for (const th of headers) expect(th.attributes).toContain('/Scope /Column');
    expect(body!.children).toHaveLength(14 + 8);
    expect(texts(body!.children[0]!.children, 'TD').slice(0, 2)).toEqual(['1', 'Łukasz Şahin-Wójcik']);
    for (const blank of body!.children.slice(14)) expect(texts(blank.children, 'TD')).toEqual(['', '', '', '', '']);
  });
});

describe('a year report (A4 portrait, a table with totals)', () => {
  let bytes: Uint8Array;
  let elements: StructNode[];
  beforeAll(async () => {
    bytes = await renderPdf(yearReport(60));
    elements = flatten(structureTree(bytes));
  });

  it('is portrait A4 on several pages', () => {
    expect(pdfinfo(bytes)).toMatchObject({
      Tagged: 'yes',
      Title: 'Jahresbericht 2026',
      'Page size': '595.28 x 841.89 pts (A4)',
    });
    expect(Number(pdfinfo(bytes).Pages)).toBeGreaterThanOrEqual(2);
  });

  it('reads the heading before its table, and the totals after the last row, set apart in the structure', () => {
    const index = (predicate: (node: StructNode) => boolean) => elements.findIndex(predicate);
    expect(index((n) => n.type === 'H2' && n.text === 'Treffen')).toBeLessThan(index((n) => n.type === 'Table'));
    const table = elements.find((node) => node.type === 'Table')!;
    expect(table.children.map((node) => node.type)).toEqual(['THead', 'TBody', 'TFoot']);
    expect(texts(table.children[2]!.children[0]!.children, 'TD')).toEqual([
      'Summe',
      '60 Treffen',
      '999',
      '12.345,67 €',
    ]);
    const pages = pdftotext(bytes, { layout: true });
    expect(pages[pages.length - 1]).toMatch(/Treffen 60: Ehrenamt und Übergänge[\s\S]*Summe/);
  });

  it('repeats the header row at the top of each continued page', () => {
    const pages = pdftotext(bytes, { layout: true });
    for (const page of pages.slice(1))
      expect(page.trimStart().split('\n')[0]).toMatch(/^Datum\s+Thema\s+Teilnehmende\s+Kosten$/);
  });
});

describe('a photo notice poster', () => {
  it('is A3 with poster type scaled for A3 (over 28 pt × √2), without page numbers', async () => {
    const bytes = await renderPdf(photoPoster('A3'));
    expect(pdfinfo(bytes)).toMatchObject({ Tagged: 'yes', Pages: '1', 'Page size': '841.89 x 1190.55 pts (A3)' });
    const word = words(bytes).find((w) => w.text === 'Moderation.')!;
    const fontSize = (word.yMax - word.yMin) / 1.121;
    expect(fontSize).toBeGreaterThanOrEqual(28 * Math.SQRT2);
    expect(pdftotext(bytes).join('')).not.toContain('Seite');
  });

  it('sets poster type on A4 between 28 and 36 pt', async () => {
    const bytes = await renderPdf(photoPoster('A4'));
    const word = words(bytes).find((w) => w.text === 'Moderation.')!;
    const fontSize = (word.yMax - word.yMin) / 1.121;
    expect(fontSize).toBeGreaterThanOrEqual(28);
    expect(fontSize).toBeLessThanOrEqual(36);
  });
});

describe('a heading at the foot of a page', () => {
  it('moves to the next page with the table it heads', async () => {
    let moved = 0;
    for (let fillers = 26; fillers <= 34; fillers++) {
      const filler = Array.from({ length: fillers }, (_, i) => ({
        kind: 'paragraph' as const,
        text: `Absatz ${i + 1}`,
      }));
      const model = documentOf([
        ...filler,
        { kind: 'heading', level: 2, text: 'Kostenaufstellung' },
        ...yearReport(3).blocks.slice(2, 3),
      ]);
      const all = words(await renderPdf(model));
      const heading = all.find((w) => w.text === 'Kostenaufstellung')!;
      const header = all.find((w) => w.text === 'Teilnehmende')!;
      const lastFiller = all.find((w) => w.text === String(fillers))!;
      expect({ fillers, heading: heading.page }).toEqual({ fillers, heading: header.page });
      if (heading.page > lastFiller.page) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });
});
