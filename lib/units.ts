/**
 * The two ShuffleNetV2 units as explicit op lists, with each op's tensor shapes and cost.
 * Layout follows the paper (Fig. 3 c, d) and torchvision's reference implementation:
 *
 * basic unit (stride 1):   split C → C′ | C − C′
 *   left:  identity (untouched)
 *   right: 1×1 conv-BN-ReLU → 3×3 depthwise conv-BN (no ReLU) → 1×1 conv-BN-ReLU
 *   merge: concat → channel shuffle (g = 2)
 * down-sampling unit (stride 2): no split, both branches see the whole input
 *   left:  3×3 depthwise conv stride 2-BN → 1×1 conv-BN-ReLU
 *   right: 1×1 conv-BN-ReLU → 3×3 depthwise conv stride 2-BN → 1×1 conv-BN-ReLU
 *   merge: concat (channels double) → channel shuffle (g = 2)
 *
 * Counting conventions (shared with lib/cost.ts):
 * - params: conv weights (no conv biases, as in torchvision) + BN's γ and β (2 per channel);
 *   BN running statistics are buffers, not parameters.
 * - FLOPs: multiply-adds of convolutions only (BN folds into the conv at inference).
 * - MAC: conv reads input + weights and writes output; split/concat/shuffle move data
 *   (read + write every element) — implementations may fuse them, the paper's G4 concern.
 */
import type { Locale } from './i18n';
import { unitCheckMessages } from './unitCheckMessages';
import { conv, convFlops, convMac, convParams, outSize, type ConvLayer } from './cost';
import { untouchedTrace } from './mixing';
import { opLabel } from './opNames';
import { unitsMessages } from './unitsMessages';
import { shufflePermutation } from './shuffle';
import { MAX_CHANNELS, MAX_SIZE } from './paramDomains';

export type OpKind = 'split' | 'identity' | 'conv1x1' | 'dwconv3x3' | 'concat' | 'shuffle';
export type OpPath = 'input' | 'left' | 'right' | 'merge';
export type UnitType = 'basic' | 'down';

export interface Shape {
  c: number;
  h: number;
  w: number;
}

export interface UnitOp {
  id: string;
  kind: OpKind;
  path: OpPath;
  /** the op in the book's vocabulary (lib/opNames.ts) */
  label: string;
  input: Shape;
  output: Shape;
  stride: number;
  bn: boolean;
  relu: boolean;
  groups: number;
  params: number;
  flops: number;
  mac: number;
}

export interface UnitSpec {
  type: UnitType;
  input: Shape;
  output: Shape;
  ops: UnitOp[];
  totals: { params: number; flops: number; mac: number };
}

function convOp(
  id: string,
  path: OpPath,
  kind: 'conv1x1' | 'dwconv3x3',
  input: Shape,
  cout: number,
  stride: number,
  relu: boolean,
): UnitOp {
  const depthwise = kind === 'dwconv3x3';
  const layer: ConvLayer = conv({
    h: input.h,
    w: input.w,
    cin: input.c,
    cout,
    kernel: depthwise ? 3 : 1,
    stride,
    groups: depthwise ? input.c : 1,
  });
  const output = { c: cout, h: outSize(input.h, stride), w: outSize(input.w, stride) };
  return {
    id,
    kind,
    path,
    input,
    output,
    stride,
    bn: true,
    relu,
    groups: layer.groups,
    label: opLabel({ kind, stride, bn: true, relu }),
    params: convParams(layer) + 2 * cout,
    flops: convFlops(layer),
    mac: convMac(layer),
  };
}

function moveOp(
  id: string,
  kind: 'split' | 'identity' | 'concat' | 'shuffle',
  path: OpPath,
  input: Shape,
  output: Shape,
): UnitOp {
  // Identity is free: the untouched half is never read or written by anything but the concat.
  const mac = kind === 'identity' ? 0 : input.c * input.h * input.w + output.c * output.h * output.w;
  const groups = kind === 'shuffle' ? 2 : 1;
  return {
    id,
    kind,
    path,
    input,
    output,
    stride: 1,
    bn: false,
    relu: false,
    groups,
    label: opLabel({ kind, groups }),
    params: 0,
    flops: 0,
    mac,
  };
}

function total(ops: UnitOp[]) {
  return ops.reduce((t, op) => ({ params: t.params + op.params, flops: t.flops + op.flops, mac: t.mac + op.mac }), {
    params: 0,
    flops: 0,
    mac: 0,
  });
}

export function unitError(
  type: UnitType,
  cin: number,
  cout: number,
  h: number,
  w: number,
  locale: Locale = 'en',
): string | null {
  const t = unitCheckMessages[locale];
  for (const [name, v] of Object.entries({ [t.channels]: cin, h, w })) {
    if (!Number.isInteger(v) || v < 1) return t.positive(name, v);
  }
  if (type === 'basic' && cin % 2 !== 0) return t.basicOdd(cin);
  if (type === 'basic' && cout !== cin) return t.basicWidth(cin);
  if (type === 'down' && (cout % 2 !== 0 || cout < 2)) return t.downOdd(cout);
  return null;
}

/**
 * The basic unit on a C×H×W input. `identityChannels` is C′, the untouched part of the split;
 * the paper uses C′ = C/2. Other values exist only for the split-ratio experiments in the book.
 */
