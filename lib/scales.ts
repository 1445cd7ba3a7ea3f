/**
 * The two scales the book's charts and diagrams use, with d3-scale's exact arithmetic
 * (tests/lib/scales.test.ts compares them value for value with d3's scaleLinear and scaleBand).
 * d3 (d3-array) computes the ticks and the nice domain's step; the mapping itself is one line. Importing
 * d3-scale instead costs every chapter with a chart about 16 kB of gzipped JavaScript: its one
 * file brings d3-interpolate, d3-color, d3-format, d3-time and d3-time-format's default locale,
 * which no bar or line chart here uses (the feature maps' colour scales still use d3 itself).
 */
import { tickIncrement, ticks } from 'd3';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** Round the domain's ends out to nice values (as d3's `linear.nice(count)`). */
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
}

/** d3's `scaleLinear().domain(domain).range(range)`: unclamped, numbers only. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  let [d0, d1] = domain;
  const [r0, r1] = range;
  let map = build();
  function build() {
    // as d3's bimap: a reversed domain normalises from its first end and maps onto the range reversed
    const [a, b, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
    const span = b - a;
    const normalize = span ? (x: number) => (x - a) / span : () => (isNaN(span) ? NaN : 0.5);
    return (x: number) => {
      const t = normalize(x);
      return from * (1 - t) + to * t;
    };
  }
  const scale = ((value: number) => map(value)) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.nice = (count = 10) => {
    const reversed = d1 < d0;
    let start = reversed ? d1 : d0;
    let stop = reversed ? d0 : d1;
    let previous: number | undefined;
    for (let iterations = 10; iterations > 0; iterations--) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        // settled: only then does d3 change the domain (not after 10 rounds, nor for a zero step)
        [d0, d1] = reversed ? [stop, start] : [start, stop];
        map = build();
        return scale;
      }
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      previous = step;
    }
    return scale;
  };
  return scale;
}

export interface BandScale<T> {
  (value: T): number | undefined;
  bandwidth(): number;
  step(): number;
}

/**
 * d3's `scaleBand().domain(domain).range(range).paddingInner(inner).paddingOuter(outer)` (align
 * 0.5, not rounded); `padding(p)` in d3 is inner = outer = p.
 */
export function scaleBand<T>(
  domain: readonly T[],
  range: readonly [number, number],
  { inner = 0, outer = 0 }: { inner?: number; outer?: number } = {},
): BandScale<T> {
  const n = domain.length;
  const reverse = range[1] < range[0];
  let start = reverse ? range[1] : range[0];
  const stop = reverse ? range[0] : range[1];
  const step = (stop - start) / Math.max(1, n - inner + outer * 2);
  start += (stop - start - step * (n - inner)) * 0.5;
  const values = domain.map((_, i) => start + step * i);
  if (reverse) values.reverse();
  const index = new Map(domain.map((d, i) => [d, i]));
  const scale = ((value: T) => {
    const i = index.get(value);
    return i === undefined ? undefined : values[i];
  }) as BandScale<T>;
  scale.bandwidth = () => step * (1 - inner);
  scale.step = () => step;
  return scale;
}
