/**
 * Recognising a ShuffleNetV2 in an ONNX file a reader brings (torchvision's export, or the book's
 * own models), from the graph alone: names are ignored, so any exporter's naming works.
 *
 * Expected layout (paper Fig. 3 c/d and Table 5; torchvision's shufflenetv2.py):
 *   image → Conv (BN) ReLU → [MaxPool] → stages of units → Conv 1×1 (BN) ReLU
 *         → global average pool (ReduceMean or GlobalAveragePool) → Gemm or MatMul + Add → [Softmax]
 *   basic unit: split the channels in half (one Split, or two Slices from torch's chunk);
 *     the first half goes straight to the concat, the second through
 *     1×1 conv-BN-ReLU → 3×3 depthwise conv-BN → 1×1 conv-BN-ReLU
 *   down-sampling unit: two branches reading the same input:
 *     3×3 depthwise conv s2-BN → 1×1 conv-BN-ReLU, and 1×1 conv-BN-ReLU → 3×3 dw s2-BN → 1×1 conv-BN-ReLU
 *   both: concat (first half / left branch first) → shuffle = Reshape (N, g, C/g, H, W) →
 *     Transpose (0, 2, 1, 3, 4) → Reshape (N, C, H, W)
 * BatchNormalization may be a node or folded into the conv (then the conv has a bias).
 *
 * Counting conventions are lib/network.ts's: params are PyTorch's trainable parameters (conv
 * weights, BN γ and β, FC); a conv bias is counted as the folded BN's γ and β, because the design
 * has no conv biases. FLOPs are multiply-adds of the convs and the classifier.
 */
import { IMAGENET_REPEATS, WIDTH_CHANNELS, WIDTHS, type NetworkSpec, type Width } from './network';
import { ownProblem, type OwnProblem } from './ownModelMessages';
import {
  attrFloat,
  attrInt,
  attrInts,
  decodeModel,
  notShuffleNet,
  readGraph,
  type Graph,
  type GraphNode,
} from './onnxRecognizeGraph';

export { RecogniseError, MAX_MODEL_BYTES, MIN_OPSET, MAX_OPSET, type RecogniseErrorCode } from './onnxRecognizeGraph';

export type ConvKind = 'conv1x1' | 'dwconv3x3' | 'conv';

export interface RecognisedConv {
  kind: ConvKind;
  kernel: number;
  stride: number;
  groups: number;
  inChannels: number;
  outChannels: number;
  inSize: [number, number];
  outSize: [number, number];
  /** a BatchNormalization node, folded into the conv (it has a bias), or none */
  bn: 'node' | 'folded' | 'none';
  relu: boolean;
  /** the tensor after the conv and its BN and ReLU */
  tensor: string;
  /** the initializers of the kernel and (folded BN) bias, for recomputing a value; null without a bias */
  weightNames: { weight: string; bias: string } | null;
  /** zero padding on each side (the export's symmetric pads) */
  padding: number;
  params: number;
  /** float values the graph stores for this layer (BN running statistics included) */
  storedWeights: number;
  multiplyAdds: number;
}

export interface RecognisedUnit {
  /** e.g. 'stage2.unit1' (the paper's stage numbers, 1-based units) */
  name: string;
  stage: number;
  unit: number;
  type: 'basic' | 'down';
  input: string;
  inChannels: number;
  outChannels: number;
  inSize: [number, number];
  outSize: [number, number];
  /** basic units: how the channels are halved and the two halves' tensors */
  split: { via: 'Split' | 'Slice'; left: string; right: string; channels: number } | null;
  /** down-sampling units: the left branch; basic units: [] (the first half is untouched) */
  left: RecognisedConv[];
  right: RecognisedConv[];
  leftTensor: string;
  rightTensor: string;
  concat: string;
  shuffle: { groups: number; tensor: string };
  params: number;
  multiplyAdds: number;
}

export interface RecognisedStage {
  name: string;
  index: number;
  outChannels: number;
  repeats: number;
  outSize: [number, number];
  units: RecognisedUnit[];
}

