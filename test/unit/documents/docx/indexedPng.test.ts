import { crc32, inflateSync } from 'node:zlib';
import { indexedPng, storedZlib } from '../../../../src/documents/docx/indexedPng';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function chunks(png: Uint8Array): Chunk[] {
  const buffer = Buffer.from(png);
  const found: Chunk[] = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    found.push({ type, data: buffer.subarray(at + 8, at + 8 + length), crc: buffer.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('indexedPng', () => {
  it.each([
    [3, 2, 1],
    [400, 200, 7], // more than one stored block (80,200 bytes of scanlines)
    [1, 1, 42],
  ])('writes a %ix%i image zlib inflates back to its pixels (seed %i)', (width, height, seed) => {
    const next = random(seed);
    const pixels = Uint8Array.from({ length: width * height }, () => Math.floor(next() * 3));
    const png = indexedPng({
      width,
      height,
      palette: [
        [0, 51, 153],
        [255, 204, 0],
        [9, 9, 9],
      ],
      pixels,
    });
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    for (const part of parts) expect(part.crc).toBe(crc32(Buffer.concat([Buffer.from(part.type), part.data])));
    const header = parts[0]?.data as Buffer;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([width, height, 8, 3]);
    const raw = inflateSync(parts[2]?.data as Buffer);
    const rows = Array.from({ length: height }, (_, y) => raw.subarray(y * (width + 1), (y + 1) * (width + 1)));
    expect(rows.every((row) => row[0] === 0)).toBe(true);
    expect(Buffer.concat(rows.map((row) => row.subarray(1)))).toEqual(Buffer.from(pixels));
  });

  it('refuses pixels that do not fill the image', () => {
    expect(() => indexedPng({ width: 2, height: 2, palette: [[0, 0, 0]], pixels: new Uint8Array(3) })).toThrow();
  });
});

describe('storedZlib', () => {
  it.each([0, 1, 65535, 65536, 200000])('stores %i bytes so that zlib inflates them unchanged', (length) => {
    const data = Uint8Array.from({ length }, (_, i) => (i * 31) & 0xff);
    expect(inflateSync(storedZlib(data))).toEqual(Buffer.from(data));
  });
});
