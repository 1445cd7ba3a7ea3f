import { describe, expect, it } from 'vitest';
import {
  groupOf,
  invertPermutation,
  permuteChannels,
  shuffleError,
  shufflePermutation,
  splitChannels,
} from '../../lib/shuffle';

describe('channel shuffle', () => {
  it('matches reshape (g, C/g) → transpose → flatten, worked by hand for C=6, g=2 and g=3', () => {
    // channels 0..5 as (2,3) = [[0,1,2],[3,4,5]]; transposed (3,2) = [[0,3],[1,4],[2,5]]
    expect(shufflePermutation(6, 2)).toEqual([0, 3, 1, 4, 2, 5]);
    // (3,2) = [[0,1],[2,3],[4,5]]; transposed (2,3) = [[0,2,4],[1,3,5]]
    expect(shufflePermutation(6, 3)).toEqual([0, 2, 4, 1, 3, 5]);
  });

  it('is the identity for g = 1 and g = C', () => {
    expect(shufflePermutation(5, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(shufflePermutation(5, 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('(g, C/g) and (C/g, g) reshapes are inverse permutations', () => {
    for (const [c, g] of [
      [12, 3],
      [48, 2],
      [24, 4],
    ]) {
      const p = shufflePermutation(c, g);
      const q = shufflePermutation(c, c / g);
      expect(invertPermutation(p)).toEqual(q);
      expect(p.map((_, i) => p[q[i]])).toEqual(Array.from({ length: c }, (_, i) => i));
    }
  });

  it('interleaves groups: consecutive outputs come from different groups', () => {
    const c = 8,
      g = 2,
      p = shufflePermutation(c, g);
    expect(p.map((src) => groupOf(src, c, g))).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('explains a g that does not divide C instead of crashing', () => {
    expect(shuffleError(10, 3)).toMatch(/does not divide/);
    expect(shuffleError(10, 3)).toContain('(3, 10/3 ≈ 3.33)');
    expect(() => shufflePermutation(10, 3)).toThrow(RangeError);
    expect(shuffleError(10, 0)).toMatch(/positive/);
  });

  it('permutes whole channel planes of a CHW tensor', () => {
    const data = Float32Array.from([0, 0, 1, 1, 2, 2, 3, 3]); // 4 channels of 2 values
    expect(Array.from(permuteChannels(data, shufflePermutation(4, 2), 2))).toEqual([0, 0, 2, 2, 1, 1, 3, 3]);
    expect(() => permuteChannels(data, [0, 1], 2)).toThrow(RangeError);
  });

  it('splits channels in half by default', () => {
    expect(splitChannels(6)).toEqual({ identity: [0, 1, 2], branch: [3, 4, 5] });
    expect(splitChannels(6, 2).branch).toEqual([2, 3, 4, 5]);
  });
});
