/**
 * The funding line: the EU emblem with alt text, and the statement written out beside it (2021–2027
 * visibility rules: the emblem unaltered, at least 1 cm high, the statement next to it in a plain font).
 * The emblem is an SVG, which current Word shows; the PNG beside it in the file is for readers
 * that cannot show SVG (older Word, converters).
 */
import { ImageRun, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Block } from '../../domain/documents/documentModel';
import { cm, halfPoints } from './docxLayout';
import { emblemFiles } from './docxEmblem';

type FundingBlock = Extract<Block, { kind: 'funding' }>;

const EMBLEM_HEIGHT_CM = { normal: 1.2, large: 3 } as const;
const STATEMENT_POINTS = { normal: 12, large: 28 } as const;
const PX_PER_CM = 96 / 2.54;
const POINTS_PER_CM = 72 / 2.54;
/** The height of a capital letter as a share of the font size (Ubuntu and Arial: about 0.7). */
const CAP_HEIGHT = 0.7;

export function fundingParagraph(block: FundingBlock): Paragraph {
  const emblem = emblemFiles();
  const size = block.size ?? 'normal';
  const heightCm = EMBLEM_HEIGHT_CM[size];
  const widthCm = heightCm * emblem.ratio;
  const points = STATEMENT_POINTS[size];
  // Lift the statement so that it stands beside the emblem's middle rather than on its lower edge.
  const raise = Math.round(((heightCm * POINTS_PER_CM - points * CAP_HEIGHT) / 2) * 2) / 2;
  const transformation = { width: widthCm * PX_PER_CM, height: heightCm * PX_PER_CM };
  const image = new ImageRun({
    type: 'svg',
    data: emblem.svg,
    fallback: { type: 'png', data: emblem.png },
    transformation,
    altText: { name: 'EU-Emblem', title: emblem.alt, description: emblem.alt },
  });
  return new Paragraph({
    keepLines: true,
    spacing: { before: 120, after: 240 },
    // A hanging indent as wide as the emblem: a statement longer than a line goes on beside it, not under it.
    indent: { left: cm(widthCm + 0.4), hanging: cm(widthCm + 0.4) },
    tabStops: [{ type: TabStopType.LEFT, position: cm(widthCm + 0.4) }],
    children: [
      image,
      new TextRun({ children: [new Tab(), block.statement], size: halfPoints(points), position: `${raise}pt` }),
    ],
  });
}
