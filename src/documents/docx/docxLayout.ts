/**
 * The DOCX's page and type: A4 or A3 in either orientation, Ubuntu as the font throughout (Word does not
 * embed it; where it is not installed Word falls back to Arial, see fontTable in docxParts.ts), German as the
 * language of every run, and Word's built-in Heading 1–3 styles (so the navigation pane and screen readers
 * see the headings). Sizes are in points here and converted where docx wants half-points or twips.
 */
import {
  AlignmentType,
  Footer,
  type INumberingOptions,
  type IRunOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { DocumentModel } from '../../domain/documents/documentModel';

export const FONT = 'Ubuntu';
export const FALLBACK_FONT = 'Arial';

/** Twips (twentieths of a point) per centimetre. */
const TWIPS_PER_CM = 1440 / 2.54;
export const cm = (value: number): number => Math.round(value * TWIPS_PER_CM);
/** docx's run sizes are half-points. */
export const halfPoints = (points: number): number => points * 2;

/** Portrait sizes (docx swaps width and height for landscape) and the printer's paper code Word writes. */
const PAPER = {
  A4: { width: 11906, height: 16838, code: 9 },
  A3: { width: 16838, height: 23811, code: 8 },
} as const;

const MARGIN = cm(2);

export const PARAGRAPH_POINTS = { small: 9, normal: 11, large: 14, poster: 32 } as const;
const HEADING_POINTS = { 1: 20, 2: 16, 3: 13 } as const;

/** The width between the margins, in twips: what tables share among their columns. */
export function textWidth(page: DocumentModel['page']): number {
  const paper = PAPER[page.size];
  const width = page.orientation === 'landscape' ? paper.height : paper.width;
  return width - 2 * MARGIN;
}

export function sectionProperties(page: DocumentModel['page']): ISectionPropertiesOptions {
  const paper = PAPER[page.size];
  const orientation = page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
  return {
    page: {
      size: { width: paper.width, height: paper.height, orientation, code: paper.code },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: cm(1), header: cm(1) },
    },
  };
}

/** A text as runs, each line break (\n) kept as a line break in Word (w:br), not a new paragraph. */
export function lineRuns(text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, index) => new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/** "Seite x von y": Word's PAGE and NUMPAGES fields, filled in by Word as it lays out the pages. */
export function pageNumberFooter(): Footer {
  const run = new TextRun({
    children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
    size: halfPoints(PARAGRAPH_POINTS.small),
  });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
}

function heading(level: 1 | 2 | 3): NonNullable<NonNullable<IStylesOptions['default']>['heading1']> {
  return {
    run: { font: FONT, size: halfPoints(HEADING_POINTS[level]), bold: true, color: '000000' },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      spacing: { before: level === 1 ? 240 : 200, after: 120 },
    },
  };
}

export function documentStyles(lang: DocumentModel['lang']): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(PARAGRAPH_POINTS.normal), language: { value: lang } },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      caption: { run: { font: FONT, size: halfPoints(PARAGRAPH_POINTS.small), bold: true, italics: false } },
    },
  };
}

export const LIST_REFERENCE = { ordered: 'treffpunkt-ordered', bulleted: 'treffpunkt-bulleted' } as const;

const listIndent = { paragraph: { indent: { left: cm(1), hanging: cm(0.5) } } };

/** Real Word lists: numbers 1., 2., … and bullets, each list restarting at its first item. */
export function listNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: LIST_REFERENCE.ordered,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: listIndent },
        ],
      },
      {
        reference: LIST_REFERENCE.bulleted,
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: listIndent },
        ],
      },
    ],
  };
}
