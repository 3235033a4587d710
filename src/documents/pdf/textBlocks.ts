/**
 * Headings, paragraphs, lists and the signature line, each as its structure element (H1–H3, P, L with
 * LI, Lbl and LBody) in the order of the model's blocks.
 */
import type { Block } from '../../domain/documents/documentModel';
import type { Flow } from './flow';
import { CM, RULE, headingStyle, paragraphStyle } from './styles';
import { artifact, child, setAttributes } from './tags';

type Heading = Extract<Block, { kind: 'heading' }>;
type Paragraph = Extract<Block, { kind: 'paragraph' }>;
type List = Extract<Block, { kind: 'list' }>;
type SignatureLine = Extract<Block, { kind: 'signatureLine' }>;

/** `keep`: the height of what follows, which must fit on the heading's page too. */
export function renderHeading(flow: Flow, block: Heading, keep: number): void {
  const style = headingStyle(flow.scale, block.level);
  const lines = flow.wrap(block.text, flow.width, style);
  flow.gap(style.size * 0.9);
  flow.makeRoom(lines.length * flow.lineHeight(style) + style.size * 0.4 + keep);
  flow.writeLines(child(flow.doc, flow.root, `H${block.level}`), lines, style, { x: flow.left });
  flow.y += style.size * 0.4;
}

export function headingHeight(flow: Flow, block: Heading): number {
  const style = headingStyle(flow.scale, block.level);
  return flow.wrap(block.text, flow.width, style).length * flow.lineHeight(style) + style.size * 1.3;
}

export function renderParagraph(flow: Flow, block: Paragraph): void {
  const style = paragraphStyle(flow.scale, block.size, block.strong);
  const lines = flow.wrap(block.text, flow.width, style);
  flow.makeRoom(Math.min(lines.length, 2) * flow.lineHeight(style));
  flow.writeLines(child(flow.doc, flow.root, 'P'), lines, style, { x: flow.left });
  flow.y += style.size * 0.6;
}

/** The first two lines: a paragraph does not start with one line at the foot of a page. */
export function paragraphStart(flow: Flow, block: Paragraph): number {
  const style = paragraphStyle(flow.scale, block.size, block.strong);
  return Math.min(flow.wrap(block.text, flow.width, style).length, 2) * flow.lineHeight(style);
}

export function renderList(flow: Flow, block: List): void {
  const style = paragraphStyle(flow.scale);
  const indent = style.size * (block.ordered ? 2 : 1.4);
  const list = child(flow.doc, flow.root, 'L');
  setAttributes(list, { O: 'List', ListNumbering: block.ordered ? 'Decimal' : 'Disc' });
  block.items.forEach((text, index) => {
    const lines = flow.wrap(text, flow.width - indent, style);
    flow.makeRoom(flow.lineHeight(style));
    const item = child(flow.doc, list, 'LI');
    const label = flow.wrap(block.ordered ? `${index + 1}.` : '•', indent, style);
    const top = flow.y;
    flow.writeLines(child(flow.doc, item, 'Lbl'), label, style, { x: flow.left });
    flow.y = top;
    flow.writeLines(child(flow.doc, item, 'LBody'), lines, style, { x: flow.left + indent });
    flow.y += style.size * 0.25;
  });
  flow.y += style.size * 0.35;
}

export function listStart(flow: Flow): number {
  return flow.lineHeight(paragraphStyle(flow.scale));
}

/** Room to sign above the line (at least 1.5 cm), the line, and what the signature confirms below it. */
export function renderSignatureLine(flow: Flow, block: SignatureLine): void {
  const style = paragraphStyle(flow.scale, 'small');
  const lineWidth = Math.min(9 * CM * flow.scale, flow.width);
  const lines = flow.wrap(block.label, lineWidth, style);
  const room = 1.5 * CM * flow.scale;
  flow.makeRoom(signatureHeight(flow, block));
  flow.y += room;
  const y = flow.y;
  artifact(flow.doc, () => {
    flow.doc
      .moveTo(flow.left, y)
      .lineTo(flow.left + lineWidth, y)
      .lineWidth(0.75)
      .stroke(RULE);
  });
  flow.y += style.size * 0.3;
  flow.writeLines(child(flow.doc, flow.root, 'P'), lines, style, { x: flow.left });
  flow.y += style.size;
}

export function signatureHeight(flow: Flow, block: SignatureLine): number {
  const style = paragraphStyle(flow.scale, 'small');
  const lines = flow.wrap(block.label, Math.min(9 * CM * flow.scale, flow.width), style);
  return 1.5 * CM * flow.scale + style.size * 0.3 + lines.length * flow.lineHeight(style);
}
