/**
 * The ShuffleNet V1 unit (Zhang et al., CVPR 2018, Fig. 2 b–c) as an explicit op list, counted
 * with exactly the conventions lib/units.ts uses for the V2 units, so the two can be compared
 * number for number:
 *
 * stride 1:  shortcut: identity
 *            main:     1×1 group conv-BN-ReLU → channel shuffle (g) → 3×3 depthwise conv-BN
 *                      → 1×1 group conv-BN
 *            merge:    element-wise Add, then ReLU
 * stride 2:  shortcut: 3×3 average pool, stride 2
 *            main:     as above, the depthwise conv at stride 2, producing cout − cin channels
 *            merge:    concat (cin + (cout − cin) = cout channels), then ReLU
 *
 * The bottleneck (the main branch's inner width) is a fraction of the unit's OUTPUT channels,
 * 1/4 in the paper. The paper leaves the first pointwise layer of Stage 2 ungrouped because its
 * input has only 24 channels (`groupFirst: false`).
 *
 * Counting conventions (shared with lib/units.ts and lib/cost.ts):
 * - params: conv weights (no biases) + BN's γ and β (2 per channel). Pooling has none.
 * - FLOPs: multiply-adds of convolutions only.
 * - MAC: a conv reads its input and weights and writes its output; shuffle, concat and average
 *   pooling read and write every element; Add reads two tensors and writes one. ReLU is fused
 *   into the op before it (no extra traffic).
 * - element-wise ops: elements processed by ReLU and by Add — the operators the V2 paper's G4
 *   is about (BN folds into the conv at inference).
 */
import type { Locale } from './i18n';
import { unitCheckMessages } from './unitCheckMessages';
import { conv, convFlops, convMac, convParams, outSize, type ConvLayer } from './cost';
import { opLabel } from './opNames';
import { basicUnit, downUnit, type Shape, type UnitSpec } from './units';

// The group counts compared: declared with the URL table's other domains.
export { V1_GROUPS } from './paramDomains';

/** Stage 2 output widths of ShuffleNet 1× for each group count, as published (V1 paper, Table 1). */
export const V1_STAGE2_WIDTH: Record<number, number> = { 1: 144, 2: 200, 3: 240, 4: 272, 8: 384 };

export type V1OpKind = 'gconv1x1' | 'shuffle' | 'dwconv3x3' | 'identity' | 'avgpool' | 'add' | 'concat';
export type V1OpPath = 'shortcut' | 'main' | 'merge';

export interface V1Op {
  id: string;
  kind: V1OpKind;
  path: V1OpPath;
  label: string;
  input: Shape;
  output: Shape;
  stride: number;
  groups: number;
  bn: boolean;
  relu: boolean;
  params: number;
  flops: number;
  mac: number;
  /** elements processed by ReLU and Add */
  elementwise: number;
}

export interface V1Options {
  /** input channels */
  c: number;
  h: number;
  w: number;
  /** groups of both pointwise convolutions (and of the shuffle) */
  groups: number;
  stride: 1 | 2;
  /** output channels; must equal c for stride 1 (the Add), defaults to 2c for stride 2 */
  cout?: number;
  /** bottleneck width as a fraction of the output channels; the paper uses 1/4 */
  bottleneckRatio?: number;
  /** false for the first unit of Stage 2, whose first 1×1 conv is not grouped */
  groupFirst?: boolean;
}

export interface CostTotals {
  params: number;
  flops: number;
  mac: number;
  elementwise: number;
}

export interface V1UnitSpec {
  stride: 1 | 2;
  groups: number;
  bottleneck: number;
  input: Shape;
  output: Shape;
  ops: V1Op[];
  totals: CostTotals;
}

const size = (s: Shape) => s.c * s.h * s.w;

function resolve(o: V1Options) {
  const cout = o.cout ?? (o.stride === 2 ? 2 * o.c : o.c);
  const ratio = o.bottleneckRatio ?? 0.25;
  return {
    cout,
    ratio,
    bottleneck: cout * ratio,
    mainOut: o.stride === 2 ? cout - o.c : cout,
    groupFirst: o.groupFirst ?? true,
  };
}

