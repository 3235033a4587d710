import { CONTENT_TYPES } from '../../../src/domain/documents/documentModel';
import { setFontSource } from '../../../src/documents/fonts';
import { makeDocument } from '../../../src/documents/make';
import { useFontsFromDisk } from '../../support/documentFonts';
import { docxRawText } from './docx/readDocx';
import { sampleModel } from './docx/sampleModel';

beforeAll(() => useFontsFromDisk());
afterAll(() => setFontSource(undefined));

describe('makeDocument', () => {
  it('makes a DOCX named after the model, with its content type', async () => {
    const made = await makeDocument(sampleModel(), 'docx');
    expect(made.name).toBe('Protokoll 2026-03-12.docx');
    expect(made.contentType).toBe(CONTENT_TYPES.docx);
    expect(await docxRawText(made.bytes)).toContain('Protokoll des Vernetzungstreffens');
  });

  it('makes a PDF named after the model, with its content type', async () => {
    const made = await makeDocument(sampleModel(), 'pdf');
    expect(made.name).toBe('Protokoll 2026-03-12.pdf');
    expect(made.contentType).toBe('application/pdf');
    expect(new TextDecoder().decode(made.bytes.subarray(0, 5))).toBe('%PDF-');
  });
});
