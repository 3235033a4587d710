/**
 * The PDF's logical structure (PDF/UA): every mark on a page is either content of a structure element,
 * in reading order, or an artifact (borders, backgrounds, the repeated table header, the page numbers).
 * Nothing is drawn outside one of the two.
 */
type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/** A structure element with its type (the tag of its marked content). */
export interface Tag {
  element: Element;
  type: string;
}

/** A new element as the last child of its parent. */
export function child(doc: Doc, parent: Tag, type: string, options?: PDFKit.Mixins.StructureElementOptions): Tag {
  const element = doc.struct(type, options ?? {});
  parent.element.add(element);
  return { element, type };
}

/** Draws content of the element on the current page. */
export function mark(doc: Doc, tag: Tag, draw: () => void): void {
  const content = doc.markStructureContent(tag.type);
  draw();
  doc.endMarkedContent();
  tag.element.add(content);
}

/** Draws what is not content: layout (lines, fills) or pagination (page numbers, repeated headers). */
export function artifact(doc: Doc, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  doc.save();
  draw();
  doc.restore();
  doc.endMarkedContent();
}

/** Standard attributes of an element (e.g. a table's summary, a list's numbering). */
export function setAttributes(tag: Tag, attributes: Record<string, unknown>): void {
  tag.element.dictionary.data.A = attributes;
}

/** A PDF text string (a plain JS string becomes a PDF name in PDFKit's objects). */
export function pdfString(text: string): unknown {
  return Object(text) as unknown;
}
