/**
 * The calculators behind chapter 2, "The four guidelines" (Ma et al. 2018, Sec. 2).
 *
 * Everything is counted with lib/cost.ts's conventions: FLOPs are multiply-adds, MAC counts
 * elements read or written (input feature map, output feature map, weights read once).
 * Element-wise operations have no multiply-adds; where a share of "operations" is reported for
 * them we count one operation per output element, which flatters them if anything.
 */
import type { Locale } from './i18n';
import { guidelinesLibMessages } from './guidelinesMessages';
import { conv, convFlops, convMac, convParams, macLowerBound, channelsForRatio, type ConvLayer } from './cost';
import { FRAGMENT_STRUCTURES, G1_RATIOS, G2_GROUPS, memberParam, type FragmentLayout } from './paramDomains';

// The G1 ratios, G2 groups, G3 structures and the member codec are declared with the URL table's
// other domains (lib/paramDomains.ts), which must not pull this module's arithmetic in.
export { FRAGMENT_STRUCTURES, G1_RATIOS, G2_GROUPS, memberParam, type FragmentLayout };

// ───────────────────────── G1: equal channel width minimises MAC ─────────────────────────

/** c₂ / c₁ for a signed ratio code. */
export function ratioValue(code: number): number {
  return code >= 1 ? code : 1 / Math.abs(code);
}

export function ratioLabel(code: number): string {
  return code >= 1 ? `1 : ${code}` : `${Math.abs(code)} : 1`;
}

/**
 * MAC of a 1×1 conv with B FLOPs at h×w and c₂/c₁ = ratio, with real-valued widths (the smooth
 * curve the bound is about). MAC = hw(c₁ + c₂) + c₁c₂ with c₁c₂ = B/(hw).
 */
export function macAtRatio(
  flops: number,
  h: number,
  w: number,
  ratio: number,
): { c1: number; c2: number; mac: number } {
  const c1 = Math.sqrt(flops / (h * w * ratio));
  const c2 = ratio * c1;
  return { c1, c2, mac: h * w * (c1 + c2) + c1 * c2 };
}

/**
 * At equal FLOPs, the feature-map traffic hw(c₁ + c₂) at c₂/c₁ = r relative to its value at 1 : 1:
 * (√r + 1/√r) / 2 (exact widths). The weight term c₁c₂ = B/(hw) does not depend on r.
 */
export function featureTrafficFactor(ratio: number): number {
  return (Math.sqrt(ratio) + 1 / Math.sqrt(ratio)) / 2;
}

/** Whole channel widths for a signed ratio code at (nearly) the given FLOPs; symmetric in c₁ and c₂. */
export function g1Pair(flops: number, h: number, w: number, code: number): { c1: number; c2: number } {
  const { c1, c2 } = channelsForRatio(flops, h, w, Math.abs(code));
  return code >= 1 ? { c1, c2 } : { c1: c2, c2: c1 };
}

export interface G1Point {
  /** log₂(c₂/c₁): 0 is 1 : 1 */
  log2Ratio: number;
  mac: number;
}

/** The smooth MAC-vs-ratio curve for the chart, sampled evenly in log₂(c₂/c₁) ∈ [−span, span]. */
export function g1Curve(flops: number, h: number, w: number, span = 4, samples = 161): G1Point[] {
  return Array.from({ length: samples }, (_, i) => {
    const log2Ratio = -span + (2 * span * i) / (samples - 1);
    return { log2Ratio, mac: macAtRatio(flops, h, w, 2 ** log2Ratio).mac };
  });
}

export interface G1Row {
  label: string;
  c1: number;
  c2: number;
  flops: number;
  mac: number;
  /** the bound 2√(hwB) + B/(hw) at this layer's own FLOPs */
  bound: number;
  /** MAC / bound − 1 */
  excess: number;
}

export function g1Row(label: string, c1: number, c2: number, h: number, w: number): G1Row {
  const layer = conv({ h, w, cin: c1, cout: c2 });
  const flops = convFlops(layer);
  const mac = convMac(layer);
  const bound = macLowerBound(flops, h, w);
  return { label, c1, c2, flops, mac, bound, excess: mac / bound - 1 };
}

/**
 * The channel pairs of the paper's G1 experiment (Table 1, GPU column, width ×1). They are the
 * paper's *setup*, not a measurement: the book recomputes their FLOPs and MAC.
 */
export const TABLE1_PAIRS = [
  { label: '1 : 1', c1: 128, c2: 128 },
  { label: '1 : 2', c1: 90, c2: 180 },
  { label: '1 : 6', c1: 52, c2: 312 },
  { label: '1 : 12', c1: 36, c2: 432 },
] as const;

