/**
 * The EU emblem's files for the DOCX: the SVG from emblem.ts, which Word 2016 and later show, and a PNG
 * of the same geometry for readers without SVG (older Word, converters such as mammoth). The PNG is
 * rasterised here from emblem.ts's shapes, without a canvas, so it is made the same way in the browser and
 * in Node. Made once and kept: the emblem never changes.
 */
import { EMBLEM_ALT, emblemGeometry, emblemSvg } from '../emblem';
import { indexedPng } from './indexedPng';
import { rasterisePolygons } from './polygonRaster';

export interface EmblemFiles {
  svg: Uint8Array;
  png: Uint8Array;
  /** Width over height. */
  ratio: number;
  alt: string;
}

/** The PNG's height in pixels: the poster's emblem (3 cm) at about 250 dpi. */
const PNG_HEIGHT = 300;
/** The SVG's own size; Word scales it to the size the document gives it. */
const SVG_HEIGHT = 200;

function rgb(hex: string): readonly [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function emblemPng(): Uint8Array {
  const geometry = emblemGeometry(PNG_HEIGHT);
  const image = rasterisePolygons({
    width: Math.round(geometry.width),
    height: Math.round(geometry.height),
    background: rgb(geometry.blue),
    fill: rgb(geometry.yellow),
    polygons: geometry.stars.map((star) => star.points),
  });
  return indexedPng(image);
}

let made: EmblemFiles | undefined;

export function emblemFiles(): EmblemFiles {
  if (made) return made;
  const { width, height } = emblemGeometry();
  made = {
    svg: new TextEncoder().encode(emblemSvg(SVG_HEIGHT)),
    png: emblemPng(),
    ratio: width / height,
    alt: EMBLEM_ALT,
  };
  return made;
}
