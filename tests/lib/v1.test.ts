import { describe, expect, it } from 'vitest';
import { basicUnit, downUnit } from '../../lib/units';
import {
  nearestValidV1Width,
  V1_GROUPS,
  V1_STAGE2_WIDTH,
  v1Unit,
  v1UnitError,
  v2BasicWidthForFlops,
  v2Elementwise,
  v2Totals,
  v2WidthForFlops,
} from '../../lib/v1';

describe('ShuffleNet V1 unit, stride 1 (C = 240, g = 3, 28×28, bottleneck 1/4) — worked by hand', () => {
  const u = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 });
  const op = (id: string) => u.ops.find((o) => o.id === id)!;
  const hw = 28 * 28;

  it('has the paper’s op order: GConv → shuffle → DWConv → GConv, identity shortcut, Add', () => {
    expect(u.ops.map((o) => o.kind)).toEqual(['identity', 'gconv1x1', 'shuffle', 'dwconv3x3', 'gconv1x1', 'add']);
    expect(u.bottleneck).toBe(60);
    expect(u.output).toEqual({ c: 240, h: 28, w: 28 });
  });

  it('puts BN after every conv, ReLU after the first GConv and after the Add only', () => {
    expect(op('main.gconv1')).toMatchObject({ bn: true, relu: true, groups: 3 });
    expect(op('main.dw')).toMatchObject({ bn: true, relu: false, groups: 60 });
    expect(op('main.gconv2')).toMatchObject({ bn: true, relu: false, groups: 3 });
    expect(op('merge.add').relu).toBe(true);
  });

  it('counts params, FLOPs, MAC and element-wise ops per op', () => {
    // 1×1 GConv 240 → 60, g = 3: 240·60/3 = 4800 weights + 2·60 BN
    expect(op('main.gconv1')).toMatchObject({
      params: 4920,
      flops: hw * 4800,
      mac: hw * 240 + hw * 60 + 4800,
      elementwise: hw * 60,
    });
    expect(op('main.shuffle')).toMatchObject({ params: 0, flops: 0, mac: 2 * 60 * hw });
    // 3×3 DW on 60 channels: 540 weights + 120 BN
    expect(op('main.dw')).toMatchObject({ params: 660, flops: hw * 540, mac: 2 * 60 * hw + 540, elementwise: 0 });
    // 1×1 GConv 60 → 240, g = 3: 4800 weights + 480 BN
    expect(op('main.gconv2')).toMatchObject({ params: 5280, flops: hw * 4800, mac: 240000 });
    // Add reads two 240×28×28 tensors and writes one; Add + ReLU touch every element once each
    expect(op('merge.add')).toMatchObject({ mac: 3 * 240 * hw, elementwise: 2 * 240 * hw });
  });

  it('sums to the hand-worked totals', () => {
    expect(u.totals).toEqual({ params: 10860, flops: 7_949_760, mac: 1_233_180, elementwise: 423_360 });
  });
});

describe('ShuffleNet V1 unit, stride 2 (240 → 480, g = 3, 28×28)', () => {
  const u = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 2 });
  const op = (id: string) => u.ops.find((o) => o.id === id)!;

  it('pools the shortcut, strides the DWConv, and concatenates to the output width', () => {
    expect(u.ops.map((o) => o.kind)).toEqual(['avgpool', 'gconv1x1', 'shuffle', 'dwconv3x3', 'gconv1x1', 'concat']);
    expect(u.bottleneck).toBe(120); // 1/4 of the 480 OUTPUT channels
    expect(op('shortcut.avgpool').output).toEqual({ c: 240, h: 14, w: 14 });
    expect(op('main.gconv2').output).toEqual({ c: 240, h: 14, w: 14 }); // cout − cin
    expect(u.output).toEqual({ c: 480, h: 14, w: 14 });
  });

  it('matches the hand-worked totals', () => {
    // gconv1 9840 + dw 1320 + gconv2 10080 params
    expect(u.totals.params).toBe(21240);
    // 784·9600 + 196·1080 + 196·9600
    expect(u.totals.flops).toBe(9_619_680);
    // gconv1 291840 + shuffle 188160 + dw 118680 + gconv2 80160 + avgpool 235200 + concat 188160
    expect(u.totals.mac).toBe(1_102_200);
    // ReLU after gconv1 (120·784) + ReLU after concat (480·196)
    expect(u.totals.elementwise).toBe(94080 + 94080);
  });
});

