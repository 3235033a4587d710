import { documentsHtml } from '../../../../src/domain/documents/documentLinks';
import {
  type FiledDocument,
  filedAs,
  filedFiles,
  withFiledDocument,
} from '../../../../src/domain/documents/filedDocument';

const LIBRARY = 'https://landkreisnortheim.sharepoint.com/sites/Integration/Freigegebene%20Dokumente';

/** The document's file, without its kind (as a copy is kept). */
function fileOf({ format, name, webUrl, itemId, size, madeAt, paper }: FiledDocument) {
  return { format, name, webUrl, itemId, size, madeAt, ...(paper ? { paper } : {}) };
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

function poster(paper: 'A4' | 'A3', n = 1): FiledDocument {
  const name = `2027-03-16 Fotohinweis ${paper}.pdf`;
  return { ...filedDoc('fotohinweis', 'pdf', n), name, itemId: `item-${paper}`, paper };
}

describe('the meeting’s record of its filed documents', () => {
  it('keeps one record per kind: the same format replaces, the other format stays among the others', () => {
    const docx = filedDoc('protokoll', 'docx');
    const pdf = filedDoc('protokoll', 'pdf');
    let documents = withFiledDocument(undefined, filedDoc('tagesordnung', 'pdf'));
    documents = withFiledDocument(documents, docx);
    documents = withFiledDocument(documents, pdf);
    expect(documents.protokoll).toEqual({ ...pdf, others: [fileOf(docx)] });
    expect(documents.tagesordnung?.format).toBe('pdf');

    const newerDocx = filedDoc('protokoll', 'docx', 2);
    documents = withFiledDocument(documents, newerDocx);
    expect(documents.protokoll).toEqual({ ...newerDocx, others: [fileOf(pdf)] });
    const newerPdf = filedDoc('protokoll', 'pdf', 3);
    documents = withFiledDocument(documents, newerPdf);
    expect(documents.protokoll).toEqual({ ...newerPdf, others: [fileOf(newerDocx)] });
    expect(filedAs(documents, 'protokoll', 'docx')?.size).toBe(2000);
    expect(filedAs(documents, 'protokoll', 'pdf')?.size).toBe(3000);
    expect(filedAs(documents, 'tagesordnung', 'docx')).toBeUndefined();
    expect(filedAs(undefined, 'protokoll', 'pdf')).toBeUndefined();
  });

  it('keeps the poster in both sizes: A3 filed after A4 leaves A4, a newer A4 replaces only A4', () => {
    const a4 = poster('A4');
    const a3 = poster('A3');
    let documents = withFiledDocument(undefined, a4);
    documents = withFiledDocument(documents, a3);
    expect(documents.fotohinweis).toEqual({ ...a3, others: [fileOf(a4)] });
    const newerA4 = poster('A4', 2);
    documents = withFiledDocument(documents, newerA4);
    expect(documents.fotohinweis).toEqual({ ...newerA4, others: [fileOf(a3)] });
    expect(filedAs(documents, 'fotohinweis', 'pdf', 'A3')?.name).toBe('2027-03-16 Fotohinweis A3.pdf');
    expect(filedAs(documents, 'fotohinweis', 'pdf', 'A4')?.size).toBe(2000);
  });

  it('reads a record written before: its copy, and a poster’s size from its name', () => {
    const oldA3: FiledDocument = { ...poster('A3'), paper: undefined };
    delete oldA3.paper;
    const docx = filedDoc('protokoll', 'docx');
    const old = { fotohinweis: oldA3, protokoll: { ...filedDoc('protokoll', 'pdf'), copy: fileOf(docx) } };
    expect(filedAs(old, 'fotohinweis', 'pdf', 'A3')?.name).toBe(oldA3.name);
    expect(filedAs(old, 'fotohinweis', 'pdf', 'A4')).toBeUndefined();
    expect(filedAs(old, 'protokoll', 'docx')).toEqual(fileOf(docx));
    // Filing A4 keeps the older A3 (now with its size); filing the PDF again keeps the old copy.
    let documents = withFiledDocument(old, poster('A4'));
    expect(documents.fotohinweis?.others).toEqual([{ ...fileOf(oldA3), paper: 'A3' }]);
    documents = withFiledDocument(documents, filedDoc('protokoll', 'pdf', 2));
    expect(documents.protokoll).toEqual({ ...filedDoc('protokoll', 'pdf', 2), others: [fileOf(docx)] });
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
    const both = withFiledDocument(withFiledDocument(undefined, poster('A4')), poster('A3'));
    expect(documentsHtml(both)).toBe(
      '<ul>' +
        `<li><a href="${LIBRARY}/Vernetzungstreffen/fotohinweis.pdf?v=1">Fotohinweis A3 (PDF)</a></li>` +
        `<li><a href="${LIBRARY}/Vernetzungstreffen/fotohinweis.pdf?v=1">Fotohinweis A4 (PDF)</a></li>` +
        '</ul>',
    );
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
