/**
 * Two package parts written here rather than by docx, as its options cannot say what they need to:
 * - docProps/core.xml with the document's language (dc:language) beside its title and creator;
 * - word/fontTable.xml describing Ubuntu (its PANOSE number, a sans-serif family, Arial as its alternative
 *   name), so that Word, where Ubuntu is not installed, shows Arial instead. The font is not embedded.
 * They replace docx's own parts of the same path when the package is zipped.
 */
import type { DocumentModel } from '../../domain/documents/documentModel';
import { FALLBACK_FONT, FONT } from './docxLayout';

export interface PackagePart {
  path: string;
  data: string;
}

export const CREATOR = 'Treffpunkt';

/** Ubuntu Regular's PANOSE classification, from the OS/2 table of the font file. */
const UBUNTU_PANOSE = '020B0504030602030204';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );
}

function coreProperties(model: DocumentModel, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const namespaces = [
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    'xmlns:dc="http://purl.org/dc/elements/1.1/"',
    'xmlns:dcterms="http://purl.org/dc/terms/"',
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  ].join(' ');
  return [
    DECLARATION,
    `<cp:coreProperties ${namespaces}>`,
    `<dc:title>${escapeXml(model.title)}</dc:title>`,
    `<dc:creator>${CREATOR}</dc:creator>`,
    `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>`,
    `<dc:language>${model.lang}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

function fontTable(): string {
  return [
    DECLARATION,
    `<w:fonts xmlns:w="${W}">`,
    `<w:font w:name="${FONT}">`,
    `<w:altName w:val="${FALLBACK_FONT}"/>`,
    `<w:panose1 w:val="${UBUNTU_PANOSE}"/>`,
    '<w:charset w:val="00"/>',
    '<w:family w:val="swiss"/>',
    '<w:pitch w:val="variable"/>',
    '</w:font>',
    '</w:fonts>',
  ].join('');
}

export function packageParts(model: DocumentModel, now: Date = new Date()): PackagePart[] {
  return [
    { path: 'docProps/core.xml', data: coreProperties(model, now) },
    { path: 'word/fontTable.xml', data: fontTable() },
  ];
}
