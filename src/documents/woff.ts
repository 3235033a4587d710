/**
 * WOFF 1.0 to a plain OpenType (sfnt) font, once per file. WOFF keeps each table zlib-compressed; the
 * font engine PDFKit uses (fontkit) inflates a table again on every access to it, which for the glyph
 * table means once per glyph drawn or subset. Inflated here with the platform's DecompressionStream
 * (browsers, Node), the tables are read straight. Layout: W3C "WOFF File Format 1.0", sections 3–5.
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_SIZE = 44;
const ENTRY_SIZE = 20;

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function entriesOf(view: DataView, count: number): TableEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const at = HEADER_SIZE + i * ENTRY_SIZE;
    return {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
  });
}

const padded = (length: number) => (length + 3) & ~3;

/** The sfnt header and table directory (OpenType: offset table, then table records sorted by tag). */
function writeDirectory(view: DataView, flavor: number, entries: TableEntry[], offsets: number[]): void {
  const count = entries.length;
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, flavor);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  entries.forEach((entry, i) => {
    const at = 12 + i * 16;
    view.setUint32(at, entry.tag);
    view.setUint32(at + 4, entry.checksum);
    view.setUint32(at + 8, offsets[i] ?? 0);
    view.setUint32(at + 12, entry.origLength);
  });
}

/** The font as sfnt; anything that is not WOFF, or a platform without DecompressionStream, unchanged. */
export async function sfntFromWoff(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < HEADER_SIZE || view.getUint32(0) !== WOFF_SIGNATURE) return woff;
  if (typeof DecompressionStream === 'undefined') return woff;
  const entries = entriesOf(view, view.getUint16(12)).sort((a, b) => a.tag - b.tag);
  const tables = await Promise.all(
    entries.map(({ offset, compLength, origLength }) => {
      const data = woff.subarray(offset, offset + compLength);
      return compLength < origLength ? inflate(data) : Promise.resolve(data);
    }),
  );
  const offsets: number[] = [];
  let size = padded(12 + 16 * entries.length);
  for (const table of tables) {
    offsets.push(size);
    size += padded(table.byteLength);
  }
  const sfnt = new Uint8Array(size);
  writeDirectory(new DataView(sfnt.buffer), view.getUint32(4), entries, offsets);
  tables.forEach((table, i) => sfnt.set(table, offsets[i]));
  return sfnt;
}
