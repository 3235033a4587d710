/**
 * The funding line: the EU emblem (a Figure with its alternative text, drawn as vectors from the official
 * geometry, never altered) with the statement written out beside it, vertically centred on it, in the
 * Ubuntu regular weight and black, as the visibility rules allow (no italics, underline or effects). There
 * are no other logos on Treffpunkt's documents, so the emblem is the largest one.
 */
import type { Block } from '../../domain/documents/documentModel';
import { EMBLEM_ALT, emblemGeometry } from '../emblem';
import type { Flow } from './flow';
import { CM } from './styles';
import { child, mark } from './tags';
import type { TextStyle } from './textLayout';

type Funding = Extract<Block, { kind: 'funding' }>;

interface FundingMetrics {
  emblemHeight: number;
  gap: number;
  style: TextStyle;
}

function metricsOf(flow: Flow, block: Funding): FundingMetrics {
  const large = block.size === 'large';
  const emblemHeight = (large ? 3 : 1.2) * CM * flow.scale;
  return {
    emblemHeight,
    gap: emblemHeight / 3,
    style: { size: (large ? 24 : 12) * flow.scale, weight: 'regular', leading: 1.25 },
  };
}

/** The emblem with its top left corner at (x, y). */
export function drawEmblem(doc: PDFKit.PDFDocument, x: number, y: number, height: number): void {
  const geometry = emblemGeometry(height);
  doc.save();
  doc.rect(x, y, geometry.width, geometry.height).fill(geometry.blue);
  for (const star of geometry.stars) doc.polygon(...star.points.map(([px, py]) => [x + px, y + py]));
  doc.fill(geometry.yellow);
  doc.restore();
}

function layout(flow: Flow, block: Funding) {
  const metrics = metricsOf(flow, block);
  const emblemWidth = metrics.emblemHeight * 1.5;
  const lines = flow.wrap(block.statement, flow.width - emblemWidth - metrics.gap, metrics.style);
  const textHeight = lines.length * flow.lineHeight(metrics.style);
  return { ...metrics, emblemWidth, lines, textHeight, height: Math.max(metrics.emblemHeight, textHeight) };
}

export function fundingHeight(flow: Flow, block: Funding): number {
  return layout(flow, block).height;
}

export function renderFunding(flow: Flow, block: Funding): void {
  const { emblemHeight, emblemWidth, gap, style, lines, textHeight, height } = layout(flow, block);
  flow.gap(0.2 * CM * flow.scale);
  flow.makeRoom(height);
  const top = flow.y;
  const x = flow.left;
  const y = top + (height - emblemHeight) / 2;
  const bbox: [number, number, number, number] = [x, y, x + emblemWidth, y + emblemHeight];
  const figure = child(flow.doc, flow.root, 'Figure', { alt: EMBLEM_ALT, bbox, placement: 'Block' });
  mark(flow.doc, figure, () => drawEmblem(flow.doc, x, y, emblemHeight));
  figure.element.end();
  flow.y = top + (height - textHeight) / 2;
  flow.writeLines(child(flow.doc, flow.root, 'P'), lines, style, { x: x + emblemWidth + gap });
  flow.y = top + height + 0.5 * CM * flow.scale;
}
