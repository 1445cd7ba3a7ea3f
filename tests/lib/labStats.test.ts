import { describe, expect, it } from 'vitest';
import {
  noisiest,
  quantile,
  relativeSpeed,
  summarize,
  summarizeUserAgent,
  toMarkdown,
  toTsv,
  type TableRow,
} from '../../lib/labStats';

describe('quantile and summarize', () => {
  it('interpolates between order statistics', () => {
    const s = [1, 2, 3, 4];
    expect(quantile(s, 0)).toBe(1);
    expect(quantile(s, 1)).toBe(4);
    expect(quantile(s, 0.5)).toBe(2.5);
    expect(quantile(s, 0.25)).toBeCloseTo(1.75);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarises unsorted timings robustly: one outlier moves the mean, not the median', () => {
    const times = [10, 12, 11, 13, 500, 12, 11];
    const s = summarize(times);
    expect(s.n).toBe(7);
    expect(s.median).toBe(12);
    expect(s.min).toBe(10);
    expect(s.max).toBe(500);
    expect(s.q1).toBe(11);
    expect(s.q3).toBe(12.5);
    expect(s.iqr).toBe(1.5);
    expect(s.mean).toBeGreaterThan(80);
    expect(s.p10).toBeLessThanOrEqual(s.q1);
    expect(s.p90).toBeGreaterThanOrEqual(s.q3);
    expect(times).toEqual([10, 12, 11, 13, 500, 12, 11]); // input untouched
  });
});

describe('relativeSpeed', () => {
  it('puts the baseline at 100 % and a variant that takes twice as long at 50 %', () => {
    const base = summarize([10, 10, 10, 10]);
    const slow = summarize([18, 20, 20, 22]);
    expect(relativeSpeed(base, base).percent).toBe(100);
    const r = relativeSpeed(base, slow);
    expect(r.percent).toBe(50);
    // faster quartile (smaller time) gives the higher speed
    expect(r.high).toBeGreaterThan(r.percent);
    expect(r.low).toBeLessThan(r.percent);
  });
});

describe('noisiest', () => {
  it('finds the variant with the widest relative IQR and flags it above the limit', () => {
    const calm = { label: 'calm', summary: summarize([10, 10.2, 10.4, 10.6, 10.8]) };
    const wild = { label: 'wild', summary: summarize([10, 12, 20, 30, 40]) };
    expect(noisiest([calm])).toMatchObject({ label: 'calm', noisy: false });
    const worst = noisiest([calm, wild]);
    expect(worst?.label).toBe('wild');
    expect(worst?.spread).toBeCloseTo(18 / 20);
    expect(worst?.noisy).toBe(true);
    expect(noisiest([])).toBeNull();
  });
});

describe('summarizeUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Chrome 131 on Linux',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.68',
      'Edge 130.0 on Windows',
    ],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox 133.0 on macOS'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari 18.1 on iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'Chrome 131 on Android',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      'Headless Chrome 140 on Linux',
    ],
    ['curl/8.0', 'an unknown browser'],
  ])('%s → %s', (ua, expected) => {
    expect(summarizeUserAgent(ua)).toBe(expected);
  });
});

describe('copyable tables', () => {
  const base = summarize([10, 11, 12]);
  const rows: TableRow[] = [
    {
      variant: 'c₁:c₂ = 1:1',
      detail: '128 → 128 → 128',
      flops: 100,
      mac: 50,
      summary: base,
      relative: relativeSpeed(base, base),
    },
    {
      variant: 'c₁:c₂ = 1:12',
      detail: '36 → 432 → 36',
      flops: 95,
      mac: 90,
      summary: summarize([20, 22, 24]),
      relative: relativeSpeed(base, summarize([20, 22, 24])),
    },
  ];
  const meta = { title: 'G1', setting: 'Quick: 28×28', environment: 'Chrome 131 on Linux' };

  it('TSV has one header line and one line per variant with equal column counts', () => {
    const lines = toTsv(meta, rows)
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(lines).toHaveLength(3);
    const widths = lines.map((l) => l.split('\t').length);
    expect(new Set(widths).size).toBe(1);
    expect(lines[2].split('\t')).toEqual([
      'c₁:c₂ = 1:12',
      '36 → 432 → 36',
      '95',
      '90',
      '22.00',
      '21.00',
      '23.00',
      '3',
      '50.0',
    ]);
  });

  it('markdown is a well-formed table with the environment stated', () => {
    const md = toMarkdown(meta, rows);
    expect(md).toContain('Chrome 131 on Linux');
    const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
    expect(tableLines).toHaveLength(4);
    const pipes = tableLines.map((l) => (l.match(/(?<!\\)\|/g) ?? []).length);
    expect(new Set(pipes).size).toBe(1);
    expect(tableLines[3]).toContain('| 50.0 |');
  });
});
