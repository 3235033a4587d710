/**
 * The EU emblem, constructed from its official geometry (Council of Europe, "Technical characteristics
 * of the European flag"; Commission Implementing Regulation (EU) No 821/2014, Annex II): a blue
 * rectangle whose width is one and a half times its height; twelve gold five-pointed stars at the hours
 * of a clock face on an invisible circle centred where the diagonals cross, of radius one third of the
 * height; each star's points on a circle of radius one eighteenth of the height; every star upright (one
 * point straight up, two points on a horizontal line). Colours: Pantone Reflex Blue (#003399) and
 * Pantone Yellow (#FFCC00).
 *
 * Drawn, never altered: the PDF renderer paints these shapes as vectors; the DOCX renderer takes the
 * geometry (or the SVG) for its picture. Coordinates run from the top left, y downwards.
 */

export const EMBLEM_BLUE = '#003399';
export const EMBLEM_YELLOW = '#FFCC00';
/** The alternative text of the emblem (the statement beside it is text of its own). */
export const EMBLEM_ALT = 'Emblem der Europäischen Union';

export type Point = readonly [x: number, y: number];

export interface EmblemStar {
  centre: Point;
  /** The ten corners of the star, outer and inner alternately, clockwise from the top point. */
  points: readonly Point[];
}

export interface EmblemGeometry {
  width: number;
  height: number;
  blue: string;
  yellow: string;
  /** Twelve stars, clockwise from the one at twelve o'clock. */
  stars: readonly EmblemStar[];
}

const STAR_COUNT = 12;
/** Inner to outer radius of a regular five-pointed star (its edges run on straight lines). */
const STAR_INNER_RATIO = Math.cos((2 * Math.PI) / 5) / Math.cos(Math.PI / 5);

function star(centre: Point, radius: number): EmblemStar {
  const [cx, cy] = centre;
  const points = Array.from({ length: 10 }, (_, k): Point => {
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    const r = k % 2 === 0 ? radius : radius * STAR_INNER_RATIO;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  return { centre, points };
}

/** The emblem's shapes for a given height (in any unit; the width is 1.5 times the height). */
export function emblemGeometry(height = 1): EmblemGeometry {
  const width = height * 1.5;
  const circle = height / 3;
  const stars = Array.from({ length: STAR_COUNT }, (_, hour) => {
    const angle = (hour * 2 * Math.PI) / STAR_COUNT;
    const centre: Point = [width / 2 + circle * Math.sin(angle), height / 2 - circle * Math.cos(angle)];
    return star(centre, height / 18);
  });
  return { width, height, blue: EMBLEM_BLUE, yellow: EMBLEM_YELLOW, stars };
}

const round = (value: number): string => String(Math.round(value * 1000) / 1000);

/** A path through the stars' corners, in SVG path syntax. */
export function starsPath(geometry: EmblemGeometry): string {
  return geometry.stars
    .map(({ points }) => `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`)
    .join('');
}

/**
 * The emblem as an SVG document, `heightPx` high. The drawing uses a 810 × 540 view box (height 540:
 * circle radius 180, star radius 30), so its numbers stay short and exact where they can be.
 */
export function emblemSvg(heightPx: number): string {
  const geometry = emblemGeometry(540);
  const width = round(heightPx * 1.5);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${round(heightPx)}" ` +
    `viewBox="0 0 810 540" role="img" aria-label="${EMBLEM_ALT}">` +
    `<title>${EMBLEM_ALT}</title>` +
    `<rect width="810" height="540" fill="${EMBLEM_BLUE}"/>` +
    `<path d="${starsPath(geometry)}" fill="${EMBLEM_YELLOW}"/>` +
    `</svg>`
  );
}
