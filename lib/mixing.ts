/**
 * Which input channels can influence which output channels after a chain of basic units
 * (chapter 4, "why the shuffle is needed"). Only channels are tracked, not pixels.
 *
 * One basic unit with C channels, C′ = C/2:
 * - the untouched half: concat output i (i < C/2) depends on input channel i only;
 * - the branch: its 1×1 convolutions mix every branch channel with every other, so each concat
 *   output i ≥ C/2 depends on all inputs C/2 … C−1 (the depthwise conv in between mixes nothing,
 *   but the 1×1 convs before and after it do);
 * - the shuffle (g = 2) then permutes: output i is concat channel perm[i].
 */
import type { Locale } from './i18n';
import { mixingMessages } from './mixingMessages';
import { shufflePermutation } from './shuffle';

/** dep[o][i] is true when output channel o can depend on input channel i. */
export type Dependency = boolean[][];

export function mixingError(channels: number, locale: Locale = 'en'): string | null {
  if (!Number.isInteger(channels) || channels < 2) return mixingMessages[locale].atLeastTwo(channels);
  if (channels % 2 !== 0) return mixingMessages[locale].odd(channels);
  return null;
}

export function identityDependency(channels: number): Dependency {
  return Array.from({ length: channels }, (_, o) => Array.from({ length: channels }, (_, i) => i === o));
}

/**
 * Which reshape the shuffle uses: 'g' is (2, C/2) → transpose → flatten, as in torchvision;
 * 'cg' is (C/2, 2), its inverse. Both put half of each half into each half.
 */
export type Reshape = 'g' | 'cg';

function unitPermutation(channels: number, shuffle: boolean, reshape: Reshape): number[] {
  if (!shuffle) return Array.from({ length: channels }, (_, i) => i);
  return shufflePermutation(channels, reshape === 'g' ? 2 : channels / 2);
}

/** The input → output dependency of one basic unit, with or without the final channel shuffle. */
export function basicUnitDependency(channels: number, shuffle = true, reshape: Reshape = 'g'): Dependency {
  const err = mixingError(channels);
  if (err) throw new RangeError(err);
  const half = channels / 2;
  const concat: Dependency = Array.from({ length: channels }, (_, o) =>
    Array.from({ length: channels }, (_, i) => (o < half ? i === o : i >= half)),
  );
  return unitPermutation(channels, shuffle, reshape).map((src) => concat[src].slice());
}

/** (after ∘ before): o depends on i if some j has after[o][j] and before[j][i]. */
export function compose(after: Dependency, before: Dependency): Dependency {
  const n = before[0]?.length ?? 0;
  return after.map((row) => {
    const out = new Array<boolean>(n).fill(false);
    row.forEach((uses, j) => {
      if (!uses) return;
      before[j].forEach((dep, i) => {
        if (dep) out[i] = true;
      });
    });
    return out;
  });
}

/** Dependencies after 1, 2, …, `units` basic units (index k − 1 holds the result after k units). */
export function mixingSeries(channels: number, units: number, shuffle = true, reshape: Reshape = 'g'): Dependency[] {
  const unit = basicUnitDependency(channels, shuffle, reshape);
  const series: Dependency[] = [];
  let dep = identityDependency(channels);
  for (let k = 0; k < units; k++) {
    dep = compose(unit, dep);
    series.push(dep);
  }
  return series;
}

export interface MixingSummary {
  /** outputs that depend on at least one channel of each half of the first unit's input */
  seeBothHalves: number;
  /** outputs that depend on exactly one input channel: features that have never been through a conv */
  isolated: number;
  /** input channels that influence more than one output, i.e. that have entered a branch */
  spread: number;
  /** fraction of (output, input) pairs that are connected */
  density: number;
}

export function summarize(dep: Dependency): MixingSummary {
  const c = dep.length;
  const half = c / 2;
  const reach = new Array<number>(c).fill(0);
  let isolated = 0,
    seeBothHalves = 0,
    connected = 0;
  for (const row of dep) {
    let count = 0,
      low = false,
      high = false;
    row.forEach((d, i) => {
      if (!d) return;
      count++;
      reach[i]++;
      if (i < half) low = true;
      else high = true;
    });
    connected += count;
    if (count === 1) isolated++;
    if (low && high) seeBothHalves++;
  }
  return { seeBothHalves, isolated, spread: reach.filter((r) => r > 1).length, density: connected / (c * c) };
}

/**
 * Traces unit 0's channels through a chain of basic units (split in half, identity | branch,
 * concat, then the permutation `perm` in gather form). Row k, position p holds the original
 * channel that sits untouched at position p after k units, or −1 once a branch recomputed it.
 * The one implementation behind every feature-reuse figure in the book.
 */
export function untouchedTrace(channels: number, units: number, perm: readonly number[]): number[][] {
  const half = channels / 2;
  let row = Array.from({ length: channels }, (_, i) => i);
  const rows = [row];
  for (let k = 0; k < units; k++) {
    const concat = row.map((orig, p) => (p < half ? orig : -1));
    row = perm.map((src) => concat[src]);
    rows.push(row);
  }
  return rows;
}

/**
 * The original input channels that are still present, unchanged, after `units` basic units
 * (they took the identity path every time), with the position each one ends up at.
 */
export function untouchedChannels(
  channels: number,
  units: number,
  shuffle = true,
  reshape: Reshape = 'g',
): { original: number; position: number }[] {
  const err = mixingError(channels);
  if (err) throw new RangeError(err);
  const holder = untouchedTrace(channels, units, unitPermutation(channels, shuffle, reshape)).at(-1)!;
  return holder.flatMap((original, position) => (original >= 0 ? [{ original, position }] : []));
}
