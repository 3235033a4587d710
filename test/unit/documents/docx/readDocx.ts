/**
 * Reads a made DOCX back the way other programs do: mammoth (Word to HTML, as a reader that knows only
 * the built-in styles would), and the package's XML parts unzipped with JSZip and parsed with xmldom
 * (both mammoth's own dependencies). The HTML is parsed with jsdom.
 */
import { DOMParser } from '@xmldom/xmldom';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import mammoth from 'mammoth';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Caption paragraphs become <p class="caption">, so a test can find them (mammoth knows no caption style). */
const STYLE_MAP = ["p[style-name='caption'] => p.caption:fresh"];

export interface DocxAsHtml {
  html: Document;
  messages: { type: string; message: string }[];
}

export async function docxAsHtml(bytes: Uint8Array): Promise<DocxAsHtml> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  return { html: new JSDOM(result.value).window.document, messages: result.messages };
}

export async function docxRawText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

export async function docxFiles(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

export async function docxBinary(bytes: Uint8Array, path: string): Promise<Uint8Array> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return file.async('uint8array');
}

export async function docxXml(bytes: Uint8Array, path: string): Promise<Document> {
  const text = new TextDecoder().decode(await docxBinary(bytes, path));
  const errors: string[] = [];
  const parser = new DOMParser({
    errorHandler: (level: string, message: unknown) => errors.push(`${level}: ${String(message)}`),
  });
  const document = parser.parseFromString(text, 'text/xml');
  if (errors.length > 0) throw new Error(`${path} is not well-formed XML: ${errors.join('; ')}`);
  return document;
}

/** The elements `w:<name>` under a node, in document order. */
export function wAll(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, name));
}

export function wAttr(element: Element | undefined, name: string): string | null {
  return element?.getAttributeNS(W, name) ?? null;
}
