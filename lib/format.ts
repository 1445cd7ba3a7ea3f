/**
 * How the book writes numbers, in one place: counts (exact or short), tensor shapes, readout
 * values and percentages. Every figure, table and sentence formats through these, so the same
 * quantity never appears in two styles.
 */

/** Exact whole numbers with narrow no-break spaces between digit groups: 1 234 567 (never wraps inside a number). */
export function groupDigits(n: number): string {
  const sign = n < 0 ? '−' : '';
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** A count at a glance: exact below 10 000, then 3 significant digits with k / M / G: 819k, 146M, 1.23G. */
export function formatCount(n: number, digits = 3): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toPrecision(digits)}G`;
  if (abs >= 1e6) return `${(n / 1e6).toPrecision(digits)}M`;
  if (abs >= 1e4) return `${(n / 1e3).toPrecision(digits)}k`;
  return Number.isInteger(n) ? String(n) : n.toPrecision(digits);
}

/** A published figure as the paper prints it, in millions: 41M, 1.4M. */
export function formatMillions(n: number): string {
  return `${Number((n / 1e6).toPrecision(6))}M`;
}

/** A tensor shape, channels first: 116×28×28 (a vector is just its length, 256). */
export function formatShape(shape: { c: number; h: number; w: number } | readonly number[]): string {
  const dims = 'c' in shape ? [shape.c, shape.h, shape.w] : shape;
  return dims.join('×');
}

/** A value for a readout: 3 significant digits, plain zero, exponents only when very large or small. */
export function formatValue(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1000 || a < 0.001 ? v.toExponential(2) : v.toPrecision(3);
}

/** A fraction as a percentage: 0.123 → "12.3%". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A relative change with its sign: 0.123 → "+12.3%", −0.04 → "−4.0%" (a true minus sign). */
export function formatChange(change: number, digits = 1): string {
  return `${change >= 0 ? '+' : '−'}${(Math.abs(change) * 100).toFixed(digits)}%`;
}

/**
 * A probability: "97.3%". A tiny one reads "<0.1%" on a chart (never a misleading "0.0%"); where
 * the exact value matters (a computation written out) `precise` gives "3.2e-4%".
 */
export function formatProbability(p: number, precise = false): string {
  if (p === 0 || p >= 0.0005) return formatPercent(p);
  return precise ? `${(p * 100).toExponential(1)}%` : '<0.1%';
}
