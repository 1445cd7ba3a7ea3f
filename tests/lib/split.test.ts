import { describe, expect, it } from 'vitest';
import {
  branchPointwiseFlops,
  identityFromEighths,
  reuseFraction,
  splitCost,
  splitError,
  splitSweep,
} from '../../lib/split';

describe('channel split cost', () => {
  it('C = 8 at 4×4 with C′ = 4, worked by hand', () => {
    // branch b = 4: two 1×1 convs 4→4 (16 each) and a 3×3 depthwise (36) → FLOPs 16·(32 + 36)
    const s = splitCost(8, 4, 4, 4);
    expect(s.branch).toBe(4);
    expect(s.flops).toBe(16 * (16 + 36 + 16));
    // params: conv weights 16 + 36 + 16, BN γ,β 3·2·4
    expect(s.params).toBe(68 + 24);
  });

  it('without a split (C′ = 0) the branch does four times the 1×1 work of the half split', () => {
    const none = splitCost(116, 28, 28, 0);
    const half = splitCost(116, 28, 28, 58);
    const pointwise = (b: number) => 2 * 28 * 28 * b * b;
    expect(none.flops - half.flops).toBe(pointwise(116) - pointwise(58) + 28 * 28 * 9 * (116 - 58));
    expect(pointwise(116) / pointwise(58)).toBe(4);
  });

  it('cost falls monotonically as more channels skip the branch', () => {
    const sweep = splitSweep(16, 8, 8);
    expect(sweep).toHaveLength(16);
    for (let i = 1; i < sweep.length; i++) {
      expect(sweep[i].flops).toBeLessThan(sweep[i - 1].flops);
      expect(sweep[i].params).toBeLessThan(sweep[i - 1].params);
      expect(sweep[i].mac).toBeLessThan(sweep[i - 1].mac);
    }
  });

  it('explains impossible splits', () => {
    expect(splitError(8, 8)).toMatch(/0 to C − 1 = 7/);
    expect(splitError(8, -1)).toMatch(/0 to C − 1/);
    expect(splitError(1, 0)).toMatch(/at least 2/);
    expect(() => splitCost(8, 4, 4, 8)).toThrow(RangeError);
  });
});

describe('feature reuse', () => {
  it('halves with every unit', () => {
    expect([0, 1, 2, 3].map((k) => reuseFraction(k))).toEqual([1, 0.5, 0.25, 0.125]);
    expect(reuseFraction(2, 0.25)).toBe(0.0625);
    expect(() => reuseFraction(-1)).toThrow(RangeError);
  });
});

describe('branch pointwise FLOPs', () => {
  it('shrink by exactly 4 from no split to the half split (C = 116, 28×28)', () => {
    expect(branchPointwiseFlops(116, 28, 28, 0)).toBe(2 * 784 * 116 * 116);
    expect(branchPointwiseFlops(116, 28, 28, 58)).toBe(2 * 784 * 58 * 58);
    expect(branchPointwiseFlops(116, 28, 28, 0) / branchPointwiseFlops(116, 28, 28, 58)).toBe(4);
  });
});

describe('split-ratio control', () => {
  it('maps eighths of C to whole channels, 4/8 being the half split, never all of C', () => {
    expect([0, 3, 4, 7].map((e) => identityFromEighths(8, e))).toEqual([0, 3, 4, 7]);
    expect(identityFromEighths(116, 4)).toBe(58);
    expect(identityFromEighths(116, 3)).toBe(44); // 43.5 rounds up
    expect(identityFromEighths(2, 7)).toBe(1);
  });
});
