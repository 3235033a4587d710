/**
 * Polygons of one colour on a background of another, rasterised into palette pixels: each pixel is
 * sampled 4 × 4 times and takes one of 16 blends between the two colours by how much of it is covered,
 * so edges are smooth. Enough for a flat figure such as the EU emblem, without a canvas.
 */
import type { IndexedImage } from './indexedPng';

export type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

export interface PolygonScene {
  width: number;
  height: number;
  background: Rgb;
  fill: Rgb;
  /** In pixel coordinates, y downwards. */
  polygons: readonly (readonly Point[])[];
}

const SAMPLES = 4;
const LEVELS = 16;

interface Bounds {
  xs: Float64Array;
  ys: Float64Array;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function bounds(polygon: readonly Point[]): Bounds {
  const xs = Float64Array.from(polygon, ([x]) => x);
  const ys = Float64Array.from(polygon, ([, y]) => y);
  return { xs, ys, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

/** Even-odd rule: a ray to the right crosses the outline an odd number of times from inside. */
function inside({ xs, ys }: Bounds, x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    const xi = xs[i] as number;
    const yi = ys[i] as number;
    const xj = xs[j] as number;
    const yj = ys[j] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

function coverage(near: readonly Bounds[], px: number, py: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (near.some((shape) => inside(shape, x, y))) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** One row of pixels; only the shapes the row crosses are sampled, and only near their bounds. */
function rasteriseRow(shapes: readonly Bounds[], y: number, row: Uint8Array): void {
  const crossing = shapes.filter((s) => y + 1 > s.minY && y < s.maxY);
  for (const shape of crossing) {
    const from = Math.max(0, Math.floor(shape.minX));
    const to = Math.min(row.length, Math.ceil(shape.maxX));
    for (let x = from; x < to; x++) {
      const near = crossing.filter((s) => x + 1 > s.minX && x < s.maxX);
      row[x] = Math.round(coverage(near, x, y) * (LEVELS - 1));
    }
  }
}

function palette(background: Rgb, fill: Rgb): Rgb[] {
  return Array.from({ length: LEVELS }, (_, level) => {
    const t = level / (LEVELS - 1);
    const mix = (c: 0 | 1 | 2): number => Math.round(background[c] * (1 - t) + fill[c] * t);
    return [mix(0), mix(1), mix(2)] as const;
  });
}

export function rasterisePolygons(scene: PolygonScene): IndexedImage {
  const shapes = scene.polygons.map(bounds);
  const pixels = new Uint8Array(scene.width * scene.height);
  for (let y = 0; y < scene.height; y++) {
    rasteriseRow(shapes, y, pixels.subarray(y * scene.width, (y + 1) * scene.width));
  }
  return { width: scene.width, height: scene.height, palette: palette(scene.background, scene.fill), pixels };
}