export interface RecognisedModel {
  opset: number;
  irVersion: number;
  producer: string;
  fileBytes: number;
  input: { name: string; shape: number[]; sizeAssumed: boolean };
  stem: RecognisedConv;
  /** padding: the top and left pads (a torchvision export pads 1 on every side) */
  maxPool: { kernel: number; stride: number; padding: number; tensor: string; outSize: [number, number] } | null;
  stages: RecognisedStage[];
  units: RecognisedUnit[];
  conv5: RecognisedConv;
  pool: { op: 'ReduceMean' | 'GlobalAveragePool'; tensor: string; channels: number };
  classifier: {
    op: 'Gemm' | 'MatMul' | 'MatMul+Add';
    tensor: string;
    classes: number;
    params: number;
    multiplyAdds: number;
    /**
     * the initializers of its weight and bias, when a score is exactly Σ input·weight + bias with
     * them (no alpha/beta scaling, no transposed input): what a value's explanation reads
     */
    weightNames: { weight: string; bias: string; transposed: boolean } | null;
  };
  /** a Softmax after the classifier, when the graph has one */
  probs: string | null;
  /** torchvision's stages_out_channels: stem, each stage, conv5 */
  stagesOutChannels: number[];
  /** torchvision's stages_repeats */
  stagesRepeats: number[];
  params: number;
  storedWeights: number;
  multiplyAdds: number;
  /** every BN is folded into its conv (no BatchNormalization node) */
  bnFolded: boolean;
  /** the paper's / torchvision's width this model has exactly, if any */
  publishedWidth: Width | null;
  /** false for a file whose initializers have dims but no values (it cannot run) */
  weightsPresent: boolean;
}

const product = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);
const hw = (shape: number[]): [number, number] => [shape[2], shape[3]];

function describeNodes(nodes: GraphNode[]): OwnProblem {
  return ownProblem(
    'nodes',
    nodes.map((n) => `${n.op} ("${n.name}")`),
  );
}

/** Walks the graph from the input; every node it places is marked, so leftovers can be reported. */
class Walker {
  readonly visited = new Set<GraphNode>();
  constructor(readonly g: Graph) {}

  consumers(t: string): GraphNode[] {
    return this.g.dataConsumers.get(t) ?? [];
  }

  shape(t: string): number[] {
    return this.g.shapes.get(t)!;
  }

  /** The one node reading t, if it has one of the given op types. */
  single(t: string, ...ops: string[]): GraphNode | null {
    const cs = this.consumers(t);
    return cs.length === 1 && ops.includes(cs[0].op) ? cs[0] : null;
  }

  expectSingle(t: string, ops: string[], expected: OwnProblem): GraphNode {
    const node = this.single(t, ...ops);
    if (!node) throw notShuffleNet(expected, describeNodes(this.consumers(t)));
    this.visited.add(node);
    return node;
  }

  /** A Conv node and the BatchNormalization and ReLU that follow it. */
  conv(node: GraphNode): RecognisedConv {
    this.visited.add(node);
    const x = this.shape(node.inputs[0]);
    const w = this.g.weights.get(node.inputs[1])!;
    let tensor = node.outputs[0];
    const out = this.shape(tensor);
    const groups = attrInt(node, 'group', 1);
    const kernel = w[2];
    const stride = (attrInts(node, 'strides') ?? [1, 1])[0];
    const hasBias = !!node.inputs[2];
    let bn: RecognisedConv['bn'] = hasBias ? 'folded' : 'none';
    const bnNode = this.single(tensor, 'BatchNormalization');
    if (bnNode) {
      this.visited.add(bnNode);
      bn = 'node';
      tensor = bnNode.outputs[0];
    }
    const reluNode = this.single(tensor, 'Relu');
    if (reluNode) {
      this.visited.add(reluNode);
      tensor = reluNode.outputs[0];
    }
    const cout = w[0];
    const depthwise = groups === x[1] && groups === cout && groups > 1;
    const kind: ConvKind =
      kernel === 1 && w[3] === 1 && groups === 1
        ? 'conv1x1'
        : depthwise && kernel === 3 && w[3] === 3
          ? 'dwconv3x3'
          : 'conv';
    const bias = hasBias ? cout : 0;
    return {
      kind,
      kernel,
      stride,
      groups,
      inChannels: x[1],
      outChannels: cout,
      inSize: hw(x),
      outSize: hw(out),
      bn,
      relu: !!reluNode,
      tensor,
      weightNames: hasBias ? { weight: node.inputs[1], bias: node.inputs[2] } : null,
      padding: (attrInts(node, 'pads') ?? [0])[0],
      params: product(w) + (bn === 'none' ? 0 : 2 * cout) + (bn === 'node' ? bias : 0),
      storedWeights: product(w) + bias + (bn === 'node' ? 4 * cout : 0),
      multiplyAdds: out[1] * out[2] * out[3] * (x[1] / groups) * w[2] * w[3],
    };
  }