/** Why a V1 unit with these settings cannot be built, in words; null if it can. */
export function v1UnitError(o: V1Options, locale: Locale = 'en'): string | null {
  const t = unitCheckMessages[locale];
  for (const [name, v] of Object.entries({ C: o.c, H: o.h, W: o.w, g: o.groups })) {
    if (!Number.isInteger(v) || v < 1) return t.positive(name, v);
  }
  if (o.stride !== 1 && o.stride !== 2) return t.stride(o.stride);
  const { cout, ratio, bottleneck, mainOut, groupFirst } = resolve(o);
  if (!Number.isInteger(cout) || cout < 1) return t.positive(t.outputChannels, cout);
  if (!(ratio > 0 && ratio <= 4)) return t.ratio(ratio);
  if (o.stride === 1 && cout !== o.c) {
    return t.v1Stride1(o.c);
  }
  if (o.stride === 2 && cout <= o.c) {
    return t.v1Stride2(cout, o.c);
  }
  if (!Number.isInteger(bottleneck) || bottleneck < 1) {
    return t.v1Bottleneck(ratio, cout, +bottleneck.toFixed(3));
  }
  const g = o.groups;
  if (groupFirst && o.c % g !== 0) return t.v1GroupsInput(g, o.c);
  if (bottleneck % g !== 0) {
    return t.v1GroupsBottleneck(g, bottleneck, ratio, cout);
  }
  if (mainOut % g !== 0) return t.v1GroupsOutput(g, mainOut);
  return null;
}

function convOp(
  id: string,
  kind: 'gconv1x1' | 'dwconv3x3',
  input: Shape,
  cout: number,
  groups: number,
  stride: number,
  relu: boolean,
): V1Op {
  const depthwise = kind === 'dwconv3x3';
  const layer: ConvLayer = conv({
    h: input.h,
    w: input.w,
    cin: input.c,
    cout,
    kernel: depthwise ? 3 : 1,
    stride,
    groups: depthwise ? input.c : groups,
  });
  const output = { c: cout, h: outSize(input.h, stride), w: outSize(input.w, stride) };
  return {
    id,
    kind,
    path: 'main',
    input,
    output,
    stride,
    groups: layer.groups,
    bn: true,
    relu,
    label: opLabel({ kind, stride, groups, bn: true, relu }),
    params: convParams(layer) + 2 * cout,
    flops: convFlops(layer),
    mac: convMac(layer),
    elementwise: relu ? size(output) : 0,
  };
}

function plainOp(
  id: string,
  kind: 'shuffle' | 'identity' | 'avgpool' | 'add' | 'concat',
  path: V1OpPath,
  input: Shape,
  output: Shape,
  extra: Partial<V1Op> = {},
): V1Op {
  const op: V1Op = {
    id,
    kind,
    path,
    input,
    output,
    stride: 1,
    groups: 1,
    bn: false,
    relu: false,
    params: 0,
    flops: 0,
    mac: 0,
    elementwise: 0,
    label: '',
    ...extra,
  };
  return { ...op, label: opLabel(op) };
}

export function sumCosts(
  ops: readonly { params: number; flops: number; mac: number; elementwise?: number }[],
): CostTotals {
  const start: CostTotals = { params: 0, flops: 0, mac: 0, elementwise: 0 };
  return ops.reduce<CostTotals>(
    (t, op) => ({
      params: t.params + op.params,
      flops: t.flops + op.flops,
      mac: t.mac + op.mac,
      elementwise: t.elementwise + (op.elementwise ?? 0),
    }),
    start,
  );
}

