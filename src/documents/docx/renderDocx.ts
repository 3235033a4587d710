/**
 * A DocumentModel as a Word document (DOCX), with the `docx` library: the pane loads this module (and
 * with it the library) only when a DOCX is made, through make.ts. Works in the browser and in Node: the
 * package is zipped to bytes by docx itself, without Blob or Buffer.
 */
import { Document, Packer } from 'docx';
import type { DocumentModel } from '../../domain/documents/documentModel';
import { docxBody } from './docxBlocks';
import { documentStyles, listNumbering, pageNumberFooter, sectionProperties } from './docxLayout';
import { CREATOR, packageParts } from './docxParts';

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const document = new Document({
    title: model.title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: documentStyles(model.lang),
    numbering: listNumbering(),
    sections: [
      {
        properties: sectionProperties(model.page),
        ...(model.pageNumbers ? { footers: { default: pageNumberFooter() } } : {}),
        children: docxBody(model),
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, packageParts(model));
}
