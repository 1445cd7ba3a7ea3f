/**
 * Statistics for the benchmark lab: robust summaries of repeated timings, speeds normalised to
 * a baseline, a short description of the reader's browser, and the results as a copyable table.
 *
 * Timings of a browser benchmark are skewed (a garbage collection or another tab adds a long
 * tail, nothing makes a run faster than the machine allows), so the lab reports the median and
 * the interquartile range rather than the mean and standard deviation.
 */
import type { Locale } from './i18n';
import { labStatsMessages } from './labExperimentMessages';

export interface TimingSummary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  p10: number;
  p90: number;
  mean: number;
  /** q3 − q1 */
  iqr: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of sorted values, interpolating linearly between order statistics. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(values: readonly number[]): TimingSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return {
    n: sorted.length,
    min: sorted[0] ?? NaN,
    q1,
    median: quantile(sorted, 0.5),
    q3,
    max: sorted[sorted.length - 1] ?? NaN,
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    mean: sorted.length ? sorted.reduce((s, v) => s + v, 0) / sorted.length : NaN,
    iqr: q3 - q1,
  };
}

export interface RelativeSpeed {
  /** baseline median time / this median time × 100: the baseline is 100 %, faster is more. */
  percent: number;
  /** The same ratio for this variant's slow (q3) and fast (q1) quartile times. */
  low: number;
  high: number;
}

/**
 * Speed relative to a baseline, the way the paper compares variants (higher = faster). Speed is
 * the reciprocal of time, so the variant's quartile times map to the interval's ends reversed.
 */
export function relativeSpeed(baseline: TimingSummary, variant: TimingSummary): RelativeSpeed {
  return {
    percent: (100 * baseline.median) / variant.median,
    low: (100 * baseline.median) / variant.q3,
    high: (100 * baseline.median) / variant.q1,
  };
}

/** Above this interquartile range relative to the median, a measurement is called noisy. */
export const NOISE_LIMIT = 0.2;

/**
 * The variant whose timings scattered most, as IQR / median, and whether that exceeds
 * NOISE_LIMIT. Differences between variants smaller than this spread are not meaningful.
 */
export function noisiest(
  variants: readonly { label: string; summary: TimingSummary }[],
): { label: string; spread: number; noisy: boolean } | null {
  let worst: { label: string; spread: number } | null = null;
  for (const v of variants) {
    const spread = v.summary.iqr / v.summary.median;
    if (Number.isFinite(spread) && (!worst || spread > worst.spread)) worst = { label: v.label, spread };
  }
  return worst && { ...worst, noisy: worst.spread > NOISE_LIMIT };
}

/**
 * "Chrome 131 on Linux", "Firefox 133 on Windows", "Safari 18.1 on iOS" — enough to tell readers'
 * results apart without exposing the full user-agent string.
 */
export function summarizeUserAgent(ua: string, locale: Locale = 'en'): string {
  const t = labStatsMessages[locale];
  const pick = (re: RegExp) => re.exec(ua)?.[1];
  let browser = t.unknownBrowser;
  const rules: [RegExp, string][] = [
    [/Edg(?:e|A|iOS)?\/(\d+(?:\.\d+)?)/, 'Edge'],
    [/OPR\/(\d+)/, 'Opera'],
    [/SamsungBrowser\/(\d+(?:\.\d+)?)/, 'Samsung Internet'],
    [/Firefox\/(\d+(?:\.\d+)?)/, 'Firefox'],
    [/FxiOS\/(\d+(?:\.\d+)?)/, 'Firefox'],
    [/CriOS\/(\d+)/, 'Chrome'],
    [/HeadlessChrome\/(\d+)/, 'Headless Chrome'],
    [/Chrom(?:e|ium)\/(\d+)/, 'Chrome'],
    [/Version\/(\d+(?:\.\d+)?).*Safari\//, 'Safari'],
  ];
  for (const [re, name] of rules) {
    const version = pick(re);
    if (version) {
      browser = `${name} ${version}`;
      break;
    }
  }
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /CrOS/.test(ua)
        ? 'ChromeOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(ua)
            ? 'macOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  return os ? t.browserOn(browser, os) : browser;
}

export interface TableRow {
  variant: string;
  detail: string;
  flops: number;
  mac: number;
  summary: TimingSummary;
  relative: RelativeSpeed;
}

export interface TableMeta {
  title: string;
  setting: string;
  environment: string;
}

const ms = (v: number) => v.toFixed(2);
const pct = (v: number) => v.toFixed(1);

const header = (locale: Locale) => {
  const t = labStatsMessages[locale];
  return [t.variant, t.channels, t.flops, t.mac, t.median, t.q1, t.q3, t.runs, t.relative];
};

function cells(r: TableRow): string[] {
  return [
    r.variant,
    r.detail,
    String(r.flops),
    String(r.mac),
    ms(r.summary.median),
    ms(r.summary.q1),
    ms(r.summary.q3),
    String(r.summary.n),
    pct(r.relative.percent),
  ];
}

/** Tab-separated values: pastes straight into a spreadsheet. */
export function toTsv(meta: TableMeta, rows: readonly TableRow[], locale: Locale = 'en'): string {
  const comment = [`# ${meta.title}`, `# ${meta.setting}`, `# ${meta.environment}`];
  return [...comment, header(locale).join('\t'), ...rows.map((r) => cells(r).join('\t'))].join('\n') + '\n';
}

/** A GitHub-flavoured markdown table with the setting and environment above it. */
export function toMarkdown(meta: TableMeta, rows: readonly TableRow[], locale: Locale = 'en'): string {
  const HEADER = header(locale);
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const line = (cs: string[]) => `| ${cs.map(escape).join(' | ')} |`;
  const align = HEADER.map((_, i) => (i < 2 ? '---' : '---:'));
  return (
    [
      `**${meta.title}**`,
      '',
      labStatsMessages[locale].settingLine(meta.setting, meta.environment),
      '',
      line(HEADER),
      `|${align.join('|')}|`,
      ...rows.map((r) => line(cells(r))),
    ].join('\n') + '\n'
  );
}