/** The V1 unit for these settings. Throws a RangeError with v1UnitError's explanation if invalid. */
export function v1Unit(o: V1Options): V1UnitSpec {
  const err = v1UnitError(o);
  if (err) throw new RangeError(err);
  const { cout, bottleneck, mainOut, groupFirst } = resolve(o);
  const { groups: g, stride } = o;
  const input = { c: o.c, h: o.h, w: o.w };
  const out = { h: outSize(o.h, stride), w: outSize(o.w, stride) };
  const output = { c: cout, ...out };

  const gconv1 = convOp('main.gconv1', 'gconv1x1', input, bottleneck, groupFirst ? g : 1, 1, true);
  const ops: V1Op[] = [];
  if (stride === 1) ops.push(plainOp('shortcut.identity', 'identity', 'shortcut', input, input));
  else {
    const pooled = { c: o.c, ...out };
    ops.push(
      plainOp('shortcut.avgpool', 'avgpool', 'shortcut', input, pooled, { stride: 2, mac: size(input) + size(pooled) }),
    );
  }
  ops.push(gconv1);
  // With g = 1 the shuffle is the identity permutation and implementations skip it.
  if (g > 1) {
    ops.push(
      plainOp('main.shuffle', 'shuffle', 'main', gconv1.output, gconv1.output, {
        groups: g,
        mac: 2 * size(gconv1.output),
      }),
    );
  }
  const dw = convOp('main.dw', 'dwconv3x3', gconv1.output, bottleneck, 1, stride, false);
  const gconv2 = convOp('main.gconv2', 'gconv1x1', dw.output, mainOut, g, 1, false);
  ops.push(dw, gconv2);
  if (stride === 1) {
    // Add reads both tensors and writes one; the ReLU after it runs on the same elements.
    ops.push(
      plainOp('merge.add', 'add', 'merge', output, output, {
        relu: true,
        mac: 3 * size(output),
        elementwise: 2 * size(output),
      }),
    );
  } else {
    ops.push(
      plainOp('merge.concat', 'concat', 'merge', output, output, {
        relu: true,
        mac: 2 * size(output),
        elementwise: size(output),
      }),
    );
  }
  return { stride, groups: g, bottleneck, input, output, ops, totals: sumCosts(ops) };
}

/** Elements processed by ReLU in a V2 unit (it has no Add): the same measure as V1Op.elementwise. */
export function v2Elementwise(unit: UnitSpec): number {
  return unit.ops.reduce((n, op) => n + (op.relu ? size(op.output) : 0), 0);
}

/** A V2 unit's totals with the element-wise count added, for side-by-side tables. */
export function v2Totals(unit: UnitSpec): CostTotals {
  return { ...unit.totals, elementwise: v2Elementwise(unit) };
}

/**
 * The nearest input width to `c` (searching outward, smaller first on ties) for which a V1 unit
 * with the other settings is valid; null if none within `maxDistance`.
 */
export function nearestValidV1Width(o: V1Options, maxDistance = 512): number | null {
  for (let d = 0; d <= maxDistance; d++) {
    for (const c of d === 0 ? [o.c] : [o.c - d, o.c + d]) {
      if (c < 1) continue;
      const cout = o.stride === 2 ? (o.cout !== undefined ? o.cout - o.c + c : 2 * c) : c;
      if (!v1UnitError({ ...o, c, cout })) return c;
    }
  }
  return null;
}

/**
 * The even width C of a V2 basic unit at h×w whose FLOPs (from lib/units.ts) are closest to
 * `flops`. Basic-unit FLOPs grow with C, so the scan stops once it passes the target.
 */
export function v2BasicWidthForFlops(flops: number, h: number, w: number, maxC = 8192): number {
  return v2WidthForFlops('basic', flops, h, w, maxC);
}

/**
 * The even input width C of a V2 unit at h×w (a basic unit, or a down-sampling unit C → 2C) whose
 * FLOPs are closest to `flops`: the V2 unit of the same budget as a V1 unit. FLOPs grow with C,
 * so the scan stops once it passes the target.
 */
export function v2WidthForFlops(type: 'basic' | 'down', flops: number, h: number, w: number, maxC = 8192): number {
  const f = (c: number) => (type === 'basic' ? basicUnit(c, h, w) : downUnit(c, 2 * c, h, w)).totals.flops;
  let best = 2;
  for (let c = 2; c <= maxC; c += 2) {
    const fc = f(c);
    if (Math.abs(fc - flops) < Math.abs(f(best) - flops)) best = c;
    if (fc > flops) break;
  }
  return best;
}
