/**
 * How one value of the network is computed, recomputed from its inputs and the model's own
 * (BN-folded) weights: the explanation the explorer draws when a reader clicks a position of a map.
 *
 * - 1×1 convolution (and the FC layer): a weighted sum over every input channel (every pooled
 *   feature) at that position; the terms are sorted by size so a figure can show the largest and
 *   sum the rest; plus the bias, then the ReLU if the layer has one.
 * - 3×3 depthwise convolution (and the stem's 3×3 convolution of its one input channel): the 3×3
 *   window of one input channel, read at stride s with zero padding, times the 3×3 kernel, plus bias.
 *   An RGB stem (a reader's torchvision export) reads the same window of each of its three input
 *   channels, each times its own 3×3 slice of the kernel, all summed.
 * - split, concat, shuffle: which channel of which input the value is a copy of, and by which rule.
 * - max pool: the k×k window of one input channel at stride s, and which of its cells is the largest
 *   (the padding never wins: ONNX pads a max pool with −∞).
 * - global average pool: the mean of one channel; softmax: e^z_k / Σ e^z_j.
 *
 * Sums are taken in double precision: the result differs from the runtime's float32 value only
 * by the runtime's rounding (tests/model/valueComputation.test.ts checks ≤ 1e-4 on the real model).
 */
import type { LayerOp, OutputSpec } from './manifest';
import type { PlainTensor } from './ort';
import { shufflePermutation, splitChannels } from './shuffle';
import { valueError } from './valueComputationMessages';

/** A value's place in its tensor; a vector (pool, logits, probs) uses `channel` alone (y = x = 0). */
export interface ValuePosition {
  channel: number;
  y: number;
  x: number;
}

/** One term of a weighted sum: input value × weight. `index` is the input channel (or pooled feature). */
export interface Contribution {
  index: number;
  input: number;
  weight: number;
  product: number;
}

interface Common {
  output: string;
  op: LayerOp;
  position: ValuePosition;
  /** the recomputed value */
  value: number;
}

/** The arithmetic every weighted op ends with. */
interface Affine {
  /** Σ of the products */
  sum: number;
  bias: number;
  /** sum + bias, before the ReLU */
  preActivation: number;
  relu: boolean;
}

export interface WeightedSumExplanation extends Common, Affine {
  kind: 'weightedSum';
  inputName: string;
  /** every term, largest |product| first */
  terms: Contribution[];
  /** the first `top` terms, drawn one by one */
  shown: Contribution[];
  /** the other terms, drawn as one sum */
  rest: { count: number; sum: number };
}

/** One cell of a window: offset (ky, kx) reads input (inY, inX), or the padding (then input is 0). */
export interface WindowCell {
  ky: number;
  kx: number;
  inY: number;
  inX: number;
  padding: boolean;
  input: number;
}

/** A cell of a kernel window, times its weight. */
export interface PatchCell extends WindowCell {
  weight: number;
  product: number;
}

/** The window of one input channel and its slice of the kernel. */
export interface PatchWindow {
  inputChannel: number;
  /** kernel × kernel cells, row by row */
  cells: PatchCell[];
}

export interface PatchExplanation extends Common, Affine {
  kind: 'patch';
  inputName: string;
  kernel: number;
  stride: number;
  padding: number;
  /** the input position under the window's top-left cell: (y·stride − padding, x·stride − padding) */
  origin: { y: number; x: number };
  /** one window per input channel the output reads: one for a depthwise conv, three for an RGB stem */
  windows: PatchWindow[];
}

/** A max pool's value: the largest input of its window. */
export interface MaxExplanation extends Common {
  kind: 'max';
  inputName: string;
  inputChannel: number;
  kernel: number;
  stride: number;
  padding: number;
  origin: { y: number; x: number };
  /** kernel × kernel cells, row by row; padding cells take no part */
  cells: WindowCell[];
  /** the index in `cells` of the largest (the first, on a tie) */
  largest: number;
}

/** shuffle output k·g + j ← input j·(C/g) + k */
export interface ShuffleRule {
  kind: 'shuffle';
  channels: number;
  groups: number;
  perGroup: number;
  k: number;
  j: number;
}

