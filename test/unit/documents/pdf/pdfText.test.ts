/**
 * Names and titles read back exactly: characters beyond the latin subset (Ł, Ş, Ğ, ć, ő; Cyrillic and
 * Greek) come from the Ubuntu subset that holds them, loaded only when the text needs it; a title with
 * "&" stays whole in the document information and keeps the XMP metadata well-formed.
 */
import { setFontSource } from '../../../../src/documents/fonts';
import { renderPdf } from '../../../../src/documents/pdf/renderPdf';
import { fontFilesRead, useFontsFromDisk } from '../../../support/documentFonts';
import { NAMES, documentOf } from '../support/models';
import { pdffonts, pdfinfo, pdftotext, xmpMetadata } from '../support/poppler';

const nameList = (names: string[]) =>
  documentOf([
    { kind: 'heading', level: 1, text: 'Eingeladene' },
    { kind: 'list', items: names },
    { kind: 'paragraph', text: names.join(', ') },
  ]);

afterAll(() => setFontSource(undefined));

describe('names beyond the latin subset', () => {
  it('are written with the subset that holds each character and read back exactly', async () => {
    useFontsFromDisk();
    const names = [...NAMES, 'Müßig-Straße', 'Olena Ćosić', 'Олена Шевченко', 'Νίκος Παπαδόπουλος'];
    const bytes = await renderPdf(nameList(names));
    const lines = pdftotext(bytes, { layout: true })[0]!
      .split('\n')
      .map((line) => line.trim().replace(/^•\s+/, '• '));
    for (const name of names) expect(lines).toContain(`• ${name}`);
    expect(pdftotext(bytes)[0]!.replace(/\s+/g, ' ')).toContain(names.join(', '));
    const fonts = pdffonts(bytes);
    expect(fonts.filter((font) => font.name.endsWith('Ubuntu-Regular')).length).toBe(4);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(fontFilesRead.sort()).toEqual(
      ['latin', 'latin-ext', 'cyrillic', 'greek']
        .flatMap((subset) => [`ubuntu-${subset}-400-normal.woff`, `ubuntu-${subset}-700-normal.woff`])
        .sort(),
    );
  });

  it('load no subset beyond latin for a text that needs none (umlauts and ß are latin)', async () => {
    useFontsFromDisk();
    const bytes = await renderPdf(nameList(['Jürgen Müßig', 'Renée Groß', 'Zoë Wójcik']));
    expect(pdftotext(bytes)[0]).toContain('Jürgen Müßig, Renée Groß, Zoë Wójcik');
    expect(fontFilesRead.sort()).toEqual(['ubuntu-latin-400-normal.woff', 'ubuntu-latin-700-normal.woff']);
  });

  it('fail the document when a font cannot be loaded, and load it again next time', async () => {
    useFontsFromDisk();
    let failures = 1;
    const disk = fontFilesRead;
    setFontSource(async (fileName) => {
      if (failures-- > 0) throw new Error('offline');
      disk.push(fileName);
      return new Uint8Array(
        await require('node:fs/promises').readFile(require.resolve(`@fontsource/ubuntu/files/${fileName}`)),
      );
    });
    await expect(renderPdf(nameList(['Łukasz']))).rejects.toThrow('offline');
    await expect(renderPdf(nameList(['Łukasz']))).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('the title', () => {
  it.each(['Austausch & Vernetzung <Nord>', 'Protokoll – Treffen „Ehrenamt“ am 3. März'])(
    '"%s" is shown whole and keeps the metadata well-formed',
    async (title) => {
      useFontsFromDisk();
      const bytes = await renderPdf(documentOf([{ kind: 'heading', level: 1, text: title }], { title }));
      expect(pdfinfo(bytes).Title).toBe(title);
      const xmp = xmpMetadata(bytes);
      expect(xmp.getElementsByTagName('dc:title')[0]?.textContent?.trim()).toBe(title);
      expect(xmp.getElementsByTagName('pdfuaid:part')[0]?.textContent?.trim()).toBe('1');
    },
  );
});