  /** Convs (with BN and ReLU) one after another from `first` until something else reads the result. */
  chain(first: GraphNode): RecognisedConv[] {
    const convs = [this.conv(first)];
    for (;;) {
      const next = this.single(convs[convs.length - 1].tensor, 'Conv');
      if (!next) return convs;
      convs.push(this.conv(next));
    }
  }
}

const signature = (convs: RecognisedConv[]) => convs.map((c) => c.kind + (c.relu ? '-ReLU' : '')).join(' → ');
const BRANCH = 'conv1x1-ReLU → dwconv3x3 → conv1x1-ReLU';
const DOWN_LEFT = 'dwconv3x3 → conv1x1-ReLU';

function expectBranch(
  convs: RecognisedConv[],
  expected: string,
  where: 'branchToBe' | 'leftBranchToBe' | 'rightBranchToBe',
  unit: string,
): void {
  const found = signature(convs);
  if (found !== expected) throw notShuffleNet(ownProblem(where, unit, expected), ownProblem('ops', found));
}

/** Element-wise arithmetic between two feature maps is what ShuffleNetV2 units do not have. */
function refuseFeatureMapArithmetic(g: Graph): void {
  for (const node of g.nodes) {
    if (!['Add', 'Sub', 'Mul', 'Div'].includes(node.op)) continue;
    const data = node.inputs.filter((t) => g.shapes.has(t) && !g.weights.has(t));
    if (data.length < 2) continue;
    if (node.op === 'Add') {
      throw notShuffleNet(ownProblem('concatUnits'), ownProblem('residualAdd', node.name));
    }
    throw notShuffleNet(ownProblem('concatUnits'), ownProblem('elementwise', node.op, node.name));
  }
}

function halvesOf(w: Walker, t: string): RecognisedUnit['split'] {
  const cs = w.consumers(t);
  const channels = w.shape(t)[1];
  if (cs.length === 1 && cs[0].op === 'Split' && cs[0].outputs.length === 2) {
    const [a, b] = cs[0].outputs;
    const axis = attrInt(cs[0], 'axis', 0);
    if ((axis === 1 || axis === -3) && w.shape(a)[1] === channels / 2 && w.shape(b)[1] === channels / 2) {
      w.visited.add(cs[0]);
      return { via: 'Split', left: a, right: b, channels: channels / 2 };
    }
  }
  if (cs.length === 2 && cs.every((n) => n.op === 'Slice')) {
    const starts = cs.map((n) => {
      const axes = n.inputs[3] ? w.g.consts.get(n.inputs[3])?.values : [0];
      return axes?.length === 1 && (axes[0] === 1 || axes[0] === -3) ? w.g.consts.get(n.inputs[1])!.values[0] : NaN;
    });
    const [first, second] = starts[0] <= starts[1] ? [cs[0], cs[1]] : [cs[1], cs[0]];
    const half = channels / 2;
    if (
      Math.min(...starts) === 0 &&
      Math.max(...starts) === half &&
      w.shape(first.outputs[0])[1] === half &&
      w.shape(second.outputs[0])[1] === half
    ) {
      cs.forEach((n) => w.visited.add(n));
      return { via: 'Slice', left: first.outputs[0], right: second.outputs[0], channels: half };
    }
  }
  return null;
}

