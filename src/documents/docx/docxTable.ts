/**
 * A table block as a Word table: its caption in Word's Caption style above it (unless the heading just
 * above already says it), a header row Word repeats at the top of every page (`tableHeader`, read as
 * header cells by screen readers), the columns' shares of the text width as fixed widths, empty rows to
 * write in by hand, and a totals row set apart in bold under a double line. No row breaks across pages.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Block, TableColumn } from '../../domain/documents/documentModel';
import { cm, lineRuns } from './docxLayout';

type TableBlock = Extract<Block, { kind: 'table' }>;

interface RowStyle {
  widths: number[];
  columns: TableColumn[];
  bold?: boolean;
  height?: number;
  totals?: boolean;
}

const SIGNATURE_ROW_HEIGHT = cm(1.2);
const CELL_MARGIN = cm(0.15);

/** Each column's share of the width, in whole twips, adding up to the width exactly. */
export function columnWidths(columns: TableColumn[], width: number): number[] {
  const total = columns.reduce((sum, column) => sum + Math.max(column.width, 0), 0);
  const shares = columns.map((column) => (total > 0 ? Math.max(column.width, 0) / total : 1 / columns.length));
  const widths = shares.map((share) => Math.floor(share * width));
  const rest = width - widths.reduce((sum, w) => sum + w, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function cell(text: string, index: number, style: RowStyle): TableCell {
  const align = style.columns[index]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const double = { style: BorderStyle.DOUBLE, size: 6, color: '000000' };
  return new TableCell({
    width: { size: style.widths[index] ?? 0, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: CELL_MARGIN / 2, bottom: CELL_MARGIN / 2 },
    ...(style.totals ? { borders: { top: double } } : {}),
    children: [
      new Paragraph({
        alignment: align,
        spacing: { after: 0 },
        children: text === '' ? [] : lineRuns(text, { bold: style.bold === true }),
      }),
    ],
  });
}

function row(texts: string[], style: RowStyle, header = false): TableRow {
  return new TableRow({
    // Only the header row says so: mammoth (and maybe other readers) take any w:tblHeader, even "off", as one.
    ...(header ? { tableHeader: true } : {}),
    cantSplit: true,
    ...(style.height === undefined ? {} : { height: { value: style.height, rule: HeightRule.ATLEAST } }),
    children: style.columns.map((_, index) => cell(texts[index] ?? '', index, style)),
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext: true, children: lineRuns(text) });
}

/** `named`: the heading just above says what the caption would (then the caption is left out, not repeated). */
export function docxTable(block: TableBlock, width: number, named = false): (Paragraph | Table)[] {
  const widths = columnWidths(block.columns, width);
  const base: RowStyle = { widths, columns: block.columns };
  const body: RowStyle = { ...base, ...(block.rowHeight === 'signature' ? { height: SIGNATURE_ROW_HEIGHT } : {}) };
  const blank = Array.from({ length: block.blankRows ?? 0 }, () => row([], body));
  const rows = [
    row(
      block.columns.map((column) => column.header),
      { ...base, bold: true },
      true,
    ),
    ...block.rows.map((texts) => row(texts, body)),
    ...blank,
    ...(block.totals ? [row(block.totals, { ...base, bold: true, totals: true })] : []),
  ];
  const table = new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
  // An empty paragraph after the table keeps two tables in a row from merging into one in Word.
  const after = new Paragraph({ spacing: { after: 0 }, children: [] });
  return named ? [table, after] : [caption(block.caption), table, after];
}
