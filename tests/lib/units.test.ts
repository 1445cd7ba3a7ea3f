import { describe, expect, it } from 'vitest';
import { basicUnit, downUnit, unitError } from '../../lib/units';

describe('basic unit', () => {
  it('keeps the shape and counts params/FLOPs by hand for C=116 at 28×28', () => {
    const u = basicUnit(116, 28, 28);
    expect(u.output).toEqual({ c: 116, h: 28, w: 28 });
    const b = 58;
    // two 1×1 convs (b·b each) + one depthwise (9·b) + three BNs (2·b each)
    expect(u.totals.params).toBe(2 * b * b + 9 * b + 3 * 2 * b);
    expect(u.totals.flops).toBe(28 * 28 * (2 * b * b + 9 * b));
    expect(u.ops.map((o) => o.kind)).toEqual(['split', 'identity', 'conv1x1', 'dwconv3x3', 'conv1x1', 'concat', 'shuffle']);
    expect(u.ops.find((o) => o.kind === 'dwconv3x3')!.relu).toBe(false);
    expect(u.ops.filter((o) => o.kind === 'conv1x1').every((o) => o.relu && o.bn)).toBe(true);
  });

  it('has no group convolution except the depthwise one, and no add', () => {
    const u = basicUnit(48, 14, 14);
    for (const op of u.ops) {
      if (op.kind === 'conv1x1') expect(op.groups).toBe(1);
      expect(op.kind).not.toBe('add' as never);
    }
  });

  it('supports other split ratios for the experiments', () => {
    const u = basicUnit(48, 8, 8, 12);
    expect(u.ops[2].input.c).toBe(36);
  });

  it('explains odd widths', () => {
    expect(unitError('basic', 7, 7, 4, 4)).toMatch(/even/);
    expect(() => basicUnit(7, 4, 4)).toThrow(RangeError);
  });
});

describe('down-sampling unit', () => {
  it('halves space, doubles channels, both branches read the whole input', () => {
    const u = downUnit(24, 116, 56, 56);
    expect(u.output).toEqual({ c: 116, h: 28, w: 28 });
    const left = u.ops.filter((o) => o.path === 'left');
    const right = u.ops.filter((o) => o.path === 'right');
    expect(left[0].input.c).toBe(24);
    expect(right[0].input.c).toBe(24);
    expect(left.at(-1)!.output.c + right.at(-1)!.output.c).toBe(116);
    // left: dw(9·24) + 1×1 (24·58); right: 1×1 (24·58) + dw (9·58) + 1×1 (58·58); BN: 24 + 58 + 58 + 58 + 58 channels
    expect(u.totals.params).toBe(9 * 24 + 24 * 58 + 24 * 58 + 9 * 58 + 58 * 58 + 2 * (24 + 58 * 4));
  });

  it('rounds odd sizes up like a padded stride-2 conv (7 → 4)', () => {
    expect(downUnit(96, 192, 7, 7).output).toEqual({ c: 192, h: 4, w: 4 });
  });
});
