/**
 * A DocumentModel as a tagged PDF (PDF/UA-1): a structure tree in the blocks' order under one Document
 * element, the language de-DE, the title in the document information and shown in the viewer's title
 * bar, every character in embedded subsets of Ubuntu (no standard font at all), and "Seite x von y" as a
 * pagination artifact at the foot of each page. Works in the browser (PDFKit's browser build, fonts
 * fetched on demand) and in Node (tests).
 */
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel } from '../../domain/documents/documentModel';
import { fontKey, loadFonts, subsetsFor, type FontKey } from '../fonts';
import { Flow } from './flow';
import { fundingHeight, renderFunding } from './funding';
import { pageMargins, paragraphStyle, scaleOf } from './styles';
import { renderTable, tableStart } from './table';
import { artifact, type Tag } from './tags';
import {
  headingHeight,
  listStart,
  paragraphStart,
  renderHeading,
  renderList,
  renderParagraph,
  renderSignatureLine,
  signatureHeight,
} from './textBlocks';

/**
 * `font: null`: no default font, so PDFKit never loads a standard font (Helvetica, its default; the
 * browser build does not even have it). The subset PDF/UA writes the PDF/UA identification into the XMP
 * metadata. @types/pdfkit (written for 0.17) knows neither.
 */
type DocumentOptions = Omit<PDFKit.PDFDocumentOptions, 'font' | 'subset'> & { font: null; subset: 'PDF/UA' };
const Document = PDFDocument as unknown as new (options: DocumentOptions) => PDFKit.PDFDocument;

const PRODUCER = 'Treffpunkt';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * The title for PDFKit's document information. PDFKit writes it twice: into the information dictionary
 * (from the string's value) and into the XMP metadata, unescaped, through a template string (which calls
 * toString). A string object whose toString is XML-escaped keeps "Austausch & Vernetzung" whole in both.
 */
function infoTitle(title: string): string {
  const escaped = title.replace(/[&<>]/g, (char) => XML_ESCAPES[char] ?? char);
  return Object.assign(Object(title) as object, { toString: () => escaped }) as unknown as string;
}

/** Every text the document shows, to know which font subsets to load. */
function textsOf(model: DocumentModel): string[] {
  const texts = ['Seite 0123456789 von'];
  for (const block of model.blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph') texts.push(block.text);
    if (block.kind === 'list') texts.push(...block.items);
    if (block.kind === 'funding') texts.push(block.statement);
    if (block.kind === 'signatureLine') texts.push(block.label);
    if (block.kind === 'table') {
      texts.push(...block.columns.map((column) => column.header), ...block.rows.flat(), ...(block.totals ?? []));
    }
  }
  return texts;
}

function createDocument(model: DocumentModel, fonts: Map<FontKey, Uint8Array>): PDFKit.PDFDocument {
  const doc = new Document({
    size: model.page.size,
    layout: model.page.orientation,
    margins: pageMargins(scaleOf(model.page)),
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    lang: model.lang,
    displayTitle: true,
    info: { Title: infoTitle(model.title), Creator: PRODUCER },
    font: null,
  });
  for (const [key, bytes] of fonts) doc.registerFont(key, bytes);
  return doc.font(fontKey('regular', 'latin'));
}

/** The document's bytes once it has ended. */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
  });
}

/** How much of a block must fit below a heading before it (the heading keeps with it). */
function startHeight(flow: Flow, block: Block | undefined): number {
  switch (block?.kind) {
    case 'heading':
      return headingHeight(flow, block);
    case 'paragraph':
      return paragraphStart(flow, block);
    case 'list':
      return listStart(flow);
    case 'table':
      return tableStart(flow, block);
    case 'funding':
      return fundingHeight(flow, block);
    case 'signatureLine':
      return signatureHeight(flow, block);
    default:
      return 0;
  }
}

function renderBlock(flow: Flow, block: Block, next: Block | undefined): void {
  switch (block.kind) {
    case 'heading':
      return renderHeading(flow, block, startHeight(flow, next));
    case 'paragraph':
      return renderParagraph(flow, block);
    case 'list':
      return renderList(flow, block);
    case 'table':
      return renderTable(flow, block);
    case 'funding':
      return renderFunding(flow, block);
    case 'signatureLine':
      return renderSignatureLine(flow, block);
  }
}

/** "Seite x von y" centred in the bottom margin of every page. */
function addPageNumbers(flow: Flow): void {
  const { doc } = flow;
  const style = paragraphStyle(flow.scale, 'small');
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const [line] = flow.wrap(`Seite ${page - start + 1} von ${count}`, flow.width, style);
    const top = flow.bottom + (doc.page.margins.bottom - flow.lineHeight(style)) / 2;
    if (line)
      artifact(
        doc,
        () => flow.drawLine(line, top, style, { x: flow.left, width: flow.width, align: 'center' }),
        'Pagination',
      );
  }
}

export async function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  const fonts = await loadFonts(subsetsFor(textsOf(model)));
  const doc = createDocument(model, fonts);
  const bytes = collect(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const flow = new Flow(doc, scaleOf(model.page), { element: root, type: 'Document' } satisfies Tag);
  model.blocks.forEach((block, index) => renderBlock(flow, block, model.blocks[index + 1]));
  if (model.pageNumbers) addPageNumbers(flow);
  root.end();
  doc.end();
  return bytes;
}
