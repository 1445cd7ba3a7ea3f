/**
 * The twin-network experiments (results.json, written by the training scripts from every run's
 * test accuracy) and what the book draws from them: the results chart's view model, and the
 * channel lists a reader types for the "switch off channels" intervention.
 */
import type { Locale } from './i18n';
import { twinChangeMessages, twinsMessages } from './twinsMessages';
import { extent, scaleLinear } from 'd3';
import { formatPercent } from './format';

export const TWIN_VARIANTS = ['baseline', 'noshuffle', 'randperm', 'branch1q', 'branch3q', 'v1'] as const;
export type TwinVariant = (typeof TWIN_VARIANTS)[number];

export interface TwinSpread {
  n: number;
  mean: number;
  /** sample standard deviation over seeds (n − 1); null for a single run */
  std: number | null;
  min: number;
  max: number;
}

export interface TwinResult {
  variant: TwinVariant;
  label: string;
  change: string;
  params: number;
  multiplyAdds: number;
  runs: { seed: number; accuracy: number; seconds: number }[];
  accuracy: TwinSpread;
  /** whether the seed-0 network of this variant is shipped for the browser */
  shipped?: boolean;
}

export interface TwinResults {
  description: string;
  recipe: { epochs: number; trainImages: number; testSetSize: number; batch: number; lr: number; wd: number } | null;
  seeds: number[];
  shippedSeed: number;
  variants: TwinResult[];
}

export function parseTwinResults(json: unknown): TwinResults {
  const r = json as TwinResults;
  if (!r || !Array.isArray(r.variants)) throw new Error('results.json has no variants');
  for (const v of r.variants) {
    if (!(TWIN_VARIANTS as readonly string[]).includes(v.variant)) throw new Error(`unknown twin variant ${v.variant}`);
    if (!v.runs.length || v.accuracy.n !== v.runs.length) throw new Error(`${v.variant}: runs and spread disagree`);
  }
  return r;
}

/** Difference of a variant's mean accuracy from the baseline's, in percentage points (null without a baseline). */
export function pointsFromBaseline(results: TwinResults, variant: TwinVariant): number | null {
  const base = results.variants.find((v) => v.variant === 'baseline');
  const other = results.variants.find((v) => v.variant === variant);
  return base && other ? (other.accuracy.mean - base.accuracy.mean) * 100 : null;
}

/** The largest seed-to-seed standard deviation of any variant, in points: the yardstick for "a difference" (null without repeated runs). */
export function largestSpread(results: TwinResults): number | null {
  const stds = results.variants.map((v) => v.accuracy.std).filter((s): s is number => s !== null);
  return stds.length ? Math.max(...stds) * 100 : null;
}

/**
 * Whether a variant's mean differs from the baseline's by no more than twice the largest
 * seed-to-seed spread: a difference retraining with another seed can produce. Null when either
 * is missing or no variant has repeated runs.
 */
export function withinSeedNoise(results: TwinResults, variant: TwinVariant): boolean | null {
  const diff = pointsFromBaseline(results, variant);
  const spread = largestSpread(results);
  return diff === null || spread === null ? null : Math.abs(diff) <= 2 * spread;
}

/** A variant's multiply-adds (or, with `what`, its parameters) as a multiple of the baseline's (null without both). */
export function costRatio(
  results: TwinResults,
  variant: TwinVariant,
  what: 'multiplyAdds' | 'params' = 'multiplyAdds',
): number | null {
  const base = results.variants.find((v) => v.variant === 'baseline');
  const other = results.variants.find((v) => v.variant === variant);
  return base && other ? other[what] / base[what] : null;
}

/** A twin's name in the reader's language (the results file names it in English). */
export function twinLabel(v: Pick<TwinResult, 'variant' | 'label'>, locale: Locale = 'en'): string {
  return locale === 'en' ? v.label : twinsMessages[locale][v.variant];
}

/** What differs in a twin, in the reader's language. */
export function twinChange(v: Pick<TwinResult, 'variant' | 'change'>, locale: Locale = 'en'): string {
  return locale === 'en' ? v.change : twinChangeMessages[locale][v.variant];
}

export interface ResultsRow {
  variant: TwinVariant;
  label: string;
  y: number;
  /** the mean's x, and the ± one standard deviation interval (or min–max for fewer than 2 runs) */
  meanX: number;
  lowX: number;
  highX: number;
  /** every trained copy, numbered from 0 */
  points: { run: number; x: number; accuracy: number }[];
  /** the direct label: "88.6% ± 0.3 · 3 runs" */
  text: string;
  series: number;
}