export function basicUnit(c: number, h: number, w: number, identityChannels = c / 2): UnitSpec {
  const err = unitError('basic', c, c, h, w);
  if (err && identityChannels === c / 2) throw new RangeError(err);
  if (!Number.isInteger(identityChannels) || identityChannels < 0 || identityChannels >= c) {
    throw new RangeError(`the untouched part must be between 0 and ${c - 1} channels (got ${identityChannels})`);
  }
  const input = { c, h, w };
  const left = { c: identityChannels, h, w };
  const right = { c: c - identityChannels, h, w };
  const conv1 = convOp('right.conv1', 'right', 'conv1x1', right, right.c, 1, true);
  const dw = convOp('right.dw', 'right', 'dwconv3x3', conv1.output, right.c, 1, false);
  const conv2 = convOp('right.conv2', 'right', 'conv1x1', dw.output, right.c, 1, true);
  const ops = [
    moveOp('split', 'split', 'input', input, input),
    moveOp('left.identity', 'identity', 'left', left, left),
    conv1,
    dw,
    conv2,
    moveOp('concat', 'concat', 'merge', input, input),
    moveOp('shuffle', 'shuffle', 'merge', input, input),
  ];
  return { type: 'basic', input, output: input, ops, totals: total(ops) };
}

/** The spatial down-sampling unit: cin×H×W → cout×⌈H/2⌉×⌈W/2⌉, each branch producing cout/2. */
export function downUnit(cin: number, cout: number, h: number, w: number): UnitSpec {
  const err = unitError('down', cin, cout, h, w);
  if (err) throw new RangeError(err);
  const input = { c: cin, h, w };
  const half = cout / 2;
  const ldw = convOp('left.dw', 'left', 'dwconv3x3', input, cin, 2, false);
  const lconv = convOp('left.conv', 'left', 'conv1x1', ldw.output, half, 1, true);
  const rconv1 = convOp('right.conv1', 'right', 'conv1x1', input, half, 1, true);
  const rdw = convOp('right.dw', 'right', 'dwconv3x3', rconv1.output, half, 2, false);
  const rconv2 = convOp('right.conv2', 'right', 'conv1x1', rdw.output, half, 1, true);
  const output = { c: cout, h: outSize(h, 2), w: outSize(w, 2) };
  const ops = [
    ldw,
    lconv,
    rconv1,
    rdw,
    rconv2,
    moveOp('concat', 'concat', 'merge', output, output),
    moveOp('shuffle', 'shuffle', 'merge', output, output),
  ];
  return { type: 'down', input, output, ops, totals: total(ops) };
}

// Largest sizes the book's calculators accept: declared with the URL table's other domains.
export { MAX_CHANNELS, MAX_SIZE };

// Formatting lives in lib/format.ts; re-exported for existing imports.
export { formatShape, groupDigits } from './format';

/** A whole number typed by the reader, or a sentence saying why it is not one. */
export function readWhole(raw: string, name: string, max: number, locale: Locale = 'en'): number | string {
  const t = unitsMessages[locale];
  const text = raw.trim();
  if (text === '') return t.enterValue(name);
  if (!/^[+-]?\d+$/.test(text)) return t.notWhole(name, text);
  const n = Number(text);
  if (n < 1) return t.atLeastOne(name, n);
  if (n > max) return t.capped(name, max, n);
  return n;
}

function evenNeighbours(n: number, locale: Locale): string {
  return n === 1 ? unitsMessages[locale].tryTwo : unitsMessages[locale].tryNeighbours(n - 1, n + 1);
}

export type UnitInput = { spec: UnitSpec; error: null } | { spec: null; error: string };

/**
 * Builds a unit from the reader's text inputs, or explains why it cannot be built.
 * For a basic unit `cout` is ignored (the unit keeps its width).
 */
export function parseUnitInput(
  type: UnitType,
  raw: { cin: string; cout?: string; h: string; w: string },
  locale: Locale = 'en',
): UnitInput {
  const t = unitsMessages[locale];
  const cName = type === 'basic' ? 'C' : 'C_in';
  const fields: [string, string, number][] = [[cName, raw.cin, MAX_CHANNELS]];
  if (type === 'down') fields.push(['C_out', raw.cout ?? '', MAX_CHANNELS]);
  fields.push(['H', raw.h, MAX_SIZE], ['W', raw.w, MAX_SIZE]);
  const values: number[] = [];
  for (const [name, text, max] of fields) {
    const v = readWhole(text, name, max, locale);
    if (typeof v === 'string') return { spec: null, error: v };
    values.push(v);
  }
  if (type === 'basic') {
    const [c, h, w] = values;
    if (c % 2 !== 0) {
      return {
        spec: null,
        error: t.oddC(c, evenNeighbours(c, locale)),
      };
    }
    return { spec: basicUnit(c, h, w), error: null };
  }
  const [cin, cout, h, w] = values;
  if (cout % 2 !== 0) {
    return {
      spec: null,
      error: t.oddCout(cout, evenNeighbours(cout, locale)),
    };
  }
  return { spec: downUnit(cin, cout, h, w), error: null };
}

/**
 * Feature reuse across a chain of basic units (split half-and-half, concat, shuffle g = 2).
 * Row j, position p says which output channel of unit 0 sits, untouched, at output channel p of
 * unit j — or −1 when that channel was recomputed by a branch somewhere on the way.
 * `counts[j]` is how many of unit 0's outputs still reach unit j unchanged: C/2^j while C/2^j is whole.
 */
export function featureReuse(channels: number, units: number): { rows: number[][]; counts: number[] } {
  if (!Number.isInteger(channels) || channels < 2 || channels % 2 !== 0)
    throw new RangeError(`C must be even and positive (got ${channels}).`);
  if (!Number.isInteger(units) || units < 0)
    throw new RangeError(`the number of units must be a whole number (got ${units}).`);
  const rows = untouchedTrace(channels, units, shufflePermutation(channels, 2));
  return { rows, counts: rows.map((r) => r.filter((v) => v >= 0).length) };
}