export interface ConcatRule {
  kind: 'concat';
  /** channels of the first input: the outputs 0 … first−1 are its channels, the rest the second's */
  first: number;
  /** channels of the concat */
  channels: number;
  /** 0: the value comes from the first input (left path); 1: from the second (right branch) */
  part: 0 | 1;
}

export interface SplitRule {
  kind: 'split';
  /** channels in each half */
  half: number;
  /** which half this output is: the untouched first half, or the second half that enters the branch */
  part: 'first' | 'second';
}

export interface RouteExplanation extends Common {
  kind: 'route';
  source: { tensor: string; channel: number };
  rule: ShuffleRule | ConcatRule | SplitRule;
}

export interface MeanExplanation extends Common {
  kind: 'mean';
  inputName: string;
  height: number;
  width: number;
  sum: number;
}

export interface SoftmaxExplanation extends Common {
  kind: 'softmax';
  inputName: string;
  logits: number[];
  /** the largest logit, subtracted before exponentiating (the result is the same, without overflow) */
  max: number;
  /** e^(z_j − max) for every class */
  exps: number[];
  expSum: number;
}

export type ValueExplanation =
  WeightedSumExplanation | PatchExplanation | MaxExplanation | RouteExplanation | MeanExplanation | SoftmaxExplanation;

/** A layer's weight and bias tensors, as read from the model file. */
export interface LayerWeightData {
  weight: PlainTensor;
  bias: PlainTensor;
}

export interface ExplainOptions {
  /** how many terms of a weighted sum to show one by one (default 8) */
  top?: number;
  /** groups of a unit's channel shuffle (2 in ShuffleNetV2) */
  shuffleGroups?: number;
}

/** The tensors a value of `spec` is computed from (the model input's name or earlier outputs). */
export function explanationInputs(spec: OutputSpec): string[] {
  return [...(spec.layer?.inputs ?? [])];
}

/** The initializer names of the weights `spec` needs, or [] for an op without weights. */
export function explanationWeights(spec: OutputSpec): string[] {
  const w = spec.layer?.weights;
  return w ? [w.weight, w.bias] : [];
}

/** Channels, height and width of a batch-1 tensor (a vector is C × 1 × 1). */
export function chw(t: Pick<PlainTensor, 'dims'>): [number, number, number] {
  const d = t.dims;
  if (d.length === 4) return [d[1], d[2], d[3]];
  if (d.length === 2) return [d[1], 1, 1];
  throw valueError('notMap', d.join('×'));
}

/** The value of `t` at `p` (the runtime's value, to compare with the recomputed one). */
export function valueAt(t: PlainTensor, p: ValuePosition): number {
  const [c, h, w] = chw(t);
  if (p.channel < 0 || p.channel >= c || p.y < 0 || p.y >= h || p.x < 0 || p.x >= w) {
    throw valueError('outside', p.channel, p.y, p.x, `${c}×${h}×${w}`);
  }
  return t.data[(p.channel * h + p.y) * w + p.x];
}

function need(inputs: Record<string, PlainTensor>, name: string): PlainTensor {
  const t = inputs[name];
  if (!t) throw valueError('missingInput', name);
  return t;
}

function affine(sum: number, bias: number, relu: boolean): Affine & { value: number } {
  const preActivation = sum + bias;
  return { sum, bias, preActivation, relu, value: relu ? Math.max(0, preActivation) : preActivation };
}

function weightedSum(
  common: Omit<Common, 'value'>,
  inputName: string,
  terms: Contribution[],
  bias: number,
  relu: boolean,
  top: number,
): WeightedSumExplanation {
  let sum = 0;
  for (const t of terms) sum += t.product;
  const sorted = [...terms].sort((a, b) => Math.abs(b.product) - Math.abs(a.product) || a.index - b.index);
  const shown = sorted.slice(0, top);
  const rest = sorted.slice(top);
  return {
    ...common,
    kind: 'weightedSum',
    inputName,
    terms: sorted,
    shown,
    rest: { count: rest.length, sum: rest.reduce((s, t) => s + t.product, 0) },
    ...affine(sum, bias, relu),
  };
}

