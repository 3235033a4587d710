/**
 * The EU emblem by its official geometry: 3:2 rectangle, twelve upright five-pointed stars at the hours
 * of a clock on a circle of radius 1/3 of the height around the centre, star radius 1/18 of the height.
 */
import { DOMParser } from '@xmldom/xmldom';
import { EMBLEM_BLUE, EMBLEM_YELLOW, emblemGeometry, emblemSvg } from '../../../src/documents/emblem';

const distance = ([x1, y1]: readonly number[], [x2, y2]: readonly number[]) => Math.hypot(x2! - x1!, y2! - y1!);

describe('the EU emblem', () => {
  const height = 90;
  const geometry = emblemGeometry(height);

  it('is a reflex blue rectangle 1.5 times as wide as high with twelve gold stars', () => {
    expect(geometry).toMatchObject({ width: 135, height: 90, blue: '#003399', yellow: '#FFCC00' });
    expect(geometry.stars).toHaveLength(12);
  });

  it('puts the stars at the hours of a clock on a circle of radius 1/3 of the height', () => {
    const centre = [geometry.width / 2, geometry.height / 2];
    geometry.stars.forEach((star, hour) => {
      expect(distance(star.centre, centre)).toBeCloseTo(height / 3, 9);
      const angle = Math.atan2(star.centre[0] - centre[0]!, centre[1]! - star.centre[1]);
      expect(((angle * 180) / Math.PI + 360) % 360).toBeCloseTo((hour * 30) % 360, 9);
    });
  });

  it('draws each star upright, its five points on a circle of radius 1/18 of the height', () => {
    for (const star of geometry.stars) {
      const outer = star.points.filter((_, i) => i % 2 === 0);
      for (const point of outer) expect(distance(point, star.centre)).toBeCloseTo(height / 18, 9);
      const [top, right, , , left] = outer;
      expect(top![0]).toBeCloseTo(star.centre[0], 9);
      expect(top![1]).toBeLessThan(star.centre[1]);
      expect(left![1]).toBeCloseTo(right![1], 9);
      for (const [i, point] of star.points.entries()) {
        if (i % 2 === 1) expect(distance(point, star.centre)).toBeCloseTo((height / 18) * 0.381966, 5);
      }
    }
  });

  it('is an SVG of the requested height with its name for assistive technology', () => {
    const svg = new DOMParser().parseFromString(emblemSvg(60), 'image/svg+xml').documentElement!;
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual([
      '90',
      '60',
      '0 0 810 540',
    ]);
    expect(svg.getElementsByTagName('title')[0]?.textContent).toBe('Emblem der Europäischen Union');
    expect(svg.getElementsByTagName('rect')[0]?.getAttribute('fill')).toBe(EMBLEM_BLUE);
    const path = svg.getElementsByTagName('path')[0]!;
    expect(path.getAttribute('fill')).toBe(EMBLEM_YELLOW);
    expect(path.getAttribute('d')?.match(/M/g)).toHaveLength(12);
  });
});
