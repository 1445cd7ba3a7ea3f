// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TwinsResultsChart } from '../../components/experiments/TwinsResultsChart';
import {
  costRatio,
  largestSpread,
  parseChannelList,
  parseTwinResults,
  pointsFromBaseline,
  resultsView,
  withinSeedNoise,
  type TwinResults,
} from '../../lib/twins';
import { figureSnapshot } from '../helpers/figureSnapshot';

const run = (seed: number, accuracy: number) => ({ seed, accuracy, seconds: 1 });
const spread = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const std = xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1)) : null;
  return { n: xs.length, mean, std, min: Math.min(...xs), max: Math.max(...xs) };
};
const variant = (v: 'baseline' | 'noshuffle' | 'branch1q', label: string, accs: number[]) => ({
  variant: v,
  label,
  change: '',
  params: 1,
  multiplyAdds: 1,
  runs: accs.map((a, i) => run(i, a)),
  accuracy: spread(accs),
});
const FIXED: TwinResults = parseTwinResults({
  description: '',
  recipe: null,
  seeds: [0, 1, 2],
  shippedSeed: 0,
  variants: [
    variant('baseline', 'Baseline', [0.9, 0.904, 0.898]),
    variant('noshuffle', 'No shuffle', [0.895, 0.9, 0.889]),
    variant('branch1q', 'Branch ¼', [0.88]),
  ],
});

describe('twin results', () => {
  it('judges a difference against the largest seed-to-seed spread, and compares costs with the baseline', () => {
    const noShuffleStd = spread([0.895, 0.9, 0.889]).std! * 100;
    expect(largestSpread(FIXED)).toBeCloseTo(noShuffleStd, 10);
    // no shuffle: 0.6 points below, spread about 0.55 → within twice the spread
    expect(withinSeedNoise(FIXED, 'noshuffle')).toBe(true);
    // branch ¼: 2 points below → beyond twice the spread
    expect(withinSeedNoise(FIXED, 'branch1q')).toBe(false);
    expect(withinSeedNoise(FIXED, 'randperm')).toBeNull();
    const costly = parseTwinResults({
      ...FIXED,
      variants: FIXED.variants.map((v) =>
        v.variant === 'branch1q' ? { ...v, multiplyAdds: 3 } : { ...v, multiplyAdds: 4 },
      ),
    });
    expect(costRatio(costly, 'branch1q')).toBe(0.75);
    const heavier = parseTwinResults({
      ...FIXED,
      variants: FIXED.variants.map((v) => (v.variant === 'branch1q' ? { ...v, params: 6 } : { ...v, params: 4 })),
    });
    expect(costRatio(heavier, 'branch1q', 'params')).toBe(1.5);
    expect(costRatio(heavier, 'branch1q')).toBe(1);
    expect(costRatio(costly, 'branch3q')).toBeNull();
    const single = parseTwinResults({
      ...FIXED,
      variants: FIXED.variants.map((v) => ({ ...v, runs: v.runs.slice(0, 1), accuracy: spread([v.runs[0].accuracy]) })),
    });
    expect(largestSpread(single)).toBeNull();
    expect(withinSeedNoise(single, 'noshuffle')).toBeNull();
  });

  it('draws mean ± one standard deviation, every run, and the baseline line (desktop and phone)', async () => {
    const { container, rerender } = render(<TwinsResultsChart results={FIXED} width={680} />);
    await expect(figureSnapshot(container.querySelector('svg')!)).toMatchFileSnapshot(
      '__snapshots__/twins-results-desktop.svg',
    );
    rerender(<TwinsResultsChart results={FIXED} width={340} />);
    await expect(figureSnapshot(container.querySelector('svg')!)).toMatchFileSnapshot(
      '__snapshots__/twins-results-phone.svg',
    );
    expect(container.querySelectorAll('circle')).toHaveLength(7);
  });

  it('places each run where its accuracy is, and the interval around the mean', () => {
    const view = resultsView(FIXED, 680);
    for (const row of view.rows) {
      expect(row.lowX).toBeLessThanOrEqual(row.meanX);
      expect(row.highX).toBeGreaterThanOrEqual(row.meanX);
    }
    const base = view.rows[0];
    const order = [...base.points].sort((a, b) => a.accuracy - b.accuracy).map((s) => s.x);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(view.baselineX).toBeCloseTo(base.meanX);
    expect(view.rows[2].text).toBe('88.0% · 1 run');
    expect(pointsFromBaseline(FIXED, 'noshuffle')).toBeCloseTo((0.8946667 - 0.9006667) * 100, 3);
  });

  it('reads channel lists', () => {
    expect(parseChannelList('0-3, 7,2', 48)).toEqual({ channels: [0, 1, 2, 3, 7] });
    expect(parseChannelList('47-48', 48)).toHaveProperty('error');
    expect(parseChannelList('5-2', 48)).toHaveProperty('error');
    expect(parseChannelList('a', 48)).toHaveProperty('error');
    expect(parseChannelList(' ', 48)).toHaveProperty('error');
  });
});