function explainConv(
  spec: OutputSpec,
  inputs: Record<string, PlainTensor>,
  weights: LayerWeightData,
  p: ValuePosition,
  top: number,
): ValueExplanation {
  const layer = spec.layer!;
  const w = layer.weights!;
  const inputName = layer.inputs[0];
  const x = need(inputs, inputName);
  const [, ih, iw] = chw(x);
  const kernel = w.kernel ?? 1,
    stride = w.stride ?? 1,
    padding = w.padding ?? 0,
    groups = w.groups ?? 1;
  const perGroup = w.inChannels / groups;
  const group = Math.floor(p.channel / (w.outChannels / groups));
  const W = weights.weight.data;
  const bias = weights.bias.data[p.channel];
  const common = { output: spec.name, op: layer.op, position: p };
  const at = (c: number, yy: number, xx: number) => x.data[(c * ih + yy) * iw + xx];
  if (kernel === 1 && padding === 0) {
    const terms = Array.from({ length: perGroup }, (_, ci) => {
      const c = group * perGroup + ci;
      const input = at(c, p.y * stride, p.x * stride),
        weight = W[p.channel * perGroup + ci];
      return { index: c, input, weight, product: input * weight };
    });
    return weightedSum(common, inputName, terms, bias, layer.relu, top);
  }
  const origin = { y: p.y * stride - padding, x: p.x * stride - padding };
  const windows: PatchWindow[] = [];
  let sum = 0;
  for (let ci = 0; ci < perGroup; ci++) {
    const inputChannel = group * perGroup + ci;
    const cells: PatchCell[] = [];
    for (let ky = 0; ky < kernel; ky++) {
      for (let kx = 0; kx < kernel; kx++) {
        const inY = origin.y + ky,
          inX = origin.x + kx;
        const pad = inY < 0 || inY >= ih || inX < 0 || inX >= iw;
        const input = pad ? 0 : at(inputChannel, inY, inX);
        // weight [outChannels, inChannels / groups, kernel, kernel]
        const weight = W[((p.channel * perGroup + ci) * kernel + ky) * kernel + kx];
        cells.push({ ky, kx, inY, inX, padding: pad, input, weight, product: input * weight });
        sum += input * weight;
      }
    }
    windows.push({ inputChannel, cells });
  }
  return {
    ...common,
    kind: 'patch',
    inputName,
    kernel,
    stride,
    padding,
    origin,
    windows,
    ...affine(sum, bias, layer.relu),
  };
}

function explainFc(
  spec: OutputSpec,
  inputs: Record<string, PlainTensor>,
  weights: LayerWeightData,
  p: ValuePosition,
  top: number,
): WeightedSumExplanation {
  const layer = spec.layer!;
  const inputName = layer.inputs[0];
  const pooled = need(inputs, inputName).data;
  const { inChannels: n, outChannels: classes, transposed } = layer.weights!;
  const W = weights.weight.data;
  // [classes, inputs] (row k is class k's weights, Gemm with transB), or [inputs, classes] (column k)
  const weightOf = (i: number) => (transposed ? W[i * classes + p.channel] : W[p.channel * n + i]);
  const terms = Array.from({ length: n }, (_, i) => ({
    index: i,
    input: pooled[i],
    weight: weightOf(i),
    product: pooled[i] * weightOf(i),
  }));
  return weightedSum(
    { output: spec.name, op: 'fc', position: p },
    inputName,
    terms,
    weights.bias.data[p.channel],
    layer.relu,
    top,
  );
}

function explainMaxPool(spec: OutputSpec, inputs: Record<string, PlainTensor>, p: ValuePosition): MaxExplanation {
  const layer = spec.layer!;
  if (!layer.window) throw valueError('noWindow', spec.name);
  const { kernel, stride, padding } = layer.window;
  const inputName = layer.inputs[0];
  const x = need(inputs, inputName);
  const [, ih, iw] = chw(x);
  const origin = { y: p.y * stride - padding, x: p.x * stride - padding };
  const cells: WindowCell[] = [];
  let largest = -1;
  for (let ky = 0; ky < kernel; ky++) {
    for (let kx = 0; kx < kernel; kx++) {
      const inY = origin.y + ky,
        inX = origin.x + kx;
      const pad = inY < 0 || inY >= ih || inX < 0 || inX >= iw;
      const input = pad ? 0 : x.data[(p.channel * ih + inY) * iw + inX];
      if (!pad && (largest < 0 || input > cells[largest].input)) largest = cells.length;
      cells.push({ ky, kx, inY, inX, padding: pad, input });
    }
  }
  if (largest < 0) throw valueError('allPadding', spec.name, p.y, p.x);
  return {
    output: spec.name,
    op: 'maxpool',
    position: p,
    value: cells[largest].input,
    kind: 'max',
    inputName,
    inputChannel: p.channel,
    kernel,
    stride,
    padding,
    origin,
    cells,
    largest,
  };
}

