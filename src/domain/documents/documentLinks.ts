/**
 * The meeting's documents as colleagues see them in the list's "Dokumente" column: one link per filed
 * file, named by the document, its paper size where it has one, and its format ("Protokoll (DOCX)",
 * "Fotohinweis A3 (PDF)"), as rich text.
 */
import { escapeHtml } from '../planning/render';
import { DOCUMENT_LABELS, type FiledDocuments, type FiledFile, filedFiles } from './filedDocument';
import type { DocumentKind } from './documentModel';

/** A link only to a web address (what Graph gave after the upload); anything else is shown as text. */
function webAddress(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Protokoll (DOCX)", "Fotohinweis A3 (PDF)". */
export function documentLabel(kind: DocumentKind, file: Pick<FiledFile, 'format' | 'paper'>): string {
  const paper = file.paper ? ` ${file.paper}` : '';
  return `${DOCUMENT_LABELS[kind]}${paper} (${file.format.toUpperCase()})`;
}

/** The list of links, every text and address escaped; empty when nothing was filed. */
export function documentsHtml(documents: FiledDocuments | undefined): string {
  const items = filedFiles(documents).map(({ kind, file }) => {
    const label = escapeHtml(documentLabel(kind, file));
    const href = webAddress(file.webUrl);
    return `<li>${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}</li>`;
  });
  return items.length > 0 ? `<ul>${items.join('')}</ul>` : '';
}
