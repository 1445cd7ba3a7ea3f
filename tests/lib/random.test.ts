import { describe, expect, it } from 'vitest';
import { mulberry32, randomPermutation, uniformArray } from '../../lib/random';

describe('mulberry32', () => {
  it('is deterministic per seed, differs between seeds and stays in [0, 1)', () => {
    const a = mulberry32(42),
      b = mulberry32(42),
      c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('is close to uniform: each tenth of [0, 1) gets about a tenth of 20 000 draws (chi-square, 9 d.o.f.)', () => {
    const random = mulberry32(7);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 20000; i++) counts[Math.floor(random() * 10)]++;
    const chi2 = counts.reduce((s, n) => s + (n - 2000) ** 2 / 2000, 0);
    expect(chi2).toBeLessThan(27.9); // p = 0.001
  });

  it('keeps its stream: the lab networks’ weights are drawn from it, so a change would change every network', () => {
    const random = mulberry32(42);
    expect([random(), random(), random()].map((x) => x.toFixed(6))).toEqual(['0.601104', '0.448291', '0.852466']);
  });
});

describe('uniformArray', () => {
  it('draws n values in [−a, a]', () => {
    const xs = uniformArray(mulberry32(1), 500, 0.25);
    expect(xs).toHaveLength(500);
    expect(Math.max(...xs)).toBeLessThanOrEqual(0.25);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-0.25);
    expect(Math.min(...xs)).toBeLessThan(-0.2); // it uses the negative half too
  });
});

describe('randomPermutation', () => {
  it('is a permutation of 0 … n−1, the same for the same seed', () => {
    const p = randomPermutation(12, 99);
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(randomPermutation(12, 99)).toEqual(p);
    expect(randomPermutation(12, 100)).not.toEqual(p);
  });

  it('puts each element in each position about equally often over many seeds', () => {
    const n = 4,
      runs = 8000;
    const counts = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let seed = 0; seed < runs; seed++) randomPermutation(n, seed).forEach((v, pos) => counts[v][pos]++);
    for (const row of counts) for (const c of row) expect(Math.abs(c / runs - 1 / n)).toBeLessThan(0.03);
  });
});
