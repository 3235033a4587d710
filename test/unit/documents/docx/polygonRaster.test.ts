import { rasterisePolygons } from '../../../../src/documents/docx/polygonRaster';

const scene = { width: 4, height: 4, background: [0, 0, 0], fill: [255, 255, 255] } as const;

describe('rasterisePolygons', () => {
  it('fills the pixels a polygon covers and leaves the rest as background', () => {
    const image = rasterisePolygons({
      ...scene,
      polygons: [
        [
          [1, 1],
          [3, 1],
          [3, 3],
          [1, 3],
        ],
      ],
    });
    expect(Array.from(image.pixels)).toEqual([0, 0, 0, 0, 0, 15, 15, 0, 0, 15, 15, 0, 0, 0, 0, 0]);
    expect(image.palette[0]).toEqual([0, 0, 0]);
    expect(image.palette[15]).toEqual([255, 255, 255]);
  });

  it('blends a partly covered pixel by how much of it is covered', () => {
    const image = rasterisePolygons({
      ...scene,
      polygons: [
        [
          [0.5, 0],
          [4, 0],
          [4, 4],
          [0.5, 4],
        ],
      ],
    });
    expect(Array.from(image.pixels.subarray(0, 4))).toEqual([8, 15, 15, 15]);
    expect(image.palette[8]).toEqual([136, 136, 136]);
  });

  it('draws a five-pointed star with its notches empty (even-odd inside test)', () => {
    const star = Array.from({ length: 10 }, (_, k) => {
      const r = k % 2 === 0 ? 40 : 15;
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      return [50 + r * Math.cos(a), 50 + r * Math.sin(a)] as const;
    });
    const image = rasterisePolygons({ ...scene, width: 100, height: 100, polygons: [star] });
    const at = (x: number, y: number): number | undefined => image.pixels[y * 100 + x];
    expect(at(50, 50)).toBe(15); // centre
    expect(at(50, 20)).toBe(15); // in the top point
    expect(at(50, 85)).toBe(0); // the notch between the two lower points
    expect(at(5, 5)).toBe(0);
  });
});
