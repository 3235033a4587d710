/**
 * A PNG of palette colours (colour type 3, 8 bits a pixel), written without a compressor: the image data
 * goes into zlib's "stored" (uncompressed) DEFLATE blocks, which every PNG reader inflates. The PNG is
 * larger than it need be, but it travels inside the DOCX, a zip file that deflates it anyway, so the made
 * file hardly grows, and no compression library is loaded for it.
 */

export interface IndexedImage {
  width: number;
  height: number;
  /** Colours as [r, g, b], at most 256. */
  palette: readonly (readonly [number, number, number])[];
  /** One palette index per pixel, row by row from the top left. */
  pixels: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const STORED_BLOCK_MAX = 0xffff;

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array(4 + data.length);
  typed.set(Array.from(type, (char) => char.charCodeAt(0)));
  typed.set(data, 4);
  const out = new Uint8Array(4 + typed.length + 4);
  out.set(uint32(data.length));
  out.set(typed, 4);
  out.set(uint32(crc32(typed)), 4 + typed.length);
  return out;
}

/** A zlib stream (RFC 1950) of stored DEFLATE blocks (RFC 1951, BTYPE 00). */
export function storedZlib(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / STORED_BLOCK_MAX));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  out.set([0x78, 0x01]);
  let at = 2;
  for (let block = 0; block < blocks; block++) {
    const part = data.subarray(block * STORED_BLOCK_MAX, (block + 1) * STORED_BLOCK_MAX);
    const last = block === blocks - 1 ? 1 : 0;
    out.set([last, part.length & 0xff, part.length >>> 8, ~part.length & 0xff, (~part.length >>> 8) & 0xff], at);
    out.set(part, at + 5);
    at += 5 + part.length;
  }
  out.set(uint32(adler32(data)), at);
  return out;
}

/** Each row behind PNG filter type 0 (none). */
function scanlines(image: IndexedImage): Uint8Array {
  const raw = new Uint8Array(image.height * (image.width + 1));
  for (let y = 0; y < image.height; y++) {
    raw.set(image.pixels.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  }
  return raw;
}

export function indexedPng(image: IndexedImage): Uint8Array {
  if (image.pixels.length !== image.width * image.height) throw new Error('indexedPng: pixels do not fill the image');
  if (image.palette.length === 0 || image.palette.length > 256) throw new Error('indexedPng: 1 to 256 colours');
  const header = Uint8Array.from([...uint32(image.width), ...uint32(image.height), 8, 3, 0, 0, 0]);
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(image.palette.flat())),
    chunk('IDAT', storedZlib(scanlines(image))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
