/**
 * The URLs of the Ubuntu font files in the browser build: each import is a webpack asset module
 * (webpack.config.js, rule for .woff), so the bundle holds only the file's URL and the bytes are fetched
 * when a document is made (fonts.ts). Imported by fonts.ts only when no other source is set, so Node,
 * which cannot import a .woff, never loads this module.
 */
import regularLatin from '@fontsource/ubuntu/files/ubuntu-latin-400-normal.woff';
import regularLatinExt from '@fontsource/ubuntu/files/ubuntu-latin-ext-400-normal.woff';
import regularCyrillic from '@fontsource/ubuntu/files/ubuntu-cyrillic-400-normal.woff';
import regularCyrillicExt from '@fontsource/ubuntu/files/ubuntu-cyrillic-ext-400-normal.woff';
import regularGreek from '@fontsource/ubuntu/files/ubuntu-greek-400-normal.woff';
import regularGreekExt from '@fontsource/ubuntu/files/ubuntu-greek-ext-400-normal.woff';
import boldLatin from '@fontsource/ubuntu/files/ubuntu-latin-700-normal.woff';
import boldLatinExt from '@fontsource/ubuntu/files/ubuntu-latin-ext-700-normal.woff';
import boldCyrillic from '@fontsource/ubuntu/files/ubuntu-cyrillic-700-normal.woff';
import boldCyrillicExt from '@fontsource/ubuntu/files/ubuntu-cyrillic-ext-700-normal.woff';
import boldGreek from '@fontsource/ubuntu/files/ubuntu-greek-700-normal.woff';
import boldGreekExt from '@fontsource/ubuntu/files/ubuntu-greek-ext-700-normal.woff';

const URLS: Readonly<Record<string, string>> = {
  'ubuntu-latin-400-normal.woff': regularLatin,
  'ubuntu-latin-ext-400-normal.woff': regularLatinExt,
  'ubuntu-cyrillic-400-normal.woff': regularCyrillic,
  'ubuntu-cyrillic-ext-400-normal.woff': regularCyrillicExt,
  'ubuntu-greek-400-normal.woff': regularGreek,
  'ubuntu-greek-ext-400-normal.woff': regularGreekExt,
  'ubuntu-latin-700-normal.woff': boldLatin,
  'ubuntu-latin-ext-700-normal.woff': boldLatinExt,
  'ubuntu-cyrillic-700-normal.woff': boldCyrillic,
  'ubuntu-cyrillic-ext-700-normal.woff': boldCyrillicExt,
  'ubuntu-greek-700-normal.woff': boldGreek,
  'ubuntu-greek-ext-700-normal.woff': boldGreekExt,
};

export function fontUrl(fileName: string): string {
  const url = URLS[fileName];
  if (!url) throw new Error(`No font file ${fileName} in the build.`);
  return url;
}
