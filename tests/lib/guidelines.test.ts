import { describe, expect, it } from 'vitest';
import {
  bottleneck,
  elementwiseMac,
  featureTrafficFactor,
  fragmentBlock,
  fragmentError,
  FRAGMENT_STRUCTURES,
  g1Curve,
  g1Pair,
  g1Row,
  g2Rows,
  groupMacFixedInput,
  groupWidthForFlops,
  macAtRatio,
  macPerFlop,
  ratioLabel,
  ratioValue,
  table2Rows,
  TABLE1_PAIRS,
} from '../../lib/guidelines';
import { conv, convFlops, convMac, macLowerBound } from '../../lib/cost';

describe('G1: equal widths minimise MAC', () => {
  it('MAC of the (128, 128) 1×1 conv at 56×56, worked by hand: 3136·256 + 128² = 819 200, on the bound', () => {
    const row = g1Row('1 : 1', 128, 128, 56, 56);
    expect(row.flops).toBe(3136 * 16384); // 51 380 224
    expect(row.mac).toBe(802816 + 16384);
    expect(row.mac).toBe(819200);
    expect(row.bound).toBeCloseTo(819200, 6); // 2√(3136·51 380 224) + 16 384 = 2·401 408 + 16 384
    expect(row.excess).toBeCloseTo(0, 12);
  });

  it('(36, 432) at 56×56 by hand: MAC = 3136·468 + 15 552 = 1 483 200', () => {
    const row = g1Row('1 : 12', 36, 432, 56, 56);
    expect(row.mac).toBe(3136 * 468 + 36 * 432);
    expect(row.mac).toBe(1483200);
    expect(row.excess).toBeGreaterThan(0.8);
  });

  it("Table 1's channel pairs have nearly equal FLOPs (within 6 %) and MAC grows as the ratio departs from 1 : 1", () => {
    const rows = TABLE1_PAIRS.map((p) => g1Row(p.label, p.c1, p.c2, 56, 56));
    for (const r of rows) expect(Math.abs(r.flops / rows[0].flops - 1)).toBeLessThan(0.06);
    for (let i = 1; i < rows.length; i++) expect(rows[i].mac).toBeGreaterThan(rows[i - 1].mac);
  });

  it('the smooth curve is symmetric, has its minimum at 1 : 1, and the minimum is the bound', () => {
    const flops = 56 * 56 * 128 * 128;
    const curve = g1Curve(flops, 56, 56, 4, 81);
    const min = curve.reduce((a, b) => (b.mac < a.mac ? b : a));
    expect(min.log2Ratio).toBeCloseTo(0, 12);
    expect(min.mac).toBeCloseTo(macLowerBound(flops, 56, 56), 6);
    expect(curve[0].mac).toBeCloseTo(curve[curve.length - 1].mac, 6);
    for (const p of curve) expect(p.mac).toBeGreaterThanOrEqual(macLowerBound(flops, 56, 56) - 1e-6);
    const r6 = macAtRatio(flops, 56, 56, 6);
    expect(r6.c1 * r6.c2 * 56 * 56).toBeCloseTo(flops, 3);
  });

  it('feature-map traffic at equal FLOPs grows by (√r + 1/√r)/2: 1 at 1 : 1, 1.25 at 1 : 4', () => {
    expect(featureTrafficFactor(1)).toBe(1);
    expect(featureTrafficFactor(4)).toBeCloseTo(1.25, 12);
    expect(featureTrafficFactor(1 / 4)).toBeCloseTo(1.25, 12);
    const flops = 56 * 56 * 128 * 128;
    const at = (r: number) => {
      const { c1, c2 } = macAtRatio(flops, 56, 56, r);
      return 56 * 56 * (c1 + c2);
    };
    expect(at(12) / at(1)).toBeCloseTo(featureTrafficFactor(12), 9);
  });

  it('encodes ratios both ways and rounds to whole channels symmetrically', () => {
    expect(ratioValue(6)).toBe(6);
    expect(ratioValue(-6)).toBeCloseTo(1 / 6, 12);
    expect(ratioLabel(6)).toBe('1 : 6');
    expect(ratioLabel(-6)).toBe('6 : 1');
    expect(ratioLabel(1)).toBe('1 : 1');
    const flops = 56 * 56 * 128 * 128;
    expect(g1Pair(flops, 56, 56, 1)).toEqual({ c1: 128, c2: 128 });
    const a = g1Pair(flops, 56, 56, 6),
      b = g1Pair(flops, 56, 56, -6);
    expect(b).toEqual({ c1: a.c2, c2: a.c1 });
    expect(a).toEqual({ c1: 52, c2: 312 });
  });
});

describe('G2: group convolution at fixed FLOPs', () => {
  it('for g = 2 at 56×56 with the FLOPs of 128 → 128: c = 182, MAC = 3136·364 + 182²/2 by hand', () => {
    expect(groupWidthForFlops(56 * 56 * 128 * 128, 56, 56, 2)).toBe(182);
    const rows = g2Rows(128, 56, 56, [1, 2]);
    expect(rows[1]).toMatchObject({ g: 2, c: 182, params: 16562, flops: 3136 * 16562, mac: 3136 * 364 + 16562 });
    expect(rows[1].macRatio).toBeCloseTo((3136 * 364 + 16562) / 819200, 12);
  });

  it("Table 2's (g, c) settings keep FLOPs within 2 % while MAC grows with g", () => {
    const rows = table2Rows(56, 56);
    expect(rows.map((r) => r.c)).toEqual([128, 180, 256, 360]);
    for (const r of rows) expect(Math.abs(r.flops / rows[0].flops - 1)).toBeLessThan(0.02);
    for (let i = 1; i < rows.length; i++) expect(rows[i].mac).toBeGreaterThan(rows[i - 1].mac);
    // g = 4, c = 256: 2·3136·256 + 256²/4 = 1 605 632 + 16 384
    expect(rows[2].mac).toBe(1622016);
  });

  it('picks widths that are multiples of g', () => {
    for (const r of g2Rows(100, 14, 14)) expect(r.c % r.g).toBe(0);
  });

  it("the paper's fixed-input form MAC = hwc₁ + Bg/c₁ + B/(hw) agrees with a direct count", () => {
    const h = 28,
      w = 28,
      c1 = 64,
      g = 4,
      c2 = 128;
    const layer = conv({ h, w, cin: c1, cout: c2, groups: g });
    expect(groupMacFixedInput(convFlops(layer), h, w, c1, g)).toBeCloseTo(convMac(layer), 6);
    expect(groupMacFixedInput(1e6, h, w, c1, 8)).toBeGreaterThan(groupMacFixedInput(1e6, h, w, c1, 4));
  });
});

