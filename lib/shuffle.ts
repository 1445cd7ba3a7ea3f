import type { Locale } from './i18n';
import { unitCheckMessages } from './unitCheckMessages';
/**
 * Channel split and channel shuffle as index permutations.
 *
 * Convention used everywhere in the book: a permutation `perm` of length C says that
 * output channel `i` is a copy of input channel `perm[i]` ("gather" form), which is
 * what `out[:, i] = x[:, perm[i]]` computes and what a Reshape → Transpose → Reshape
 * produces in the real network.
 */

/** Why groups must divide channels: the reshape (g, C/g) needs whole rows. */
export function shuffleError(channels: number, groups: number, locale: Locale = 'en'): string | null {
  const t = unitCheckMessages[locale];
  if (!Number.isInteger(channels) || channels < 1) return t.positive('C', channels);
  if (!Number.isInteger(groups) || groups < 1) return t.positive('g', groups);
  if (channels % groups !== 0) {
    const perGroup = Number((channels / groups).toFixed(2));
    return t.shuffleIndivisible(groups, channels, perGroup);
  }
  return null;
}

/**
 * The channel-shuffle permutation: view the C channels as a (g, C/g) matrix, transpose it
 * to (C/g, g), flatten. Output channel i = k·g + j reads input channel j·(C/g) + k.
 */
export function shufflePermutation(channels: number, groups: number): number[] {
  const err = shuffleError(channels, groups);
  if (err) throw new RangeError(err);
  const perGroup = channels / groups;
  const perm = new Array<number>(channels);
  for (let k = 0; k < perGroup; k++) {
    for (let j = 0; j < groups; j++) perm[k * groups + j] = j * perGroup + k;
  }
  return perm;
}

/** The inverse permutation: inverse[perm[i]] = i. */
export function invertPermutation(perm: readonly number[]): number[] {
  const inverse = new Array<number>(perm.length);
  perm.forEach((src, i) => {
    inverse[src] = i;
  });
  return inverse;
}

/** Which group (0..g-1) an input channel belongs to before the shuffle. */
export function groupOf(channel: number, channels: number, groups: number): number {
  return Math.floor(channel / (channels / groups));
}

/**
 * Applies a channel permutation to a CHW tensor stored flat (batch 1), returning a new array.
 * `planeSize` is H·W.
 */
export function permuteChannels(data: Float32Array, perm: readonly number[], planeSize: number): Float32Array {
  if (data.length !== perm.length * planeSize) {
    throw new RangeError(`tensor has ${data.length} values, expected ${perm.length}×${planeSize}`);
  }
  const out = new Float32Array(data.length);
  for (let i = 0; i < perm.length; i++) {
    out.set(data.subarray(perm[i] * planeSize, (perm[i] + 1) * planeSize), i * planeSize);
  }
  return out;
}

/** Channel split: the first `left` channels and the rest, as index lists. */
export function splitChannels(channels: number, left = channels / 2): { identity: number[]; branch: number[] } {
  if (!Number.isInteger(left) || left < 0 || left > channels) {
    throw new RangeError(`cannot split ${channels} channels at ${left}`);
  }
  return {
    identity: Array.from({ length: left }, (_, i) => i),
    branch: Array.from({ length: channels - left }, (_, i) => left + i),
  };
}
