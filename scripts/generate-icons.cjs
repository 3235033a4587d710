#!/usr/bin/env node
/**
 * Draws the Treffpunkt icons as PNG files into assets/ — pure Node (node:zlib), no image library.
 *
 * Motif: three overlapping circles (people meeting) around a small contrasting centre dot (the meeting
 * point), in the county blue #0F5A9C. Variants:
 *   button  — blue motif on transparent (ribbon buttons: 16, 32, 80)
 *   tile    — white motif on a blue rounded square (add-in icons: 64, 128; unified manifest color 192)
 *   outline — white motif on transparent (unified manifest outline icon, 32×32)
 *
 * Usage: node scripts/generate-icons.cjs [--check]
 *   --check  compare with the files in assets/ and exit 1 if any is missing or differs.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BLUE = [0x0f, 0x5a, 0x9c];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4; // 4×4 samples per pixel: simple anti-aliasing

/** The files the manifests reference; keep in step with manifest.xml and manifest/manifest.json. */
const ICONS = [
  { file: 'icon-16.png', size: 16, variant: 'button' },
  { file: 'icon-32.png', size: 32, variant: 'button' },
  { file: 'icon-80.png', size: 80, variant: 'button' },
  { file: 'icon-64.png', size: 64, variant: 'tile' },
  { file: 'icon-128.png', size: 128, variant: 'tile' },
  { file: 'color-192.png', size: 192, variant: 'tile' },
  { file: 'outline-32.png', size: 32, variant: 'outline' },
];

/** Shapes in unit coordinates (0..1), painted in order with the "over" operator. */
function scene(variant) {
  const ink = variant === 'button' ? BLUE : WHITE;
  // The meeting point stands out against the overlap; the outline icon must stay white only.
  const dot = { button: WHITE, tile: BLUE, outline: WHITE }[variant];
  const people = [
    { kind: 'circle', cx: 0.5, cy: 0.35, r: 0.24, color: ink, alpha: 0.6 },
    { kind: 'circle', cx: 0.32, cy: 0.64, r: 0.24, color: ink, alpha: 0.6 },
    { kind: 'circle', cx: 0.68, cy: 0.64, r: 0.24, color: ink, alpha: 0.6 },
    { kind: 'circle', cx: 0.5, cy: 0.545, r: 0.075, color: dot, alpha: 1 },
  ];
  if (variant !== 'tile') return people;
  const tile = {
    kind: 'roundRect',
    x0: 0,
    y0: 0,
    x1: 1,
    y1: 1,
    radius: 0.18,
    color: BLUE,
    alpha: 1,
  };
  // On the tile the motif sits a little smaller so it keeps a margin.
  const inset = people.map((s) => ({
    ...s,
    cx: 0.5 + (s.cx - 0.5) * 0.8,
    cy: 0.5 + (s.cy - 0.5) * 0.8,
    r: s.r * 0.8,
  }));
  return [tile, ...inset];
}

function inside(shape, x, y) {
  if (shape.kind === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
  const { x0, y0, x1, y1, radius } = shape;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
  const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** Renders RGBA pixels (straight alpha) for a square image of `size` pixels. */
function render(size, shapes) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0]; // premultiplied
      for (let s = 0; s < n; s++) {
        const x = (px + ((s % SUBSAMPLES) + 0.5) / SUBSAMPLES) / size;
        const y = (py + (Math.floor(s / SUBSAMPLES) + 0.5) / SUBSAMPLES) / size;
        let [r, g, b, a] = [0, 0, 0, 0];
        for (const shape of shapes) {
          if (!inside(shape, x, y)) continue;
          const k = shape.alpha;
          r = shape.color[0] * k + r * (1 - k);
          g = shape.color[1] * k + g * (1 - k);
          b = shape.color[2] * k + b * (1 - k);
          a = k + a * (1 - k);
        }
        acc[0] += r;
        acc[1] += g;
        acc[2] += b;
        acc[3] += a;
      }
      const alpha = acc[3] / n;
      const offset = (py * size + px) * 4;
      if (alpha > 0) {
        pixels[offset] = Math.round(acc[0] / n / alpha);
        pixels[offset + 1] = Math.round(acc[1] / n / alpha);
        pixels[offset + 2] = Math.round(acc[2] / n / alpha);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes straight-alpha RGBA pixels as an 8-bit truecolour-with-alpha PNG. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, no filter method, no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride); // filter 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main(argv) {
  const check = argv.includes('--check');
  const assetsDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(assetsDir, { recursive: true });
  let stale = 0;
  for (const icon of ICONS) {
    const png = encodePng(icon.size, render(icon.size, scene(icon.variant)));
    const target = path.join(assetsDir, icon.file);
    if (check) {
      const same = fs.existsSync(target) && fs.readFileSync(target).equals(png);
      if (!same) stale++;
      console.log(`${same ? 'ok     ' : 'STALE  '} assets/${icon.file}`);
    } else {
      fs.writeFileSync(target, png);
      console.log(`wrote  assets/${icon.file} (${icon.size}×${icon.size}, ${icon.variant}, ${png.length} bytes)`);
    }
  }
  if (stale > 0) {
    console.error(`${stale} icon(s) missing or out of date: run node scripts/generate-icons.cjs`);
    process.exitCode = 1;
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { ICONS, encodePng, render, scene };
