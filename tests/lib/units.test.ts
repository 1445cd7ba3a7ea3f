import { describe, expect, it } from 'vitest';
import { formatShape, groupDigits } from '../../lib/format';
import { basicUnit, downUnit, featureReuse, parseUnitInput, unitError } from '../../lib/units';

describe('basic unit', () => {
  it('keeps the shape and counts params/FLOPs by hand for C=116 at 28×28', () => {
    const u = basicUnit(116, 28, 28);
    expect(u.output).toEqual({ c: 116, h: 28, w: 28 });
    const b = 58;
    // two 1×1 convs (b·b each) + one depthwise (9·b) + three BNs (2·b each)
    expect(u.totals.params).toBe(2 * b * b + 9 * b + 3 * 2 * b);
    expect(u.totals.flops).toBe(28 * 28 * (2 * b * b + 9 * b));
    expect(u.ops.map((o) => o.kind)).toEqual([
      'split',
      'identity',
      'conv1x1',
      'dwconv3x3',
      'conv1x1',
      'concat',
      'shuffle',
    ]);
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

describe('reader input', () => {
  it('builds a basic unit from valid text and explains everything else', () => {
    const ok = parseUnitInput('basic', { cin: '116', h: '28', w: '28' });
    expect(ok.error).toBeNull();
    expect(ok.spec!.totals.params).toBe(basicUnit(116, 28, 28).totals.params);
    expect(parseUnitInput('basic', { cin: '7', h: '4', w: '4' }).error).toMatch(/C = 7 is odd.*try 6 or 8/);
    expect(parseUnitInput('basic', { cin: '1', h: '4', w: '4' }).error).toMatch(/is odd.*\(try 2\)/);
    expect(parseUnitInput('basic', { cin: '', h: '4', w: '4' }).error).toMatch(/Enter a value for C/);
    expect(parseUnitInput('basic', { cin: '12.5', h: '4', w: '4' }).error).toMatch(/whole number/);
    expect(parseUnitInput('basic', { cin: '-4', h: '4', w: '4' }).error).toMatch(/at least 1/);
    expect(parseUnitInput('basic', { cin: '8', h: '0', w: '4' }).error).toMatch(/H must be at least 1/);
    expect(parseUnitInput('basic', { cin: '8', h: '4', w: '99999' }).error).toMatch(/W is capped at 1024/);
  });

  it('builds a down-sampling unit and explains an odd C_out', () => {
    const ok = parseUnitInput('down', { cin: '24', cout: '116', h: '56', w: '56' });
    expect(ok.spec!.output).toEqual({ c: 116, h: 28, w: 28 });
    // C_in may be odd: nothing splits the input of a down-sampling unit
    expect(parseUnitInput('down', { cin: '3', cout: '8', h: '7', w: '7' }).spec!.output).toEqual({ c: 8, h: 4, w: 4 });
    expect(parseUnitInput('down', { cin: '24', cout: '115', h: '56', w: '56' }).error).toMatch(/C_out = 115 is odd/);
    expect(parseUnitInput('down', { cin: '24', cout: 'x', h: '56', w: '56' }).error).toMatch(
      /C_out must be a whole number/,
    );
  });

  it('groups digits with narrow no-break spaces', () => {
    expect(groupDigits(1234567)).toBe('1\u202f234\u202f567');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(-1000)).toBe('−1\u202f000');
  });

  it('formats shapes as C×H×W', () => {
    expect(formatShape({ c: 58, h: 28, w: 28 })).toBe('58×28×28');
  });
});

describe('feature reuse', () => {
  it('follows unit 0’s channels by hand for C = 8', () => {
    const { rows, counts } = featureReuse(8, 3);
    // unit 1: split keeps 0..3, shuffle interleaves [0..3 | new] → 0, new, 1, new, 2, new, 3, new
    expect(rows[1]).toEqual([0, -1, 1, -1, 2, -1, 3, -1]);
    // unit 2: the untouched half is positions 0..3 of unit 1 = [0, new, 1, new]
    expect(rows[2]).toEqual([0, -1, -1, -1, 1, -1, -1, -1]);
    expect(counts).toEqual([8, 4, 2, 1]);
  });

  it('halves the directly reused channels with every unit', () => {
    const { counts } = featureReuse(232, 3);
    expect(counts).toEqual([232, 116, 58, 29]);
  });

  it('rejects odd widths', () => {
    expect(() => featureReuse(7, 2)).toThrow(RangeError);
  });
});
