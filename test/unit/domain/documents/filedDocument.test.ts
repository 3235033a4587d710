import { documentsHtml } from '../../../../src/domain/documents/documentLinks';
import {
  type FiledDocument,
  filedAs,
  filedFiles,
  withFiledDocument,
} from '../../../../src/domain/documents/filedDocument';

const LIBRARY = 'https://landkreisnortheim.sharepoint.com/sites/Integration/Freigegebene%20Dokumente';

/** The document's file, without its kind (as a copy is kept). */
function fileOf({ format, name, webUrl, itemId, size, madeAt }: FiledDocument) {
  return { format, name, webUrl, itemId, size, madeAt };
}

function filedDoc(kind: FiledDocument['kind'], format: FiledDocument['format'], n = 1): FiledDocument {
  return {
    kind,
    format,
    name: `2027-03-16 ${kind}.${format}`,
    webUrl: `${LIBRARY}/Vernetzungstreffen/${kind}.${format}?v=${n}`,
    itemId: `item-${kind}-${format}`,
    size: 1000 * n,
    madeAt: `2027-03-16T1${n}:00:00Z`,
  };
}

describe('the meeting’s record of its filed documents', () => {
  it('keeps one record per kind: the same format replaces, the other format becomes the copy', () => {
    const docx = filedDoc('protokoll', 'docx');
    const pdf = filedDoc('protokoll', 'pdf');
    let documents = withFiledDocument(undefined, filedDoc('tagesordnung', 'pdf'));
    documents = withFiledDocument(documents, docx);
    documents = withFiledDocument(documents, pdf);
    expect(documents.protokoll).toEqual({ ...pdf, copy: fileOf(docx) });
    expect(documents.tagesordnung?.format).toBe('pdf');

    const newerDocx = filedDoc('protokoll', 'docx', 2);
    documents = withFiledDocument(documents, newerDocx);
    expect(documents.protokoll).toEqual({ ...newerDocx, copy: fileOf(pdf) });
    const newerPdf = filedDoc('protokoll', 'pdf', 3);
    documents = withFiledDocument(documents, newerPdf);
    expect(documents.protokoll).toEqual({ ...newerPdf, copy: fileOf(newerDocx) });
    expect(filedAs(documents, 'protokoll', 'docx')?.size).toBe(2000);
    expect(filedAs(documents, 'protokoll', 'pdf')?.size).toBe(3000);
    expect(filedAs(documents, 'tagesordnung', 'docx')).toBeUndefined();
    expect(filedAs(undefined, 'protokoll', 'pdf')).toBeUndefined();
  });

  it('lists the files in the documents’ order, each kind’s main file before its copy', () => {
    let documents = withFiledDocument(undefined, filedDoc('protokoll', 'docx'));
    documents = withFiledDocument(documents, filedDoc('protokoll', 'pdf'));
    documents = withFiledDocument(documents, filedDoc('teilnehmendenliste', 'pdf'));
    expect(filedFiles(documents).map(({ kind, file }) => `${kind} ${file.format}`)).toEqual([
      'teilnehmendenliste pdf',
      'protokoll pdf',
      'protokoll docx',
    ]);
  });
});

describe('documentsHtml: the "Dokumente" column', () => {
  it('links every filed file, named by document and format', () => {
    let documents = withFiledDocument(undefined, filedDoc('protokoll', 'docx'));
    documents = withFiledDocument(documents, filedDoc('protokoll', 'pdf'));
    documents = withFiledDocument(documents, filedDoc('fotohinweis', 'pdf'));
    expect(documentsHtml(documents)).toBe(
      '<ul>' +
        `<li><a href="${LIBRARY}/Vernetzungstreffen/fotohinweis.pdf?v=1">Fotohinweis (PDF)</a></li>` +
        `<li><a href="${LIBRARY}/Vernetzungstreffen/protokoll.pdf?v=1">Protokoll (PDF)</a></li>` +
        `<li><a href="${LIBRARY}/Vernetzungstreffen/protokoll.docx?v=1">Protokoll (DOCX)</a></li>` +
        '</ul>',
    );
    expect(documentsHtml(undefined)).toBe('');
    expect(documentsHtml({})).toBe('');
  });

  it('escapes the address and links nothing but web addresses', () => {
    const quoted = { ...filedDoc('tagesordnung', 'pdf'), webUrl: `${LIBRARY}/a.pdf?x="><script>&y='1'` };
    const html = documentsHtml({ tagesordnung: quoted });
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/href="[^"]*"[^>]/);
    expect(html).toContain('&amp;y=');
    for (const webUrl of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url']) {
      const bad = documentsHtml({ tagesordnung: { ...filedDoc('tagesordnung', 'pdf'), webUrl } });
      expect(bad).toBe('<ul><li>Tagesordnung (PDF)</li></ul>');
    }
  });
});
