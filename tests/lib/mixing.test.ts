import { describe, expect, it } from 'vitest';
import {
  basicUnitDependency,
  compose,
  identityDependency,
  mixingError,
  mixingSeries,
  summarize,
  untouchedChannels,
} from '../../lib/mixing';

const rows = (dep: boolean[][]) => dep.map((r) => r.map((d) => (d ? '1' : '.')).join(''));

describe('mixing matrix', () => {
  it('after one unit with shuffle (C = 4), worked by hand', () => {
    // concat: out0←in0, out1←in1, out2,out3←{in2,in3}; shuffle g=2: perm = [0, 2, 1, 3]
    expect(rows(basicUnitDependency(4, true))).toEqual(['1...', '..11', '.1..', '..11']);
    expect(rows(basicUnitDependency(4, false))).toEqual(['1...', '.1..', '..11', '..11']);
  });

  it('after two units with shuffle (C = 4) the branch outputs see both halves', () => {
    const [, two] = mixingSeries(4, 2, true);
    // unit 2 input positions: 0←in0, 1←{2,3}, 2←in1, 3←{2,3}; its branch takes positions 2,3 → {1,2,3}
    expect(rows(two)).toEqual(['1...', '.111', '..11', '.111']);
    expect(summarize(two)).toEqual({ seeBothHalves: 2, isolated: 1, spread: 3, density: 9 / 16 });
  });

  it('C = 8 with shuffle: counts of outputs that see both halves grow 0, 4, 6, 7 and stop; without shuffle nothing changes', () => {
    const shuffled = mixingSeries(8, 6, true).map((d) => summarize(d).seeBothHalves);
    expect(shuffled).toEqual([0, 4, 6, 7, 7, 7]);
    const plain = mixingSeries(8, 6, false).map(summarize);
    for (const s of plain) expect(s).toEqual({ seeBothHalves: 0, isolated: 4, spread: 4, density: (4 + 16) / 64 });
  });

  it('channel 0 takes the identity path forever: it never mixes, with or without shuffle', () => {
    for (const shuffle of [true, false]) {
      const last = mixingSeries(12, 10, shuffle).at(-1)!;
      expect(last[0].filter(Boolean).length).toBe(1);
      expect(last.filter((r, o) => o > 0 && r[0]).length).toBe(0);
    }
  });

  it('composes like function composition', () => {
    const u = basicUnitDependency(6, true);
    expect(compose(u, identityDependency(6))).toEqual(u);
    expect(compose(identityDependency(6), u)).toEqual(u);
  });

  it('refuses odd widths with an explanation', () => {
    expect(mixingError(7)).toMatch(/even/);
    expect(() => basicUnitDependency(7)).toThrow(RangeError);
  });
});

describe('untouched channels', () => {
  it('follows the identity path: C = 8 keeps 4, 2, 1, 1 original channels', () => {
    expect([1, 2, 3, 4].map((k) => untouchedChannels(8, k).length)).toEqual([4, 2, 1, 1]);
    // after one unit the untouched channels 0..3 sit at the even positions
    expect(untouchedChannels(8, 1)).toEqual([0, 1, 2, 3].map((o) => ({ original: o, position: 2 * o })));
  });
  it('C = 116 (stage 2 of the 1× network): 58, 29, 15, 8 — whole channels, close to 116/2^k', () => {
    const counts = [1, 2, 3, 4].map((k) => untouchedChannels(116, k).length);
    expect(counts).toEqual([58, 29, 15, 8]);
    counts.forEach((n, i) => expect(Math.abs(n - 116 / 2 ** (i + 1))).toBeLessThan(1));
  });
  it('without shuffle the same half stays untouched forever', () => {
    expect(untouchedChannels(8, 5, false).map((u) => u.original)).toEqual([0, 1, 2, 3]);
  });
});

describe('the (C/2, 2) reshape', () => {
  it('mixes the halves as well: each output half holds half of each concat half', () => {
    const one = basicUnitDependency(8, true, 'cg');
    // perm (4, 2) = [0, 2, 4, 6, 1, 3, 5, 7]: output 1 is concat 2 (identity), output 2 is concat 4 (branch)
    expect(rows(one)).toEqual([
      '1.......',
      '..1.....',
      '....1111',
      '....1111',
      '.1......',
      '...1....',
      '....1111',
      '....1111',
    ]);
    const plain = mixingSeries(8, 4, true, 'g').map((d) => summarize(d).seeBothHalves);
    const other = mixingSeries(8, 4, true, 'cg').map((d) => summarize(d).seeBothHalves);
    expect(other[3]).toBeGreaterThan(0);
    expect(plain[0]).toBe(0);
    expect(other[0]).toBe(0);
  });
});
