/**
 * What PDFKit 0.20 takes for tagged PDF and @types/pdfkit (written for 0.17) does not name: a table
 * header cell's scope, a figure's bounding box and placement (PDF/UA), and the element's own dictionary,
 * where the renderer sets a table's summary and a list's numbering attribute.
 */
declare namespace PDFKit.Mixins {
  interface StructureElementOptions {
    scope?: 'Row' | 'Column' | 'Both';
    /** Left, top, right, bottom in the page's top-down coordinates. */
    bbox?: [number, number, number, number];
    placement?: 'Block' | 'Inline';
  }
}

declare namespace PDFKit {
  interface PDFStructureElement {
    dictionary: { data: Record<string, unknown> };
  }
}
