/** WOFF unpacked to sfnt reads as the same font: same glyphs, same metrics, every table intact. */
import { readFileSync } from 'node:fs';
import { sfntFromWoff } from '../../../src/documents/woff';

const fontkit = require('fontkit') as {
  create(bytes: Uint8Array): {
    type: string;
    numGlyphs: number;
    postscriptName: string;
    head: { checkSumAdjustment: number };
    layout(text: string): { advanceWidth: number; glyphs: { id: number }[] };
    getGlyph(id: number): { path: { toSVG(): string } };
  };
};
const file = (name: string) => new Uint8Array(readFileSync(require.resolve(`@fontsource/ubuntu/files/${name}`)));

describe('sfntFromWoff', () => {
  it.each(['ubuntu-latin-400-normal.woff', 'ubuntu-latin-ext-700-normal.woff'])(
    'unpacks %s to the same font',
    async (name) => {
      const woff = fontkit.create(file(name));
      const sfnt = fontkit.create(await sfntFromWoff(file(name)));
      expect([woff.type, sfnt.type]).toEqual(['WOFF', 'TTF']);
      expect(sfnt.numGlyphs).toBe(woff.numGlyphs);
      expect(sfnt.postscriptName).toBe(woff.postscriptName);
      expect(sfnt.head.checkSumAdjustment).toBe(woff.head.checkSumAdjustment);
      const text = 'Łukasz Şahin-Wójcik, Müßig-Straße';
      expect(sfnt.layout(text).advanceWidth).toBe(woff.layout(text).advanceWidth);
      for (const { id } of woff.layout(text).glyphs)
        expect(sfnt.getGlyph(id).path.toSVG()).toBe(woff.getGlyph(id).path.toSVG());
    },
  );

  it('leaves bytes that are not WOFF as they are', async () => {
    const bytes = new Uint8Array([0, 1, 0, 0, 0, 4]);
    expect(await sfntFromWoff(bytes)).toBe(bytes);
  });
});