// ───────────────────────── G2: excessive group convolution increases MAC ─────────────────────────

/** The paper's G2 experiment (Table 2, width ×1): group count g and channel width c = c₁ = c₂. */
export const TABLE2_SETTINGS = [
  { g: 1, c: 128 },
  { g: 2, c: 180 },
  { g: 4, c: 256 },
  { g: 8, c: 360 },
] as const;

/**
 * The width c (a multiple of g, so the groups are whole) of a 1×1 group conv c → c whose FLOPs
 * B = hw·c²/g come closest to `flops`.
 */
export function groupWidthForFlops(flops: number, h: number, w: number, g: number): number {
  const ideal = Math.sqrt((flops * g) / (h * w));
  const lower = Math.max(g, Math.floor(ideal / g) * g);
  const upper = lower + g;
  const cost = (c: number) => Math.abs((h * w * c * c) / g - flops);
  return cost(upper) < cost(lower) ? upper : lower;
}

export interface G2Row {
  g: number;
  c: number;
  flops: number;
  params: number;
  mac: number;
  /** MAC relative to the first row (g = 1) */
  macRatio: number;
}

function groupRow(g: number, c: number, h: number, w: number): Omit<G2Row, 'macRatio'> {
  const layer: ConvLayer = conv({ h, w, cin: c, cout: c, groups: g });
  return { g, c, flops: convFlops(layer), params: convParams(layer), mac: convMac(layer) };
}

/** 1×1 group convs c → c at h×w with FLOPs held at those of a dense c₀ → c₀ conv. */
export function g2Rows(baseWidth: number, h: number, w: number, groups: readonly number[] = G2_GROUPS): G2Row[] {
  const target = h * w * baseWidth * baseWidth;
  const rows = groups.map((g) => groupRow(g, g === 1 ? baseWidth : groupWidthForFlops(target, h, w, g), h, w));
  return rows.map((r) => ({ ...r, macRatio: r.mac / rows[0].mac }));
}

/** The same computation for the paper's own (g, c) pairs of Table 2. */
export function table2Rows(h: number, w: number): G2Row[] {
  const rows = TABLE2_SETTINGS.map(({ g, c }) => groupRow(g, c, h, w));
  return rows.map((r) => ({ ...r, macRatio: r.mac / rows[0].mac }));
}

/**
 * The paper's form of G2: with B, h, w and the input width c₁ fixed, MAC = hw·c₁ + B·g/c₁ + B/(hw)
 * grows linearly in g (the output width c₂ = B·g/(hw·c₁) must grow to keep the FLOPs).
 */
export function groupMacFixedInput(flops: number, h: number, w: number, c1: number, g: number): number {
  return h * w * c1 + (flops * g) / c1 + flops / (h * w);
}

// ───────────────────────── G3: fragmentation reduces parallelism ─────────────────────────

export interface FragmentBlock {
  id: string;
  label: string;
  layout: FragmentLayout;
  fragments: number;
  layers: ConvLayer[];
  flops: number;
  params: number;
  mac: number;
  /** kernels the device must launch */
  launches: number;
  /** the longest chain of kernels that must wait for each other (the critical path) */
  dependentSteps: number;
  /** average multiply-adds per launched kernel: the work each launch has to keep the device busy */
  flopsPerLaunch: number;
}

export function fragmentLabel(layout: FragmentLayout, fragments: number, locale: Locale = 'en'): string {
  const t = guidelinesLibMessages[locale];
  return fragments === 1 ? t.oneFragment : t.fragments(fragments, t[layout]);
}

export function fragmentError(
  layout: FragmentLayout,
  fragments: number,
  c: number,
  locale: Locale = 'en',
): string | null {
  const t = guidelinesLibMessages[locale];
  if (!Number.isInteger(c) || c < 1) return t.widthError(c);
  if (layout === 'parallel' && c % fragments !== 0) return t.parallelError(fragments, c);
  return null;
}

/**
 * A block of 1×1 convolutions with the FLOPs of one c → c conv, cut into `fragments` pieces:
 * - series: n convs one after another, each c′ → c′ with c′ = round(c/√n) (so n·c′² ≈ c²);
 * - parallel: n convs side by side, each reading the whole c-channel input and writing c/n
 *   channels straight into its slice of the output (a concat that copies nothing).
 * The book's model of the structures; the paper's appendix figure shows the ones it timed.
 */
