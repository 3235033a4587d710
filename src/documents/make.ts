/**
 * The one entry the pane uses to make a file from a DocumentModel. Each renderer, with its library
 * (PDFKit and the fonts; docx), is imported only when a file of its format is made, into a chunk of its
 * own, so neither reaches the pane's first load nor the other format's download.
 */
import {
  CONTENT_TYPES,
  type DocumentFormat,
  type DocumentModel,
  type MadeFile,
} from '../domain/documents/documentModel';

type Renderer = (model: DocumentModel) => Promise<Uint8Array>;

const RENDERERS: Record<DocumentFormat, () => Promise<Renderer>> = {
  pdf: async () => (await import(/* webpackChunkName: "pdf" */ './pdf/renderPdf')).renderPdf,
  docx: async () => (await import(/* webpackChunkName: "docx" */ './docx/renderDocx')).renderDocx,
};

export async function makeDocument(model: DocumentModel, format: DocumentFormat): Promise<MadeFile> {
  const render = await RENDERERS[format]();
  return { name: `${model.fileName}.${format}`, contentType: CONTENT_TYPES[format], bytes: await render(model) };
}
