import { describe, expect, it } from 'vitest';
import { formatValue } from '../../lib/format';
import {
  argmax,
  asMaps,
  channel,
  defaultMapSize,
  greyLevel,
  gridLayout,
  hitTest,
  maxAbsDiff,
  paintGrid,
  parseColor,
  sharedDomain,
  sliceChannels,
  softmax,
  topK,
  valueAt,
} from '../../lib/featureMaps';

describe('tensors as maps', () => {
  it('reads [1, C, H, W], [C, H, W] and vectors, and rejects sizes that do not fit', () => {
    const data = Float32Array.from({ length: 24 }, (_, i) => i);
    const t = asMaps(data, [1, 2, 3, 4]);
    expect([t.channels, t.height, t.width]).toEqual([2, 3, 4]);
    expect(Array.from(channel(t, 1))).toEqual(Array.from({ length: 12 }, (_, i) => 12 + i));
    expect(valueAt(t, 1, 2, 3)).toBe(23);
    expect(asMaps(data, [1, 24])).toMatchObject({ channels: 24, height: 1, width: 1 });
    expect(sliceChannels(t, 1, 2).data[0]).toBe(12);
    expect(() => asMaps(data, [1, 5, 5])).toThrow(RangeError);
  });
  it('shares one range that includes zero and is never empty', () => {
    expect(
      sharedDomain([
        [1, 2],
        [3, 0.5],
      ]),
    ).toEqual([0, 3]);
    expect(sharedDomain([[-2, 1]])).toEqual([-2, 1]);
    expect(sharedDomain([[0, 0]])).toEqual([0, 1]);
    expect([greyLevel(0, [0, 2]), greyLevel(1, [0, 2]), greyLevel(5, [0, 2]), greyLevel(-1, [0, 2])]).toEqual([
      0, 128, 255, 0,
    ]);
  });
});

describe('grid layout', () => {
  it('gives many small maps smaller tiles than a few', () => {
    expect(defaultMapSize(8)).toBe(48);
    expect(defaultMapSize(256)).toBeLessThan(defaultMapSize(24));
    const few = gridLayout(4, 14, 14, { maxWidth: 600 });
    const many = gridLayout(192, 4, 4, { maxWidth: 560 });
    expect(few.rows).toBe(1);
    expect(many.width).toBeLessThanOrEqual(560);
    expect(many.columns * many.rows).toBeGreaterThanOrEqual(192);
    expect(many.scale * 4).toBeLessThanOrEqual(defaultMapSize(192) + 4);
  });
  it('never exceeds the width when it can fit, and honours a fixed column count', () => {
    for (const [c, h] of [
      [24, 28],
      [48, 14],
      [96, 7],
      [256, 4],
    ]) {
      const l = gridLayout(c, h, h, { maxWidth: 560 });
      expect(l.width, `${c} maps of ${h}`).toBeLessThanOrEqual(560);
    }
    expect(gridLayout(256, 1, 1, { maxWidth: 420, columns: 16 })).toMatchObject({ columns: 16, rows: 16 });
  });
  it('hit-tests every value back to its channel, row and column, and gaps to nothing', () => {
    const l = gridLayout(5, 3, 4, { maxWidth: 200, columns: 2, pad: 1, gap: 3, maxScale: 5 });
    for (let c = 0; c < 5; c++)
      for (let r = 0; r < 3; r++)
        for (let col = 0; col < 4; col++) {
          const x = (c % 2) * (l.cell + l.gap) + l.pad + col * l.scale + l.scale / 2;
          const y = Math.floor(c / 2) * (l.cellHeight + l.gap) + l.pad + r * l.scale + l.scale / 2;
          expect(hitTest(l, 5, x, y)).toEqual({ channel: c, row: r, col });
        }
    expect(hitTest(l, 5, l.cell + 1, 2)).toBeNull(); // in the gap
    expect(hitTest(l, 5, l.cell + l.gap + 2, 2 * (l.cellHeight + l.gap) + 2)).toBeNull(); // no 6th map
  });
});

describe('painting', () => {
  it('paints values in grey, frames in their colour, and leaves gaps transparent', () => {
    const t = asMaps(Float32Array.from([0, 1, 2, 4]), [1, 2, 1, 2]); // two 1×2 maps
    const l = gridLayout(2, 1, 2, { maxWidth: 100, columns: 2, pad: 1, gap: 1, maxScale: 1, minScale: 1 });
    const px = new Uint8ClampedArray(l.width * l.height * 4);
    paintGrid(px, l, t, [0, 4], { order: [1, 0], frames: [[255, 0, 0], null] });
    const at = (x: number, y: number) => Array.from(px.slice((y * l.width + x) * 4, (y * l.width + x) * 4 + 4));
    expect(at(0, 0)).toEqual([255, 0, 0, 255]); // frame of the first drawn map (channel 1)
    expect(at(1, 1)).toEqual([128, 128, 128, 255]); // channel 1, value 2 of [0, 4]
    expect(at(2, 1)).toEqual([255, 255, 255, 255]); // value 4
    expect(at(4, 1)[3]).toBe(0); // the gap
    expect(at(l.cell + l.gap + 1, 1)).toEqual([0, 0, 0, 255]); // channel 0, value 0
  });
  it('repaints a reused buffer exactly like a fresh one, and paints NaN black', () => {
    const layout = gridLayout(3, 2, 2, { maxWidth: 60, columns: 3, pad: 1, gap: 2, minScale: 2, maxScale: 2 });
    const a = asMaps(
      Float32Array.from({ length: 12 }, (_, i) => i),
      [1, 3, 2, 2],
    );
    const b = asMaps(
      Float32Array.from({ length: 12 }, (_, i) => (i === 5 ? NaN : 11 - i)),
      [1, 3, 2, 2],
    );
    const reused = new Uint8ClampedArray(layout.width * layout.height * 4);
    paintGrid(reused, layout, a, [0, 11], { frames: [[1, 2, 3], null, [4, 5, 6]] });
    paintGrid(reused, layout, b, [0, 11]);
    const fresh = new Uint8ClampedArray(reused.length);
    paintGrid(fresh, layout, b, [0, 11]);
    expect(Array.from(reused)).toEqual(Array.from(fresh));
    // value 5 is NaN: channel 1, row 0, col 1
    const x = layout.cell + layout.gap + layout.pad + layout.scale,
      y = layout.pad;
    expect(Array.from(fresh.slice((y * layout.width + x) * 4, (y * layout.width + x) * 4 + 4))).toEqual([0, 0, 0, 255]);
  });
  it('parses the colours CSS gives back', () => {
    expect(parseColor('#2f6fae')).toEqual([47, 111, 174]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('var(--x)')).toBeNull();
  });
});

describe('numbers', () => {
  it('softmax is stable and sums to one; argmax and topK agree', () => {
    const p = softmax([1000, 1001, 999]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(argmax(p)).toBe(1);
    expect(topK([3, 9, 1, 7], 2)).toEqual([1, 3]);
    expect(maxAbsDiff([1, 2], [1, 2.5])).toBe(0.5);
    expect(maxAbsDiff([1], [1, 2])).toBe(Infinity);
    expect([formatValue(0), formatValue(0.12345), formatValue(12345), formatValue(-0.0001)]).toEqual([
      '0',
      '0.123',
      '1.23e+4',
      '-1.00e-4',
    ]);
  });
});