export function fragmentBlock(
  layout: FragmentLayout,
  fragments: number,
  c: number,
  h: number,
  w: number,
  locale: Locale = 'en',
): FragmentBlock {
  const err = fragmentError(layout, fragments, c, locale);
  if (err) throw new RangeError(err);
  let layers: ConvLayer[];
  if (layout === 'series' || fragments === 1) {
    const width = Math.max(1, Math.round(c / Math.sqrt(fragments)));
    layers = Array.from({ length: fragments }, () => conv({ h, w, cin: width, cout: width }));
  } else {
    layers = Array.from({ length: fragments }, () => conv({ h, w, cin: c, cout: c / fragments }));
  }
  const flops = layers.reduce((s, l) => s + convFlops(l), 0);
  return {
    id: `${layout}-${fragments}`,
    label: fragmentLabel(layout, fragments, locale),
    layout,
    fragments,
    layers,
    flops,
    params: layers.reduce((s, l) => s + convParams(l), 0),
    mac: layers.reduce((s, l) => s + convMac(l), 0),
    launches: fragments,
    dependentSteps: layout === 'series' ? fragments : 1,
    flopsPerLaunch: flops / fragments,
  };
}

// ───────────────────────── G4: element-wise operations are not negligible ─────────────────────────

export type G4Kind = 'conv' | 'elementwise';

export interface G4Op {
  id: string;
  label: string;
  /** output tensor, C×H×W */
  shape: string;
  kind: G4Kind;
  /** conv: multiply-adds; element-wise: one operation per output element */
  flops: number;
  mac: number;
}

/** MAC of an element-wise op over `elements` values: read every input, write the output. */
export function elementwiseMac(op: 'relu' | 'add' | 'addbias', elements: number, channels = 0): number {
  if (op === 'relu') return 2 * elements;
  if (op === 'add') return 3 * elements;
  return 2 * elements + channels; // add a per-channel bias: read x and the bias, write
}

export interface BottleneckResult {
  ops: G4Op[];
  totals: { flops: number; mac: number };
  elementwise: { flops: number; mac: number };
  /** element-wise share of the unit's operations and of its MAC, in [0, 1] */
  share: { flops: number; mac: number };
}

/**
 * A ResNet bottleneck unit (He et al. 2016) on a 4m×h×w input: 1×1 conv 4m→m, 3×3 conv m→m,
 * 1×1 conv m→4m, with ReLU after each conv (the last one after the shortcut Add). The paper's
 * G4 experiment (Table 4) switches the ReLUs and the shortcut off; so can this function.
 * BN is assumed folded into the convolutions.
 */
export function bottleneck(
  m: number,
  h: number,
  w: number,
  options: { relu: boolean; shortcut: boolean },
  locale: Locale = 'en',
): BottleneckResult {
  const t = guidelinesLibMessages[locale];
  if (!Number.isInteger(m) || m < 1) throw new RangeError(`m must be a positive whole number (got ${m})`);
  const hw = h * w;
  const convs: [string, string, ConvLayer][] = [
    ['conv1', t.conv1x1(4 * m, m), conv({ h, w, cin: 4 * m, cout: m })],
    ['conv2', t.conv3x3(m, m), conv({ h, w, cin: m, cout: m, kernel: 3 })],
    ['conv3', t.conv1x1(m, 4 * m), conv({ h, w, cin: m, cout: 4 * m })],
  ];
  const ops: G4Op[] = [];
  convs.forEach(([id, label, layer], i) => {
    ops.push({
      id,
      label,
      shape: `${layer.cout}×${h}×${w}`,
      kind: 'conv',
      flops: convFlops(layer),
      mac: convMac(layer),
    });
    const last = i === convs.length - 1;
    if (last && options.shortcut) {
      ops.push({
        id: 'add',
        label: t.addShortcut,
        shape: `${4 * m}×${h}×${w}`,
        kind: 'elementwise',
        flops: 4 * m * hw,
        mac: elementwiseMac('add', 4 * m * hw),
      });
    }
    if (options.relu) {
      const c = layer.cout;
      ops.push({
        id: `relu${i + 1}`,
        label: t.relu(i + 1),
        shape: `${c}×${h}×${w}`,
        kind: 'elementwise',
        flops: c * hw,
        mac: elementwiseMac('relu', c * hw),
      });
    }
  });
  const sum = (kind?: G4Kind) =>
    ops
      .filter((o) => !kind || o.kind === kind)
      .reduce((t, o) => ({ flops: t.flops + o.flops, mac: t.mac + o.mac }), { flops: 0, mac: 0 });
  const totals = sum();
  const elementwise = sum('elementwise');
  return {
    ops,
    totals,
    elementwise,
    share: { flops: elementwise.flops / totals.flops, mac: elementwise.mac / totals.mac },
  };
}

/** MAC per multiply-add of a layer: how much data it moves for each unit of arithmetic. */
export function macPerFlop(layer: ConvLayer): number {
  return convMac(layer) / convFlops(layer);
}
