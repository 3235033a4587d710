/**
 * The model's blocks as the DOCX body, in the model's order: headings in Word's built-in Heading 1–3
 * styles, paragraphs in their sizes, lists as Word lists (numbers or bullets), tables, the funding line
 * with the EU emblem, and signature lines.
 */
import { BorderStyle, HeadingLevel, Paragraph, type Table, TextRun } from 'docx';
import type { Block, DocumentModel } from '../../domain/documents/documentModel';
import { fundingParagraph } from './docxFunding';
import { cm, halfPoints, lineRuns, LIST_REFERENCE, PARAGRAPH_POINTS, textWidth } from './docxLayout';
import { docxTable } from './docxTable';

type Body = (Paragraph | Table)[];

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraph(block: Extract<Block, { kind: 'paragraph' }>): Paragraph {
  const points = PARAGRAPH_POINTS[block.size ?? 'normal'];
  return new Paragraph({
    spacing: { after: Math.round(points * 10) },
    children: lineRuns(block.text, { size: halfPoints(points), bold: block.strong === true }),
  });
}

function list(block: Extract<Block, { kind: 'list' }>): Paragraph[] {
  const reference = block.ordered ? LIST_REFERENCE.ordered : LIST_REFERENCE.bulleted;
  return block.items.map(
    (item, index) =>
      new Paragraph({
        numbering: { reference, level: 0, ...(index === 0 ? { restart: true } : {}) },
        spacing: { after: 60 },
        children: lineRuns(item),
      }),
  );
}

/** A line to sign on (the paragraph's lower border, half the text width) and what it confirms below it. */
function signatureLine(block: Extract<Block, { kind: 'signatureLine' }>, width: number): Paragraph[] {
  const line = new Paragraph({
    spacing: { before: cm(1.5), after: 0 },
    indent: { right: Math.round(width / 2) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    keepNext: true,
    children: [],
  });
  const label = new Paragraph({
    children: [new TextRun({ text: block.label, size: halfPoints(PARAGRAPH_POINTS.small) })],
  });
  return [line, label];
}

function blockBody(block: Block, width: number, previous: Block | undefined): Body {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [paragraph(block)];
    case 'list':
      return list(block);
    case 'table':
      return docxTable(block, width, previous?.kind === 'heading' && previous.text === block.caption);
    case 'funding':
      return [fundingParagraph(block)];
    case 'signatureLine':
      return signatureLine(block, width);
  }
}

export function docxBody(model: DocumentModel): Body {
  const width = textWidth(model.page);
  return model.blocks.flatMap((block, index) => blockBody(block, width, model.blocks[index - 1]));
}
