import { fontFileName, subsetOf, subsetsFor } from '../../../src/documents/fonts';

describe('Ubuntu subsets', () => {
  it.each([
    ['W', 'latin'],
    ['ó', 'latin'],
    ['ß', 'latin'],
    ['–', 'latin'],
    ['€', 'latin'],
    ['Ł', 'latin-ext'],
    ['Ş', 'latin-ext'],
    ['Ğ', 'latin-ext'],
    ['ć', 'latin-ext'],
    ['ő', 'latin-ext'],
    ['Ж', 'cyrillic'],
    ['Ω', 'greek'],
    ['😀', 'latin'],
  ])('%s is in %s', (char, subset) => {
    expect(subsetOf(char.codePointAt(0)!)).toBe(subset);
  });

  it('are the ones a text needs, latin first and always', () => {
    expect(subsetsFor(['Jürgen Müßig'])).toEqual(['latin']);
    expect(subsetsFor(['Олена', 'Łukasz'])).toEqual(['latin', 'latin-ext', 'cyrillic']);
  });

  it('name fontsource files', () => {
    expect(fontFileName('bold', 'latin-ext')).toBe('ubuntu-latin-ext-700-normal.woff');
  });
});
