import { scaleBand as d3Band, scaleLinear as d3Linear } from 'd3';
import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear } from '../../lib/scales';

// Domains and ranges like the charts' (bars from zero, negative values, reversed ranges for a y
// axis, tiny and huge magnitudes, an empty span) and a few awkward ones.
const DOMAINS: [number, number][] = [
  [0, 1],
  [0, 7.3],
  [-3.2, 18],
  [0, 1.05e9],
  [0.0012, 0.0377],
  [5, 5],
  [10, -4],
  [0, 0.999],
  [-1e-7, 2e-7],
];
const RANGES: [number, number][] = [
  [40, 620],
  [300, 12],
  [0, 1],
];

describe('scaleLinear gives d3-scale’s values', () => {
  for (const domain of DOMAINS)
    for (const range of RANGES) {
      it(`domain ${domain}, range ${range}`, () => {
        const ours = scaleLinear(domain, range);
        const theirs = d3Linear().domain(domain).range(range);
        const probes = [domain[0], domain[1], (domain[0] + domain[1]) / 2, domain[0] - 3, domain[1] * 1.7, 0];
        for (const v of probes) expect(ours(v)).toBe(theirs(v));
        for (const count of [4, 5, 6, 10]) expect(ours.ticks(count)).toEqual(theirs.ticks(count));
        for (const count of [undefined, 4, 6]) {
          const a = scaleLinear(domain, range).nice(count);
          const b = d3Linear().domain(domain).range(range).nice(count);
          expect(a.domain()).toEqual(b.domain());
          for (const v of probes) expect(a(v)).toBe(b(v));
          expect(a.ticks(5)).toEqual(b.ticks(5));
        }
      });
    }
});

describe('scaleBand gives d3-scale’s values', () => {
  for (const n of [1, 2, 5, 32])
    for (const range of RANGES)
      for (const [inner, outer] of [
        [0.22, 0.22],
        [0.12, 0],
        [0, 0],
      ]) {
        it(`${n} bands over ${range}, padding ${inner}/${outer}`, () => {
          const domain = Array.from({ length: n }, (_, i) => i);
          const ours = scaleBand(domain, range, { inner, outer });
          const theirs = d3Band<number>().domain(domain).range(range).paddingInner(inner).paddingOuter(outer);
          expect(ours.bandwidth()).toBe(theirs.bandwidth());
          expect(ours.step()).toBe(theirs.step());
          for (const i of domain) expect(ours(i)).toBe(theirs(i));
          expect(ours(n + 1)).toBeUndefined();
        });
      }
});
