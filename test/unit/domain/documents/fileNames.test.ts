import {
  MAX_FILE_NAME_LENGTH,
  meetingFileName,
  safeFileName,
  safeFileNameWithExtension,
  yearReportFileName,
} from '../../../../src/domain/documents/fileNames';
import { folderName, meetingFolderPath } from '../../../../src/domain/documents/libraryNames';

/** What SharePoint refuses (and what we avoid besides): none of it may survive. */
function expectSafe(name: string) {
  expect(name).not.toMatch(/["*:<>?/\\|#%&{}~]/);
  expect([...name].every((c) => c.charCodeAt(0) >= 32)).toBe(true);
  expect(name).not.toMatch(/^[\s.]|[\s.]$/);
  expect(name).not.toMatch(/_vti_/i);
  expect(name).not.toMatch(/^~\$/);
  expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d|desktop\.ini|\.lock)$/i);
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
}

describe('safeFileName', () => {
  it('names the documents of a meeting and the year report', () => {
    expect(meetingFileName('2026-12-10', 'Teilnehmendenliste')).toBe('2026-12-10 Teilnehmendenliste');
    expect(meetingFileName('2026-12-10', 'Fotohinweis A3')).toBe('2026-12-10 Fotohinweis A3');
    expect(yearReportFileName(2026)).toBe('Jahresbericht 2026');
  });

  it('replaces every character SharePoint refuses, and # % & { } ~', () => {
    expect(safeFileName('A&B {neu} ~Kopie')).toBe('A-B -neu- -Kopie');
    expect(safeFileName('Treffen: "Bürgergeld" 50% <neu> / alt \\ a|b * c? #1')).toBe(
      'Treffen- -Bürgergeld- 50- -neu- - alt - a-b - c- -1',
    );
  });

  it('keeps umlauts, ß and other letters', () => {
    expect(safeFileName('Protokoll Groß-Schneen Łukasz Şahin')).toBe('Protokoll Groß-Schneen Łukasz Şahin');
  });

  it('trims spaces and dots at both ends, folds whitespace and runs of dots', () => {
    expect(safeFileName('  ..Tagesordnung\tneu...  ')).toBe('Tagesordnung neu');
    expect(safeFileName('a..b')).toBe('a.b');
  });

  it('never gives a reserved name, _vti_ or a leading ~$', () => {
    for (const name of ['CON', 'nul', 'COM1', 'lpt9', 'desktop.ini', '.lock', '~$Protokoll', 'a_vti_b', '__vti__x']) {
      expectSafe(safeFileName(name));
    }
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('~$Protokoll')).toBe('Protokoll');
  });

  it('shortens a long name and falls back where nothing usable is left', () => {
    const long = safeFileName(`${'Ä'.repeat(200)}`);
    expect(long).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(safeFileName(' ... ')).toBe('Dokument');
    expectSafe(safeFileName(`${'x'.repeat(MAX_FILE_NAME_LENGTH - 1)} .y`));
  });

  it('makes any text safe (seeded random texts of the characters that matter)', () => {
    const alphabet = [
      'a',
      'Ö',
      'ß',
      ' ',
      '.',
      '"',
      '*',
      ':',
      '<',
      '>',
      '?',
      '/',
      '\\',
      '|',
      '#',
      '%',
      '~',
      '$',
      '_',
      'v',
      't',
      'i',
      '\n',
    ];
    for (const seed of [1, 7, 42, 2026]) {
      let state = seed;
      const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let n = 0; n < 200; n++) {
        const length = Math.floor(random() * 40);
        const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        expectSafe(safeFileName(text));
      }
    }
  });
});

describe('names as uploaded and folders: the same rules', () => {
  it('names a meeting’s folder by its date under the folder of all meetings', () => {
    expect(meetingFolderPath('2026-12-10')).toEqual(['Vernetzungstreffen', '2026-12-10 Vernetzungstreffen']);
  });

  it.each([
    ['Protokoll: 16.03.2027?.pdf', 'Protokoll- 16.03.2027-.pdf'],
    ['a/b\\c|d*e"f<g>h#i%j&k{l}m~n.docx', 'a-b-c-d-e-f-g-h-i-j-k-l-m-n.docx'],
    ['  . Tagesordnung  ..pdf', 'Tagesordnung.pdf'],
    ['Liste\u0000\u001f\u007f.pdf', 'Liste---.pdf'],
    ['x_vti_y.pdf', 'xvtiy.pdf'],
    ['CON.pdf', 'CON_.pdf'],
    ['Teilnehmendenliste Wójcik Łukasz Şahin Straße.PDF', 'Teilnehmendenliste Wójcik Łukasz Şahin Straße.pdf'],
    ['.pdf', 'pdf'],
    ['???', '---'],
    ['', 'Dokument'],
  ])('file name %j → %j', (given, expected) => {
    expect(safeFileNameWithExtension(given)).toBe(expected);
    expect(safeFileNameWithExtension(expected)).toBe(expected);
  });

  it('shortens long names to the limit, keeping the extension, never ending in a period or space', () => {
    const long = safeFileNameWithExtension(`${'Ä'.repeat(MAX_FILE_NAME_LENGTH - 5)} .  x${'y'.repeat(300)}.docx`);
    expect(long.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(long).toMatch(/[^ .]\.docx$/);
    expect(folderName('x'.repeat(500))).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(folderName(' .. ')).toBe('Ordner');
    expect(folderName('aux')).toBe('aux_');
  });
});