function route(
  spec: OutputSpec,
  inputs: Record<string, PlainTensor>,
  p: ValuePosition,
  tensor: string,
  channel: number,
  rule: RouteExplanation['rule'],
): RouteExplanation {
  const value = valueAt(need(inputs, tensor), { ...p, channel });
  return {
    output: spec.name,
    op: spec.layer!.op,
    position: p,
    value,
    kind: 'route',
    source: { tensor, channel },
    rule,
  };
}

/**
 * Recomputes the value of output `spec` at `position` from `inputs` (by name, as
 * explanationInputs lists them) and, for convolutions and the FC layer, `weights`.
 */
export function explainValue(
  spec: OutputSpec,
  inputs: Record<string, PlainTensor>,
  weights: LayerWeightData | null,
  position: ValuePosition,
  options: ExplainOptions = {},
): ValueExplanation {
  const layer = spec.layer;
  if (!layer) throw valueError('notDescribed', spec.name);
  const top = options.top ?? 8;
  const p = position;
  switch (layer.op) {
    case 'conv3x3':
    case 'conv1x1':
    case 'dwconv3x3':
    case 'fc': {
      if (!weights) throw valueError('weightsNeeded', spec.name);
      return layer.op === 'fc' ? explainFc(spec, inputs, weights, p, top) : explainConv(spec, inputs, weights, p, top);
    }
    case 'split': {
      const [c] = chw(need(inputs, layer.inputs[0]));
      const { identity, branch } = splitChannels(c);
      const first = layer.path !== 'right';
      return route(spec, inputs, p, layer.inputs[0], (first ? identity : branch)[p.channel], {
        kind: 'split',
        half: identity.length,
        part: first ? 'first' : 'second',
      });
    }
    case 'concat': {
      const [a, b] = layer.inputs;
      const [first] = chw(need(inputs, a));
      const channels = first + chw(need(inputs, b))[0];
      return p.channel < first
        ? route(spec, inputs, p, a, p.channel, { kind: 'concat', first, channels, part: 0 })
        : route(spec, inputs, p, b, p.channel - first, { kind: 'concat', first, channels, part: 1 });
    }
    case 'shuffle': {
      const groups = options.shuffleGroups ?? 2;
      const [channels] = chw(need(inputs, layer.inputs[0]));
      const perGroup = channels / groups;
      const source = shufflePermutation(channels, groups)[p.channel];
      return route(spec, inputs, p, layer.inputs[0], source, {
        kind: 'shuffle',
        channels,
        groups,
        perGroup,
        k: Math.floor(p.channel / groups),
        j: p.channel % groups,
      });
    }
    case 'maxpool':
      return explainMaxPool(spec, inputs, p);
    case 'avgpool': {
      const inputName = layer.inputs[0];
      const t = need(inputs, inputName);
      const [, height, width] = chw(t);
      const plane = t.data.subarray(p.channel * height * width, (p.channel + 1) * height * width);
      let sum = 0;
      for (const v of plane) sum += v;
      return {
        output: spec.name,
        op: 'avgpool',
        position: p,
        kind: 'mean',
        inputName,
        height,
        width,
        sum,
        value: sum / plane.length,
      };
    }
    case 'softmax': {
      const inputName = layer.inputs[0];
      const logits = Array.from(need(inputs, inputName).data);
      const max = Math.max(...logits);
      const exps = logits.map((z) => Math.exp(z - max));
      const expSum = exps.reduce((a, b) => a + b, 0);
      return {
        output: spec.name,
        op: 'softmax',
        position: p,
        kind: 'softmax',
        inputName,
        logits,
        max,
        exps,
        expSum,
        value: exps[p.channel] / expSum,
      };
    }
  }
}