function shuffleAfter(w: Walker, concat: GraphNode, where: string): RecognisedUnit['shuffle'] {
  const expected = ownProblem('shuffleAfterConcat', where);
  const c = w.shape(concat.outputs[0]);
  const r1 = w.single(concat.outputs[0], 'Reshape');
  const t = r1 && w.single(r1.outputs[0], 'Transpose');
  const r2 = t && w.single(t.outputs[0], 'Reshape');
  if (!r1 || !t || !r2) throw notShuffleNet(expected, describeNodes(w.consumers(concat.outputs[0])));
  const grouped = w.shape(r1.outputs[0]);
  const perm = attrInts(t, 'perm') ?? [];
  const out = w.shape(r2.outputs[0]);
  const ok =
    grouped.length === 5 && grouped[1] * grouped[2] === c[1] && perm.join() === '0,2,1,3,4' && out.join() === c.join();
  if (!ok)
    throw notShuffleNet(expected, ownProblem('shuffleFound', grouped.join(', '), perm.join(', '), out.join(', ')));
  [r1, t, r2].forEach((n) => w.visited.add(n));
  return { groups: grouped[1], tensor: r2.outputs[0] };
}

function unitAt(w: Walker, t: string, stage: number, unit: number): RecognisedUnit | null {
  const name = `stage${stage}.unit${unit}`;
  const x = w.shape(t);
  const cs = w.consumers(t);
  const split = halvesOf(w, t);
  let left: RecognisedConv[] = [];
  let right: RecognisedConv[];
  let leftTensor: string;
  if (split) {
    if (!w.single(split.left, 'Concat'))
      throw notShuffleNet(ownProblem('firstHalfToConcat', name), describeNodes(w.consumers(split.left)));
    const first = w.expectSingle(split.right, ['Conv'], ownProblem('convOnSecondHalf', name));
    right = w.chain(first);
    expectBranch(right, BRANCH, 'branchToBe', name);
    leftTensor = split.left;
  } else if (cs.length === 2 && cs.every((n) => n.op === 'Conv')) {
    const chains = cs.map((n) => w.chain(n));
    const concat = w.single(chains[0][chains[0].length - 1].tensor, 'Concat');
    const isLeft = (c: RecognisedConv[]) => concat?.inputs[0] === c[c.length - 1].tensor;
    [left, right] = isLeft(chains[0]) ? [chains[0], chains[1]] : [chains[1], chains[0]];
    expectBranch(left, DOWN_LEFT, 'leftBranchToBe', name);
    expectBranch(right, BRANCH, 'rightBranchToBe', name);
    leftTensor = left[left.length - 1].tensor;
  } else if (cs.length === 1 && cs[0].op === 'Conv') {
    return null; // conv5
  } else {
    throw notShuffleNet(ownProblem('splitOrBranches', name), describeNodes(cs));
  }
  const rightTensor = right[right.length - 1].tensor;
  const concat = w.single(rightTensor, 'Concat');
  if (
    !concat ||
    concat.inputs.length !== 2 ||
    concat.inputs[0] !== leftTensor ||
    concat.inputs[1] !== rightTensor ||
    attrInt(concat, 'axis', 1) !== 1
  ) {
    throw notShuffleNet(ownProblem('pathsMeet', name), describeNodes(w.consumers(rightTensor)));
  }
  w.visited.add(concat);
  const shuffle = shuffleAfter(w, concat, name);
  const out = w.shape(shuffle.tensor);
  const convs = [...left, ...right];
  return {
    name,
    stage,
    unit,
    type: split ? 'basic' : 'down',
    input: t,
    inChannels: x[1],
    outChannels: out[1],
    inSize: hw(x),
    outSize: hw(out),
    split,
    left,
    right,
    leftTensor,
    rightTensor,
    concat: concat.outputs[0],
    shuffle,
    params: convs.reduce((s, c) => s + c.params, 0),
    multiplyAdds: convs.reduce((s, c) => s + c.multiplyAdds, 0),
  };
}

