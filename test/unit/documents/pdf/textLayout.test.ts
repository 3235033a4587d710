import { breakUnits, runsOf, wrap, type Measure } from '../../../../src/documents/pdf/textLayout';

/** Every character 1 unit wide at size 1. */
const measure: Measure = (run, size) => [...run.text].length * size;
const style = { size: 1, weight: 'regular' as const, leading: 1.2 };
const shown = (text: string, width: number) =>
  wrap(text, width, style, measure).map((line) => line.runs.map((r) => r.text).join(''));

describe('text runs', () => {
  it('change font where a character is in another subset', () => {
    expect(runsOf('Łukasz Şahin-Wójcik', 'bold')).toEqual([
      { text: 'Ł', font: 'bold-latin-ext' },
      { text: 'ukasz ', font: 'bold-latin' },
      { text: 'Ş', font: 'bold-latin-ext' },
      { text: 'ahin-Wójcik', font: 'bold-latin' },
    ]);
  });

  it('compose decomposed accents first (e + U+0301 is é, latin)', () => {
    expect(runsOf('Rene\u0301e', 'regular')).toEqual([{ text: 'Renée', font: 'regular-latin' }]);
  });
});

describe('wrapping', () => {
  it('breaks at spaces and after a hyphen between letters', () => {
    expect(breakUnits('Şahin-Wójcik und Co')).toEqual(['Şahin-', 'Wójcik ', 'und ', 'Co']);
    expect(breakUnits('A - B')).toEqual(['A ', '- ', 'B']);
  });

  it('fills lines up to the width and keeps the break space for reading back, not for the width', () => {
    const lines = wrap('eins zwei drei vier', 9, style, measure);
    expect(lines.map((line) => line.runs.map((r) => r.text).join(''))).toEqual(['eins zwei ', 'drei vier']);
    expect(lines.map((line) => line.width)).toEqual([9, 9]);
  });

  it('cuts a word longer than the line between characters', () => {
    expect(shown('Donaudampfschiff', 6)).toEqual(['Donaud', 'ampfsc', 'hiff']);
  });

  it('keeps line breaks of the text, empty lines too', () => {
    expect(shown('Zeile eins\n\nZeile drei', 20)).toEqual(['Zeile eins ', ' ', 'Zeile drei']);
  });

  it('breaks a double name after its hyphen without a space', () => {
    expect(shown('Şahin-Wójcik', 8)).toEqual(['Şahin-', 'Wójcik']);
  });
});
