/**
 * How the explorer colours a map's values, by what the values are (like CNN Explainer's one table
 * of colour scales keyed by layer type): colour by meaning, not by taste.
 *
 * - 'grey': the input image, white ink on black as the data sets store it.
 * - 'sequential': values ≥ 0 (after a ReLU, or moved/pooled from such values): viridis, a
 *   perceptually uniform map whose lightness rises with the value, so a brighter cell is larger
 *   in light and dark themes alike.
 * - 'diverging': signed values (a depthwise convolution has no ReLU after it): purple below 0,
 *   green above, white at exactly 0, the domain symmetric around 0 so equal magnitudes look
 *   equally strong. Purple–green (PRGn) rather than red–blue or purple–orange, because blue and
 *   orange mean the untouched half and the branch everywhere in the book.
 *
 * Framework-free: a scheme is a table of 256 packed RGBA pixels that lib/featureMaps paints with.
 */
import { interpolatePRGn, interpolateViridis, rgb } from 'd3';
import type { OutputValues } from './manifest';
import { packRgb, type Rgb } from './featureMaps';
import { colorMapsMessages } from './colorMapsMessages';
import type { Locale } from './i18n';

export type MapScheme = 'grey' | 'sequential' | 'diverging';

/** The scheme for an output's values; the model input (no output spec) is grey. */
export function schemeFor(values: OutputValues | 'input'): MapScheme {
  if (values === 'signed') return 'diverging';
  return values === 'input' ? 'grey' : 'sequential';
}

/** The colour at t ∈ [0, 1] of a scheme. */
export function schemeColor(scheme: MapScheme, t: number): Rgb {
  const u = Math.max(0, Math.min(1, t));
  if (scheme === 'grey') {
    const g = Math.round(255 * u);
    return [g, g, g];
  }
  const c = rgb(scheme === 'sequential' ? interpolateViridis(u) : interpolatePRGn(u));
  return [Math.round(c.r), Math.round(c.g), Math.round(c.b)];
}

const LUTS = new Map<MapScheme, Uint32Array>();

/** 256 packed pixels from the low to the high end of the scheme (cached). */
export function schemeLut(scheme: MapScheme): Uint32Array {
  let lut = LUTS.get(scheme);
  if (!lut) {
    lut = Uint32Array.from({ length: 256 }, (_, i) => packRgb(schemeColor(scheme, i / 255)));
    LUTS.set(scheme, lut);
  }
  return lut;
}

/** CSS colours for a gradient legend: `n` evenly spaced stops from the low to the high end. */
export function schemeStops(scheme: MapScheme, n = 9): string[] {
  return Array.from({ length: n }, (_, i) => {
    const [r, g, b] = schemeColor(scheme, i / (n - 1));
    return `rgb(${r},${g},${b})`;
  });
}

/**
 * The value range a scheme is drawn over: a diverging scheme is symmetric around 0 (so white is
 * exactly 0); the others include 0 (so "no activation" is the low end). Never empty.
 */
export function schemeDomain(scheme: MapScheme, [lo, hi]: readonly [number, number]): [number, number] {
  if (scheme === 'diverging') {
    const m = Math.max(Math.abs(lo), Math.abs(hi), 1e-6);
    return [-m, m];
  }
  const a = Math.min(0, lo),
    b = Math.max(0, hi);
  return b - a < 1e-6 ? [a, a + 1] : [a, b];
}

/** In words, for a colour scale's text alternative. */
export function schemeWords(
  scheme: MapScheme,
  domain: readonly [number, number],
  format: (v: number) => string,
  locale: Locale = 'en',
): string {
  const [lo, hi] = domain;
  const t = colorMapsMessages[locale];
  if (scheme === 'diverging') return t.diverging(format(lo), format(hi));
  if (scheme === 'sequential') return t.sequential(format(lo), format(hi));
  return t.grey(format(lo), format(hi));
}