export interface ResultsView {
  width: number;
  height: number;
  left: number;
  right: number;
  rows: ResultsRow[];
  ticks: { x: number; label: string }[];
  axisY: number;
  baselineX: number | null;
  rowHeight: number;
  /** narrow screens: each row's name and figures go on a line above it instead of beside it */
  compact: boolean;
}

/**
 * Rows of mean ± one standard deviation with every seed's point, on a shared accuracy axis.
 * Series 0 is the baseline, series 1 every variant (comparisons use the series colours).
 */
export function resultsView(results: TwinResults, width = 640, locale: Locale = 'en'): ResultsView {
  const compact = width < 520;
  const rowHeight = compact ? 54 : 44;
  const left = compact ? 28 : 170;
  const right = compact ? 28 : 170;
  const top = compact ? 20 : 8;
  const values = results.variants.flatMap((v) => [
    ...v.runs.map((r) => r.accuracy),
    v.accuracy.mean - (v.accuracy.std ?? 0),
    v.accuracy.mean + (v.accuracy.std ?? 0),
  ]);
  const [lo = 0, hi = 1] = extent(values);
  const pad = Math.max(0.002, (hi - lo) * 0.15);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([left, width - right])
    .nice();
  const rows = results.variants.map((v, i): ResultsRow => {
    const { mean, std, min, max, n } = v.accuracy;
    const [low, high] = std === null ? [min, max] : [mean - std, mean + std];
    return {
      variant: v.variant,
      label: twinLabel(v, locale),
      y: top + i * rowHeight + rowHeight / 2,
      meanX: x(mean),
      lowX: x(low),
      highX: x(high),
      points: v.runs.map((r) => ({ run: r.seed, x: x(r.accuracy), accuracy: r.accuracy })),
      text: `${formatPercent(mean)}${std === null ? '' : ` ± ${(std * 100).toFixed(1)}`} · ${twinsMessages[locale].runs(n)}`,
      series: v.variant === 'baseline' ? 0 : 1,
    };
  });
  const axisY = top + rows.length * rowHeight + 4;
  const base = results.variants.find((v) => v.variant === 'baseline');
  return {
    width,
    height: axisY + 30,
    left,
    right,
    rows,
    rowHeight,
    axisY,
    compact,
    ticks: x.ticks(5).map((t) => ({ x: x(t), label: formatPercent(t, t * 100 === Math.round(t * 100) ? 0 : 1) })),
    baselineX: base ? x(base.accuracy.mean) : null,
  };
}

/**
 * "0-7, 12" → [0, 1, …, 7, 12]: the channels a reader switches off, each in 0 … count − 1.
 * Returns an error sentence instead when the text cannot be read.
 */
export function parseChannelList(
  text: string,
  count: number,
  locale: Locale = 'en',
): { channels: number[] } | { error: string } {
  const t = twinsMessages[locale];
  const channels = new Set<number>();
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return { error: t.noChannel };
  for (const part of parts) {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!m) return { error: t.notChannel(part) };
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return { error: t.backwards(part) };
    if (b >= count) return { error: t.noSuchChannel(count - 1, b) };
    for (let c = a; c <= b; c++) channels.add(c);
  }
  return { channels: [...channels].sort((p, q) => p - q) };
}

/** A unit of a twin network as the intervention cell lists it (the fields it shares with ManifestUnit). */
export interface TwinUnit {
  name: string;
  stage: number;
  unit: number;
  type: 'basic' | 'down';
  outChannels: number;
  /** 'v1' for ShuffleNet V1 units (no split, the shuffle inside the branch, an Add or pooled shortcut) */
  design: 'v2' | 'v1';
}

/**
 * The V1-units twin's units, read from its manifest's output list: every `stageS.unitU.out` is a
 * unit's output; a unit with an `.add` is a stride-1 unit, one with a `.concat` down-samples.
 */
export function v1Units(outputs: readonly { name: string; shape: readonly number[] }[]): TwinUnit[] {
  const names = new Set(outputs.map((o) => o.name));
  return outputs.flatMap((o): TwinUnit[] => {
    const m = /^(stage(\d+)\.unit(\d+))\.out$/.exec(o.name);
    if (!m) return [];
    const [, name, stage, unit] = m;
    const type = names.has(`${name}.add`) ? 'basic' : 'down';
    if (type === 'down' && !names.has(`${name}.concat`)) throw new Error(`${name} has neither an add nor a concat`);
    return [{ name, stage: Number(stage), unit: Number(unit), type, outChannels: o.shape[1], design: 'v1' }];
  });
}
