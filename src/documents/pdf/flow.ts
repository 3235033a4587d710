/**
 * The running position in the document: where the next block goes, new pages when it does not fit, and
 * lines of text drawn as tagged content. Blocks ask for room before they draw; a page break falls between
 * lines or rows, never through one.
 */
import { mark, type Tag } from './tags';
import { INK } from './styles';
import { wrap, type Line, type Measure, type TextStyle } from './textLayout';

type Doc = PDFKit.PDFDocument;

export interface LinePlacement {
  x: number;
  /** With a width, lines are aligned in it; else they start at x. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

const EPSILON = 0.01;

export class Flow {
  y: number;

  constructor(
    readonly doc: Doc,
    readonly scale: number,
    readonly root: Tag,
  ) {
    this.y = this.top;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get atTop(): boolean {
    return this.y <= this.top + EPSILON;
  }

  readonly measure: Measure = (run, size) => this.doc.font(run.font).fontSize(size).widthOfString(run.text);

  wrap(text: string, width: number, style: TextStyle): Line[] {
    return wrap(text, width, style, this.measure);
  }

  lineHeight(style: TextStyle): number {
    return style.size * style.leading;
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom + EPSILON;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** A new page unless the height fits below (or nothing is on this page yet); true when it turned. */
  makeRoom(height: number): boolean {
    if (this.fits(height) || this.atTop) return false;
    this.newPage();
    return true;
  }

  /** Space between blocks; none at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y += height;
  }

  /** One line with its top at `top` (the font's box centred in the line height). */
  drawLine(line: Line, top: number, style: TextStyle, placement: LinePlacement): void {
    const { doc } = this;
    const free = (placement.width ?? line.width) - line.width;
    let x = placement.x + (placement.align === 'right' ? free : placement.align === 'center' ? free / 2 : 0);
    for (const run of line.runs) {
      doc.font(run.font).fontSize(style.size);
      const offset = (this.lineHeight(style) - doc.currentLineHeight()) / 2;
      doc.fillColor(INK).text(run.text, x, top + offset, { lineBreak: false });
      x += this.measure(run, style.size);
    }
  }

  /** Lines as the tag's content from y on, continued on new pages where the page ends. */
  writeLines(tag: Tag, lines: readonly Line[], style: TextStyle, placement: LinePlacement): void {
    const height = this.lineHeight(style);
    let next = 0;
    while (next < lines.length) {
      if (!this.fits(height)) this.newPage();
      const room = Math.max(1, Math.floor((this.bottom - this.y + EPSILON) / height));
      const chunk = lines.slice(next, next + room);
      const top = this.y;
      mark(this.doc, tag, () => chunk.forEach((line, k) => this.drawLine(line, top + k * height, style, placement)));
      this.y += chunk.length * height;
      next += chunk.length;
    }
  }
}