describe('V1 options and errors', () => {
  it('leaves the first 1×1 ungrouped for the first unit of Stage 2 (24 input channels)', () => {
    const u = v1Unit({ c: 24, cout: 240, h: 56, w: 56, groups: 3, stride: 2, groupFirst: false });
    expect(u.ops.find((o) => o.id === 'main.gconv1')!.groups).toBe(1);
    expect(u.ops.find((o) => o.id === 'main.gconv1')!.params).toBe(24 * 60 + 120);
    expect(u.ops.find((o) => o.id === 'main.gconv2')!.output.c).toBe(216);
  });

  it('skips the shuffle when g = 1 (it would be the identity permutation)', () => {
    expect(v1Unit({ c: 144, h: 28, w: 28, groups: 1, stride: 1 }).ops.some((o) => o.kind === 'shuffle')).toBe(false);
  });

  it('fewer FLOPs with more groups at a fixed width, but more MAC per FLOP (G2)', () => {
    const units = V1_GROUPS.map((g) => v1Unit({ c: 384, h: 28, w: 28, groups: g, stride: 1 }));
    for (let i = 1; i < units.length; i++) {
      expect(units[i].totals.flops).toBeLessThan(units[i - 1].totals.flops);
      expect(units[i].totals.mac / units[i].totals.flops).toBeGreaterThan(
        units[i - 1].totals.mac / units[i - 1].totals.flops,
      );
    }
  });

  it('builds a valid unit at the published Stage 2 width for every group count', () => {
    for (const g of V1_GROUPS)
      expect(v1UnitError({ c: V1_STAGE2_WIDTH[g], h: 28, w: 28, groups: g, stride: 1 })).toBeNull();
  });

  it('explains invalid settings in words', () => {
    expect(v1UnitError({ c: 240, h: 28, w: 28, groups: 8, stride: 1 })).toMatch(/bottleneck width 60/);
    expect(v1UnitError({ c: 118, h: 28, w: 28, groups: 1, stride: 1 })).toMatch(/29.5, not a whole number/);
    expect(v1UnitError({ c: 100, h: 28, w: 28, groups: 3, stride: 1 })).toMatch(/input channels/);
    expect(v1UnitError({ c: 240, cout: 480, h: 28, w: 28, groups: 3, stride: 1 })).toMatch(/must equal input/);
    expect(v1UnitError({ c: 240, cout: 240, h: 28, w: 28, groups: 3, stride: 2 })).toMatch(/more output/);
    expect(v1UnitError({ c: 240, h: 0, w: 28, groups: 3, stride: 1 })).toMatch(/H must be/);
    expect(() => v1Unit({ c: 7, h: 4, w: 4, groups: 2, stride: 1 })).toThrow(RangeError);
  });

  it('finds the nearest valid width', () => {
    expect(nearestValidV1Width({ c: 240, h: 28, w: 28, groups: 8, stride: 1 })).toBe(224);
    expect(nearestValidV1Width({ c: 240, h: 28, w: 28, groups: 3, stride: 1 })).toBe(240);
    const c = nearestValidV1Width({ c: 100, h: 28, w: 28, groups: 3, stride: 2 })!;
    expect(v1UnitError({ c, h: 28, w: 28, groups: 3, stride: 2 })).toBeNull();
  });
});

describe('V2 side of the comparison', () => {
  it('counts only ReLUs as element-wise ops (V2 has no Add)', () => {
    const u = basicUnit(240, 28, 28);
    expect(v2Elementwise(u)).toBe(2 * 120 * 784);
    expect(v2Totals(u)).toEqual({ ...u.totals, elementwise: 2 * 120 * 784 });
    const d = downUnit(240, 480, 28, 28);
    // right 1×1 before the stride (28×28), left 1×1 and right last 1×1 after it (14×14)
    expect(v2Elementwise(d)).toBe(240 * 784 + 2 * 240 * 196);
  });

  it('finds the V2 width with the nearest FLOPs', () => {
    const target = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }).totals.flops;
    const c = v2BasicWidthForFlops(target, 28, 28);
    const diff = (x: number) => Math.abs(basicUnit(x, 28, 28).totals.flops - target);
    expect(diff(c)).toBeLessThanOrEqual(diff(c - 2));
    expect(diff(c)).toBeLessThanOrEqual(diff(c + 2));
    expect(c).toBe(138);
  });

  it('finds the down-sampling unit (C → 2C) with the nearest FLOPs, for the equal-FLOPs comparison', () => {
    const target = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 2 }).totals.flops;
    const c = v2WidthForFlops('down', target, 28, 28);
    const diff = (x: number) => Math.abs(downUnit(x, 2 * x, 28, 28).totals.flops - target);
    expect(c % 2).toBe(0);
    expect(diff(c)).toBeLessThanOrEqual(diff(c - 2));
    expect(diff(c)).toBeLessThanOrEqual(diff(c + 2));
    expect(c).toBeLessThan(240); // dense 1×1 convolutions: at V1's budget V2 is narrower
  });
});