describe('G3: fragments', () => {
  it('1-fragment is the plain 128 → 128 conv', () => {
    const b = fragmentBlock('series', 1, 128, 56, 56);
    expect(b).toMatchObject({ launches: 1, dependentSteps: 1, flops: 51380224, mac: 819200 });
  });

  it('4 fragments in series: four 64 → 64 convs, same FLOPs, MAC by hand 4·(3136·128 + 4096)', () => {
    const b = fragmentBlock('series', 4, 128, 56, 56);
    expect(b.layers.map((l) => [l.cin, l.cout])).toEqual([
      [64, 64],
      [64, 64],
      [64, 64],
      [64, 64],
    ]);
    expect(b.flops).toBe(51380224);
    expect(b.mac).toBe(4 * (3136 * 128 + 4096));
    expect(b).toMatchObject({ launches: 4, dependentSteps: 4, flopsPerLaunch: 51380224 / 4 });
  });

  it('4 fragments in parallel: four 128 → 32 convs reading the same input, one dependent step', () => {
    const b = fragmentBlock('parallel', 4, 128, 56, 56);
    expect(b.layers.every((l) => l.cin === 128 && l.cout === 32)).toBe(true);
    expect(b.flops).toBe(51380224);
    expect(b.mac).toBe(4 * (3136 * 128 + 3136 * 32 + 128 * 32));
    expect(b).toMatchObject({ launches: 4, dependentSteps: 1 });
  });

  it('every fragmented structure moves more data and gives each kernel less work than the 1-fragment one', () => {
    const blocks = FRAGMENT_STRUCTURES.map((s) => fragmentBlock(s.layout, s.fragments, 128, 28, 28));
    const [one, ...rest] = blocks;
    for (const b of rest) {
      expect(Math.abs(b.flops / one.flops - 1)).toBeLessThan(0.02);
      expect(b.mac).toBeGreaterThan(one.mac);
      expect(b.flopsPerLaunch).toBeLessThan(one.flopsPerLaunch);
    }
  });

  it('explains widths that parallel fragments cannot split', () => {
    expect(fragmentError('parallel', 4, 30)).toMatch(/4 must divide c = 30/);
    expect(fragmentError('series', 4, 30)).toBeNull();
    expect(() => fragmentBlock('parallel', 4, 30, 8, 8)).toThrow(RangeError);
  });
});

describe('G4: element-wise operations', () => {
  it('counts element-wise MAC: ReLU reads and writes, Add reads two and writes one', () => {
    expect(elementwiseMac('relu', 100)).toBe(200);
    expect(elementwiseMac('add', 100)).toBe(300);
    expect(elementwiseMac('addbias', 100, 4)).toBe(204);
  });

  it('a bottleneck with m = 1 at 1×1, worked by hand', () => {
    // convs: 4→1 (FLOPs 4, MAC 4+1+4), 3×3 1→1 (9, 1+1+9), 1→4 (4, 1+4+4); Add on 4 (4 ops, MAC 12);
    // ReLUs on 1, 1, 4 channels (ops 1+1+4, MAC 2+2+8)
    const r = bottleneck(1, 1, 1, { relu: true, shortcut: true });
    expect(r.totals).toEqual({ flops: 4 + 9 + 4 + 4 + 6, mac: 9 + 11 + 9 + 12 + 12 });
    expect(r.elementwise).toEqual({ flops: 10, mac: 24 });
    expect(r.ops.map((o) => o.id)).toEqual(['conv1', 'relu1', 'conv2', 'relu2', 'conv3', 'add', 'relu3']);
  });

  it('element-wise ops are a tiny share of the operations but a large share of MAC, and vanish when switched off', () => {
    const on = bottleneck(64, 56, 56, { relu: true, shortcut: true });
    expect(on.share.flops).toBeLessThan(0.01);
    expect(on.share.mac).toBeGreaterThan(0.5);
    const off = bottleneck(64, 56, 56, { relu: false, shortcut: false });
    expect(off.share).toEqual({ flops: 0, mac: 0 });
    expect(off.totals.mac).toBeLessThan(on.totals.mac);
    const reluOnly = bottleneck(64, 56, 56, { relu: true, shortcut: false });
    expect(reluOnly.ops.some((o) => o.id === 'add')).toBe(false);
  });

  it('a depthwise conv moves far more data per multiply-add than a 1×1 conv', () => {
    const dw = conv({ h: 28, w: 28, cin: 116, cout: 116, kernel: 3, groups: 116 });
    const pw = conv({ h: 28, w: 28, cin: 116, cout: 116 });
    expect(macPerFlop(dw)).toBeCloseTo((2 * 784 * 116 + 9 * 116) / (784 * 9 * 116), 12);
    expect(macPerFlop(dw) / macPerFlop(pw)).toBeGreaterThan(5);
  });
});
