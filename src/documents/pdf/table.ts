/**
 * A table: Table → THead (TR of TH, scope Column) → TBody (TR of TD) → TFoot (the totals row). Column
 * widths are the model's shares of the line; cell text wraps; a row is never split by a page break, and
 * each new page starts with the header row again (drawn as a pagination artifact: the structure has it
 * once). Blank rows are empty cells to write in by hand; `signature` rows are tall enough to sign.
 */
import type { Block } from '../../domain/documents/documentModel';
import type { Flow } from './flow';
import { CM, RULE, SHADE, paragraphStyle } from './styles';
import { artifact, child, mark, pdfString, setAttributes, type Tag } from './tags';
import type { Line, TextStyle } from './textLayout';

type Table = Extract<Block, { kind: 'table' }>;

interface Row {
  cells: Line[][];
  height: number;
  style: TextStyle;
  kind: 'header' | 'body' | 'totals';
}

interface Grid {
  xs: number[];
  widths: number[];
  padding: number;
  aligns: ('left' | 'right')[];
}

function gridOf(flow: Flow, block: Table): Grid {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const widths = block.columns.map((column) => (flow.width * column.width) / total);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  return { xs, widths, padding: 4 * flow.scale, aligns: block.columns.map((column) => column.align ?? 'left') };
}

/** The least height of a row: tall enough to sign in (1.2 cm), or to write a name by hand (0.8 cm). */
function minHeight(flow: Flow, block: Table, kind: Row['kind'], blank: boolean): number {
  if (kind !== 'body') return 0;
  if (block.rowHeight === 'signature') return 1.2 * CM * flow.scale;
  return blank ? 0.8 * CM * flow.scale : 0;
}

function rowOf(flow: Flow, block: Table, grid: Grid, texts: readonly string[], kind: Row['kind']): Row {
  const style = paragraphStyle(flow.scale, 'normal', kind !== 'body');
  const cells = grid.widths.map((width, i) => {
    const text = texts[i] ?? '';
    return text ? flow.wrap(text, width - 2 * grid.padding, style) : [];
  });
  const lines = Math.max(1, ...cells.map((cell) => cell.length));
  const blank = cells.every((cell) => cell.length === 0);
  const height = Math.max(lines * flow.lineHeight(style) + 2 * grid.padding, minHeight(flow, block, kind, blank));
  return { cells, height, style, kind };
}

/** Backgrounds and cell borders of a row: layout, not content. */
function drawFrame(flow: Flow, grid: Grid, row: Row, top: number): void {
  artifact(flow.doc, () => {
    const { doc } = flow;
    if (row.kind !== 'body') doc.rect(flow.left, top, flow.width, row.height).fill(SHADE);
    grid.xs.forEach((x, i) =>
      doc
        .rect(x, top, grid.widths[i] ?? 0, row.height)
        .lineWidth(0.5)
        .stroke(RULE),
    );
    if (row.kind === 'totals') {
      doc
        .moveTo(flow.left, top)
        .lineTo(flow.left + flow.width, top)
        .lineWidth(1.5)
        .stroke(RULE);
    }
  });
}

function drawCellText(flow: Flow, grid: Grid, row: Row, top: number, column: number): void {
  const lines = row.cells[column] ?? [];
  const lineHeight = flow.lineHeight(row.style);
  const first = top + (row.height - lines.length * lineHeight) / 2;
  const x = (grid.xs[column] ?? 0) + grid.padding;
  const width = (grid.widths[column] ?? 0) - 2 * grid.padding;
  const align = grid.aligns[column];
  lines.forEach((line, k) => flow.drawLine(line, first + k * lineHeight, row.style, { x, width, align }));
}

/** A row as structure: TR with a TH or TD per cell (an empty cell is an element without content). */
function writeRow(flow: Flow, grid: Grid, row: Row, parent: Tag): void {
  const top = flow.y;
  drawFrame(flow, grid, row, top);
  const tr = child(flow.doc, parent, 'TR');
  row.cells.forEach((lines, column) => {
    const cell = child(
      flow.doc,
      tr,
      row.kind === 'header' ? 'TH' : 'TD',
      row.kind === 'header' ? { scope: 'Column' } : {},
    );
    if (lines.length > 0) mark(flow.doc, cell, () => drawCellText(flow, grid, row, top, column));
    cell.element.end();
  });
  tr.element.end();
  flow.y += row.height;
}

/** The header row again at the top of a continued page. */
function repeatHeader(flow: Flow, grid: Grid, header: Row): void {
  const top = flow.y;
  drawFrame(flow, grid, header, top);
  artifact(
    flow.doc,
    () => header.cells.forEach((_, column) => drawCellText(flow, grid, header, top, column)),
    'Pagination',
  );
  flow.y += header.height;
}

function rowsOf(flow: Flow, block: Table, grid: Grid): { header: Row; body: Row[]; totals?: Row } {
  const header = rowOf(
    flow,
    block,
    grid,
    block.columns.map((column) => column.header),
    'header',
  );
  const blanks = Array.from({ length: block.blankRows ?? 0 }, () => [] as string[]);
  const body = [...block.rows, ...blanks].map((cells) => rowOf(flow, block, grid, cells, 'body'));
  const totals = block.totals ? rowOf(flow, block, grid, block.totals, 'totals') : undefined;
  return { header, body, ...(totals ? { totals } : {}) };
}

/** The header row and the first row: a table does not start with its header alone at the foot of a page. */
export function tableStart(flow: Flow, block: Table): number {
  const grid = gridOf(flow, block);
  const header = rowOf(
    flow,
    block,
    grid,
    block.columns.map((column) => column.header),
    'header',
  );
  const first = block.rows[0] ?? (block.blankRows ? [] : block.totals);
  const kind = block.rows[0] || block.blankRows ? 'body' : 'totals';
  return header.height + (first ? rowOf(flow, block, grid, first, kind).height : 0);
}

export function renderTable(flow: Flow, block: Table): void {
  const grid = gridOf(flow, block);
  const { header, body, totals } = rowsOf(flow, block, grid);
  flow.makeRoom(header.height + ((body[0] ?? totals)?.height ?? 0));
  const table = child(flow.doc, flow.root, 'Table', { title: block.caption });
  setAttributes(table, { O: 'Table', Summary: pdfString(block.caption) });
  const head = child(flow.doc, table, 'THead');
  writeRow(flow, grid, header, head);
  head.element.end();
  const sections: [string, Row[]][] = [
    ['TBody', body],
    ['TFoot', totals ? [totals] : []],
  ];
  for (const [type, rows] of sections) {
    if (rows.length === 0) continue;
    const section = child(flow.doc, table, type);
    for (const row of rows) {
      if (flow.makeRoom(row.height)) repeatHeader(flow, grid, header);
      writeRow(flow, grid, row, section);
    }
    section.element.end();
  }
  table.element.end();
  flow.y += 0.4 * CM * flow.scale;
}