function poolAndClassifier(w: Walker, t: string): Pick<RecognisedModel, 'pool' | 'classifier' | 'probs'> {
  const channels = w.shape(t)[1];
  const p = w.expectSingle(t, ['ReduceMean', 'GlobalAveragePool'], ownProblem('globalPoolAfterConv5'));
  let pooled = p.outputs[0];
  // keepdims / GlobalAveragePool give N×C×1×1: a Flatten, Reshape or Squeeze makes it N×C
  while (w.shape(pooled).length > 2)
    pooled = w.expectSingle(pooled, ['Flatten', 'Reshape', 'Squeeze'], ownProblem('flattenAfterPool')).outputs[0];
  const pshape = w.shape(pooled);
  if (pshape.length !== 2 || pshape[1] !== channels) {
    throw notShuffleNet(ownProblem('globalPoolWhole'), ownProblem('poolTo', pshape.join(', ')));
  }
  const fc = w.expectSingle(pooled, ['Gemm', 'MatMul'], ownProblem('fcAfterPool'));
  const weight = w.g.weights.get(fc.inputs[1])!;
  let logits = fc.outputs[0];
  let op: RecognisedModel['classifier']['op'] = fc.op === 'Gemm' ? 'Gemm' : 'MatMul';
  let biasValues = fc.inputs[2] ? product(w.g.weights.get(fc.inputs[2]) ?? [0]) : 0;
  let bias = fc.op === 'Gemm' ? (fc.inputs[2] ?? '') : '';
  const add = fc.op === 'MatMul' ? w.single(logits, 'Add') : null;
  if (add) {
    w.visited.add(add);
    op = 'MatMul+Add';
    bias = add.inputs.find((i) => i !== logits) ?? '';
    biasValues = product(w.g.weights.get(bias) ?? [0]);
    logits = add.outputs[0];
  }
  // Σ pooled·weight + bias, literally: Gemm's A·Bᵀ (transB) or A·B with alpha = beta = 1, a bias per class
  const plain =
    fc.op === 'MatMul' ||
    (attrInt(fc, 'transA', 0) === 0 && attrFloat(fc, 'alpha', 1) === 1 && attrFloat(fc, 'beta', 1) === 1);
  const transposed = fc.op === 'MatMul' || attrInt(fc, 'transB', 0) === 0;
  const weightNames =
    plain && w.g.weights.has(bias) && product(w.g.weights.get(bias)!) === product(weight) / channels
      ? { weight: fc.inputs[1], bias, transposed }
      : null;
  const classes = w.shape(logits)[1];
  const softmax = w.single(logits, 'Softmax');
  if (softmax) w.visited.add(softmax);
  return {
    pool: { op: p.op as 'ReduceMean' | 'GlobalAveragePool', tensor: pooled, channels },
    classifier: {
      op,
      tensor: logits,
      classes,
      params: product(weight) + biasValues,
      multiplyAdds: product(weight),
      weightNames,
    },
    probs: softmax ? softmax.outputs[0] : null,
  };
}

function publishedWidthOf(outChannels: number[], repeats: number[]): Width | null {
  return (
    WIDTHS.find((width) => {
      const { stages, conv5 } = WIDTH_CHANNELS[width];
      return [24, ...stages, conv5].join() === outChannels.join() && IMAGENET_REPEATS.join() === repeats.join();
    }) ?? null
  );
}

export interface RecogniseOptions {
  /** H = W to assume when the file leaves the input's spatial size free (default 224) */
  inputSize?: number;
  maxBytes?: number;
}

