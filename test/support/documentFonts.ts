/**
 * Node has no build to fetch the Ubuntu font files from: tests that make a PDF read them from
 * node_modules/@fontsource/ubuntu/files. Call useFontsFromDisk() before rendering.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setFontSource } from '../../src/documents/fonts';

const FILES = path.join(path.dirname(require.resolve('@fontsource/ubuntu/package.json')), 'files');

/** Which font files the renderer asked for since the last call (a file is read once per source). */
export const fontFilesRead: string[] = [];

export function useFontsFromDisk(): void {
  fontFilesRead.length = 0;
  setFontSource(async (fileName) => {
    fontFilesRead.push(fileName);
    return new Uint8Array(await readFile(path.join(FILES, fileName)));
  });
}
