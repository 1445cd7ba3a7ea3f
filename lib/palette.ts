/**
 * One visual language for every figure in the book. Colours are CSS custom properties
 * (defined for both themes in styles/globals.css) so SVG and HTML pick up the theme
 * without JavaScript; canvas code, which cannot read `var(...)`, uses `resolveCssColor`.
 *
 * - identity: the untouched half of a basic unit, and the left branch of a down-sampling unit
 * - branch:   the convolution branch of a basic unit, and the right branch of a down-sampling unit
 * - group(i): shuffle group i. With g = 2 group 0 is the identity half and group 1 the branch
 *   half of the concat, so the colours agree with the two above on purpose.
 */
export const colors = {
  identity: 'var(--c-identity)',
  branch: 'var(--c-branch)',
  input: 'var(--c-input)',
  head: 'var(--c-head)',
  muted: 'var(--c-muted)',
  /** the one accent: the selected item, the reader's choice, the current step */
  highlight: 'var(--c-highlight)',
  /** the channel shuffle, drawn in this one colour in every figure */
  shuffle: 'var(--c-shuffle)',
  /** the two ends of the diverging scale for signed values (a contribution, a depthwise output) */
  negative: 'var(--c-negative)',
  positive: 'var(--c-positive)',
} as const;

/** The strongest mix of a signed fill: text on it keeps about 4.5 : 1 in both themes. */
const SIGNED_MAX_MIX = 60;

/**
 * A fill on the diverging scale: the sign picks the hue, |value| / maxAbs the strength (mixed
 * with the cell background, so 0 is the background itself in either theme).
 */
export function signedColor(value: number, maxAbs: number): string {
  const strength = maxAbs > 0 ? Math.min(1, Math.abs(value) / maxAbs) : 0;
  return `color-mix(in srgb, ${value < 0 ? colors.negative : colors.positive} ${Math.round(strength * SIGNED_MAX_MIX)}%, var(--bg-cell))`;
}

/**
 * Series colours for comparisons (layer A vs B, V1 vs V2, params vs FLOPs, baseline vs variants,
 * your device vs the paper). Never blue/orange: those mean the untouched half and the branch.
 */
export const SERIES_COLOR_COUNT = 4;
export function seriesColor(index: number): string {
  return `var(--c-series-${((index % SERIES_COLOR_COUNT) + SERIES_COLOR_COUNT) % SERIES_COLOR_COUNT})`;
}

export const GROUP_COLOR_COUNT = 8;

export function groupColor(group: number): string {
  return `var(--c-group-${((group % GROUP_COLOR_COUNT) + GROUP_COLOR_COUNT) % GROUP_COLOR_COUNT})`;
}

/**
 * Resolves a CSS colour (`var(--x)`, whose value may be `light-dark(…)`) to the concrete colour in
 * effect at `element`, for canvas drawing: a hidden probe takes the colour and the browser computes
 * it (custom properties read with getPropertyValue would come back unresolved). Falls back to the input.
 */
export function resolveCssColor(color: string, element?: Element | null): string {
  if (!color.startsWith('var(') || typeof window === 'undefined') return color;
  const host = element?.parentElement ?? document.body;
  if (!host) return color;
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = color;
  host.appendChild(probe);
  const value = getComputedStyle(probe).color.trim();
  probe.remove();
  return value || color;
}