/** Recognises a ShuffleNetV2 in ONNX bytes, or throws a RecogniseError saying why not. */
export function recogniseShuffleNetV2(bytes: Uint8Array, options: RecogniseOptions = {}): RecognisedModel {
  const model = decodeModel(bytes, options.maxBytes);
  const g = readGraph(model, options);
  refuseFeatureMapArithmetic(g);
  const w = new Walker(g);

  const stem = w.conv(w.expectSingle(g.inputName, ['Conv'], ownProblem('stemConv')));
  if (!stem.relu) throw notShuffleNet(ownProblem('stemRelu'), describeNodes(w.consumers(stem.tensor)));
  let t = stem.tensor;
  let maxPool: RecognisedModel['maxPool'] = null;
  const pool = w.single(t, 'MaxPool');
  if (pool) {
    w.visited.add(pool);
    t = pool.outputs[0];
    maxPool = {
      kernel: (attrInts(pool, 'kernel_shape') ?? [1])[0],
      stride: (attrInts(pool, 'strides') ?? [1])[0],
      padding: (attrInts(pool, 'pads') ?? [0])[0],
      tensor: t,
      outSize: hw(w.shape(t)),
    };
  }

  const stages: RecognisedStage[] = [];
  for (;;) {
    const stage = stages[stages.length - 1];
    const opensStage = !stage || (w.consumers(t).length === 2 && w.consumers(t).every((n) => n.op === 'Conv'));
    const unit = unitAt(w, t, opensStage ? stages.length + 2 : stage.index, opensStage ? 1 : stage.units.length + 1);
    if (!unit) break;
    if (unit.type === 'down') {
      stages.push({
        name: `stage${unit.stage}`,
        index: unit.stage,
        outChannels: unit.outChannels,
        repeats: 0,
        outSize: unit.outSize,
        units: [],
      });
    } else if (!stage) {
      throw notShuffleNet(ownProblem('downOpensStage'), ownProblem('basicUnitFound'));
    }
    const current = stages[stages.length - 1];
    current.units.push(unit);
    current.repeats = current.units.length;
    current.outSize = unit.outSize;
    t = unit.shuffle.tensor;
  }
  if (stages.length === 0) throw notShuffleNet(ownProblem('unitsAfterStem'), describeNodes(w.consumers(t)));

  const conv5Chain = w.chain(w.expectSingle(t, ['Conv'], ownProblem('conv5Conv')));
  if (conv5Chain.length !== 1 || conv5Chain[0].kind !== 'conv1x1' || !conv5Chain[0].relu) {
    throw notShuffleNet(ownProblem('conv5Chain'), ownProblem('ops', signature(conv5Chain)));
  }
  const conv5 = conv5Chain[0];
  const head = poolAndClassifier(w, conv5.tensor);
  const last = head.probs ?? head.classifier.tensor;
  if (!g.outputs.includes(last) && !g.outputs.includes(head.classifier.tensor)) {
    throw notShuffleNet(ownProblem('classifierIsOutput'), ownProblem('graphOutputs', g.outputs.join(', ')));
  }
  const leftovers = g.nodes.filter((n) => !w.visited.has(n) && n.outputs.some((o) => g.shapes.has(o)));
  if (leftovers.length) {
    throw notShuffleNet(
      ownProblem('onlyShuffleNet'),
      ownProblem('moreOps', leftovers.length, describeNodes(leftovers.slice(0, 3))),
    );
  }

  const units = stages.flatMap((s) => s.units);
  const convs = [stem, ...units.flatMap((u) => [...u.left, ...u.right]), conv5];
  const stagesOutChannels = [stem.outChannels, ...stages.map((s) => s.outChannels), conv5.outChannels];
  const stagesRepeats = stages.map((s) => s.repeats);
  return {
    opset: g.opset,
    irVersion: g.irVersion,
    producer: g.producer,
    fileBytes: bytes.length,
    input: { name: g.inputName, shape: g.inputShape, sizeAssumed: g.inputSizeAssumed },
    stem,
    maxPool,
    stages,
    units,
    conv5,
    ...head,
    stagesOutChannels,
    stagesRepeats,
    params: convs.reduce((s, c) => s + c.params, 0) + head.classifier.params,
    storedWeights: convs.reduce((s, c) => s + c.storedWeights, 0) + head.classifier.params,
    multiplyAdds: convs.reduce((s, c) => s + c.multiplyAdds, 0) + head.classifier.multiplyAdds,
    bnFolded: convs.every((c) => c.bn !== 'node'),
    publishedWidth: publishedWidthOf(stagesOutChannels, stagesRepeats),
    weightsPresent: g.weightsPresent,
  };
}

/** The recognised model as lib/network.ts's spec (for the layer table and its cost model). */
export function toNetworkSpec(m: RecognisedModel, name = 'your model'): NetworkSpec {
  const [, c, h, w] = m.input.shape;
  return {
    name,
    input: { c, h, w },
    stem: { outChannels: m.stem.outChannels, kernel: m.stem.kernel, stride: m.stem.stride },
    maxPool: m.maxPool ? { kernel: m.maxPool.kernel, stride: m.maxPool.stride } : null,
    stages: m.stages.map((s) => ({ name: `Stage${s.index}`, outChannels: s.outChannels, repeats: s.repeats })),
    conv5: { outChannels: m.conv5.outChannels },
    classes: m.classifier.classes,
  };
}
