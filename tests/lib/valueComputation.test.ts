import { describe, expect, it } from 'vitest';
import type { OutputSpec } from '../../lib/manifest';
import { explainValue, valueAt } from '../../lib/valueComputation';

const t = (dims: number[], f: (i: number) => number) => ({
  dims,
  data: Float32Array.from({ length: dims.reduce((a, b) => a * b) }, (_, i) => f(i)),
});
const spec = (
  op: NonNullable<OutputSpec['layer']>['op'],
  inputs: string[],
  extra: Partial<NonNullable<OutputSpec['layer']>> = {},
): OutputSpec => ({
  name: 'out',
  role: 'layer',
  stage: null,
  unit: null,
  unitType: null,
  shape: [1],
  layer: { op, path: null, inputs, relu: false, values: 'signed', description: 'd', ...extra },
});

describe('one value explained', () => {
  it('a 1×1 conv: terms sorted by size, the rest summed, bias then ReLU', () => {
    // 4 input channels of 1×2; output channel 0 weights [1, −3, 0.5, 2], bias −10
    const x = t([1, 4, 1, 2], (i) => i + 1); // channel c at column 1 = 2c + 2
    const s = spec('conv1x1', ['x'], {
      relu: true,
      values: 'nonnegative',
      weights: { weight: 'w', bias: 'b', inChannels: 4, outChannels: 1, kernel: 1, stride: 1, padding: 0, groups: 1 },
    });
    const e = explainValue(
      s,
      { x },
      { weight: t([1, 4, 1, 1], (i) => [1, -3, 0.5, 2][i]), bias: t([1], () => -10) },
      { channel: 0, y: 0, x: 1 },
      { top: 2 },
    );
    if (e.kind !== 'weightedSum') throw new Error(e.kind);
    // inputs 2, 4, 6, 8 → products 2, −12, 3, 16
    expect(e.terms.map((c) => c.product)).toEqual([16, -12, 3, 2]);
    expect(e.shown.map((c) => c.index)).toEqual([3, 1]);
    expect(e.rest).toEqual({ count: 2, sum: 5 });
    expect(e.preActivation).toBe(9 - 10);
    expect(e.value).toBe(0); // ReLU
  });

  it('a 3×3 depthwise conv at stride 2 reads its own channel and the zero padding', () => {
    const x = t([1, 2, 4, 4], (i) => i); // channel 1 holds 16 … 31
    const s = spec('dwconv3x3', ['x'], {
      weights: { weight: 'w', bias: 'b', inChannels: 2, outChannels: 2, kernel: 3, stride: 2, padding: 1, groups: 2 },
    });
    const w = t([2, 1, 3, 3], (i) => (i >= 9 ? 1 : 0)); // channel 1: all ones
    const e = explainValue(s, { x }, { weight: w, bias: t([2], () => 0.5) }, { channel: 1, y: 1, x: 0 });
    if (e.kind !== 'patch') throw new Error(e.kind);
    expect(e.origin).toEqual({ y: 1, x: -1 });
    expect(e.windows.map((w) => w.inputChannel)).toEqual([1]);
    expect(e.windows[0].cells.filter((c) => c.padding).map((c) => [c.inY, c.inX])).toEqual([
      [1, -1],
      [2, -1],
      [3, -1],
    ]);
    // rows 1–3, columns 0–1 of channel 1: (20+21) + (24+25) + (28+29)
    expect(e.value).toBe(147 + 0.5);
  });

  it('a shuffle output names the concat channel by the rule k·g + j ← j·(C/g) + k', () => {
    const concat = t([1, 6, 1, 1], (i) => 10 * i);
    const e = explainValue(spec('shuffle', ['concat']), { concat }, null, { channel: 3, y: 0, x: 0 });
    if (e.kind !== 'route' || e.rule.kind !== 'shuffle') throw new Error(e.kind);
    // 3 = 1·2 + 1 → k = 1, j = 1 → input 1·3 + 1 = 4
    expect(e.rule).toMatchObject({ k: 1, j: 1, groups: 2, perGroup: 3 });
    expect(e.source).toEqual({ tensor: 'concat', channel: 4 });
    expect(e.value).toBe(40);
  });

  it('concat and split say which half', () => {
    const a = t([1, 2, 1, 1], (i) => i),
      b = t([1, 2, 1, 1], (i) => 100 + i);
    const c = explainValue(spec('concat', ['a', 'b']), { a, b }, null, { channel: 3, y: 0, x: 0 });
    expect(c).toMatchObject({ source: { tensor: 'b', channel: 1 }, value: 101, rule: { part: 1, first: 2 } });
    const x = t([1, 4, 1, 1], (i) => i);
    const right = explainValue(spec('split', ['x'], { path: 'right' }), { x }, null, { channel: 1, y: 0, x: 0 });
    expect(right).toMatchObject({ source: { channel: 3 }, value: 3, rule: { part: 'second', half: 2 } });
    const left = explainValue(spec('split', ['x'], { path: 'left' }), { x }, null, { channel: 1, y: 0, x: 0 });
    expect(left).toMatchObject({ source: { channel: 1 }, rule: { part: 'first' } });
  });

  it('an RGB stem: one window per colour channel, each times its own slice of the kernel', () => {
    // 3 channels of 2×2: channel c holds c + 1 everywhere; 2 output channels, 3×3, stride 1, padding 1
    const x = t([1, 3, 2, 2], (i) => Math.floor(i / 4) + 1);
    const s = spec('conv3x3', ['x'], {
      weights: { weight: 'w', bias: 'b', inChannels: 3, outChannels: 2, kernel: 3, stride: 1, padding: 1, groups: 1 },
    });
    // output channel 1's slice for input channel c is all 10^c: weight index ((1·3 + c)·3 + ky)·3 + kx
    const w = t([2, 3, 3, 3], (i) => (i >= 27 ? 10 ** Math.floor((i - 27) / 9) : 0));
    const e = explainValue(s, { x }, { weight: w, bias: t([2], () => 0) }, { channel: 1, y: 0, x: 0 });
    if (e.kind !== 'patch') throw new Error(e.kind);
    expect(e.windows.map((win) => win.inputChannel)).toEqual([0, 1, 2]);
    // at (0, 0) the window covers the whole 2×2 map (4 cells) and 5 cells of padding, per channel
    expect(e.windows.map((win) => win.cells.filter((c) => !c.padding).length)).toEqual([4, 4, 4]);
    expect(e.value).toBe(4 * (1 * 1 + 2 * 10 + 3 * 100));
  });

  it('a max pool: the largest of its window, the padding never', () => {
    // channel 1 of 2, 3×3: 9 − i, so the largest is at the top left (row 0, column 0) = 9 … 1
    const x = t([1, 2, 3, 3], (i) => (i < 9 ? 100 : 18 - i));
    const s = spec('maxpool', ['x'], { window: { kernel: 3, stride: 2, padding: 1 } });
    const e = explainValue(s, { x }, null, { channel: 1, y: 1, x: 1 });
    if (e.kind !== 'max') throw new Error(e.kind);
    // output (1, 1) reads rows and columns 1 … 3; row and column 3 are padding
    expect(e.origin).toEqual({ y: 1, x: 1 });
    expect(e.cells.filter((c) => c.padding)).toHaveLength(5);
    expect(e.cells.filter((c) => !c.padding).map((c) => c.input)).toEqual([5, 4, 2, 1]);
    expect(e.value).toBe(5);
    expect(e.cells[e.largest]).toMatchObject({ inY: 1, inX: 1 });
    // every value negative: the padding (which reads 0 in the cells) still does not win
    const negative = t([1, 1, 2, 2], (i) => -1 - i);
    const n = explainValue(s, { x: negative }, null, { channel: 0, y: 0, x: 0 });
    expect(n.value).toBe(-1);
    expect(() => explainValue(spec('maxpool', ['x']), { x }, null, { channel: 0, y: 0, x: 0 })).toThrow(/window/);
  });

  it('pool, FC and softmax', () => {
    const maps = t([1, 2, 2, 2], (i) => i); // channel 1: 4, 5, 6, 7
    expect(explainValue(spec('avgpool', ['m']), { m: maps }, null, { channel: 1, y: 0, x: 0 }).value).toBe(5.5);
    const pooled = t([1, 3], (i) => i + 1);
    const fc = spec('fc', ['p'], { weights: { weight: 'w', bias: 'b', inChannels: 3, outChannels: 2 } });
    const e = explainValue(
      fc,
      { p: pooled },
      { weight: t([2, 3], (i) => i), bias: t([2], () => 1) },
      { channel: 1, y: 0, x: 0 },
    );
    expect(e.value).toBe(3 * 1 + 4 * 2 + 5 * 3 + 1); // row 1 of the weights: 3, 4, 5
    // the same weights stored [inputs, classes] (MatMul, or Gemm without transB): column 1 is 1, 4, 7
    const transposed = spec('fc', ['p'], {
      weights: { weight: 'w', bias: 'b', inChannels: 3, outChannels: 2, transposed: true },
    });
    const weights = { weight: t([3, 2], (i) => i), bias: t([2], () => 1) };
    expect(explainValue(transposed, { p: pooled }, weights, { channel: 1, y: 0, x: 0 }).value).toBe(1 + 6 + 15 + 1);
    const s = explainValue(spec('softmax', ['z']), { z: t([1, 2], (i) => i) }, null, { channel: 1, y: 0, x: 0 });
    expect(s.value).toBeCloseTo(Math.E / (1 + Math.E), 12);
    expect(() => valueAt(pooled, { channel: 3, y: 0, x: 0 })).toThrow(/outside 3×1×1/);
  });
});
