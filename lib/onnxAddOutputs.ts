/**
 * The ONNX edit that lets the explorer step through a reader's own ShuffleNetV2: every tensor it
 * shows becomes a graph output under the book's own names, so one run returns them all.
 *
 * Names follow the book's manifest (lib/manifest.ts): 'stem', '<unit>.left', '<unit>.right',
 * '<unit>.concat', '<unit>.shuffle', 'conv5', 'pool', 'logits', 'probs', with <unit> like
 * 'stage2.unit1'. Added here, for the op-by-op view:
 *   'maxpool'                    the max pool after the stem (torchvision's layout)
 *   '<unit>.right.split'         a basic unit's second half (its first half is '<unit>.left')
 *   '<unit>.left.dw', '<unit>.right.conv1', '<unit>.right.dw'  the output of an inner branch op (the book's
 *                                own models' names: 'dw' for the depthwise conv, 'convK' for the K-th 1×1; the index into
 *                                 the manifest's ManifestUnit.left / .right) when it is not the
 *                                 branch's last op (the last one's output is '<unit>.left/right')
 * A tensor is exposed through an Identity node with the book's name (the reader's own names are
 * whatever their exporter chose); a graph without a Softmax gets one, for 'probs'.
 */
import { onnx } from 'onnx-proto';
import type { ManifestOp, ManifestUnit, ModelManifest, OutputRole, OutputSpec, StageSpec } from './manifest';
import type { RecognisedConv, RecognisedModel, RecognisedUnit } from './onnxRecognize';

export type ExplorerTensorKind =
  'stem' | 'maxpool' | 'split' | 'op' | 'branch' | 'concat' | 'shuffle' | 'conv5' | 'pool' | 'logits' | 'probs';

/** One added graph output; the fields of the manifest's OutputSpec plus where it comes from. */
export interface ExplorerOutput {
  /** the graph output's name (the book's name; see the module comment) */
  name: string;
  /** the tensor in the reader's graph it copies */
  tensor: string;
  kind: ExplorerTensorKind;
  /** the manifest role, for the outputs the manifest knows; null for the op-by-op extras */
  role: OutputRole | null;
  stage: number | null;
  unit: number | null;
  unitType: 'basic' | 'down' | null;
  branch?: 'left' | 'right';
  /** for kind 'op' and 'branch': index into the unit's branch op list */
  op?: number;
  shape: number[];
}

const FLOAT = onnx.TensorProto.DataType.FLOAT;

/** The book's name for branch op i's output: '<unit>.right.dw' for a depthwise conv, '<unit>.right.conv1' for the first 1×1. */
function innerOpName(unit: string, side: 'left' | 'right', convs: readonly RecognisedConv[], i: number): string {
  if (convs[i].kind === 'dwconv3x3') return `${unit}.${side}.dw`;
  const pointwise = convs.slice(0, i + 1).filter((c) => c.kind !== 'dwconv3x3').length;
  return `${unit}.${side}.conv${pointwise}`;
}

function unitOutputs(u: RecognisedUnit, shapeOf: (t: string) => number[]): ExplorerOutput[] {
  const base = { stage: u.stage, unit: u.unit, unitType: u.type };
  const out: ExplorerOutput[] = [];
  const branch = (side: 'left' | 'right', convs: RecognisedConv[], last: string) => {
    convs.forEach((c, i) => {
      if (i < convs.length - 1)
        out.push({
          ...base,
          name: innerOpName(u.name, side, convs, i),
          tensor: c.tensor,
          kind: 'op',
          role: null,
          branch: side,
          op: i,
          shape: shapeOf(c.tensor),
        });
    });
    out.push({
      ...base,
      name: `${u.name}.${side}`,
      tensor: last,
      kind: 'branch',
      role: 'branch',
      branch: side,
      op: Math.max(0, convs.length - 1),
      shape: shapeOf(last),
    });
  };
  if (u.split)
    out.push({
      ...base,
      name: `${u.name}.right.split`,
      tensor: u.split.right,
      kind: 'split',
      role: null,
      shape: shapeOf(u.split.right),
    });
  branch('left', u.left, u.leftTensor);
  branch('right', u.right, u.rightTensor);
  out.push({
    ...base,
    name: `${u.name}.concat`,
    tensor: u.concat,
    kind: 'concat',
    role: 'concat',
    shape: shapeOf(u.concat),
  });
  out.push({
    ...base,
    name: `${u.name}.shuffle`,
    tensor: u.shuffle.tensor,
    kind: 'shuffle',
    role: 'shuffle',
    shape: shapeOf(u.shuffle.tensor),
  });
  return out;
}

const PROBS_TENSOR = 'explorer/softmax';

/** The outputs the explorer reads, in network order (no graph edit; see addExplorerOutputs). */
export function explorerOutputs(m: RecognisedModel): ExplorerOutput[] {
  const none = { stage: null, unit: null, unitType: null } as const;
  const n = m.input.shape[0];
  const map = (c: number, [h, w]: [number, number]) => [n, c, h, w];
  const shapes = new Map<string, number[]>();
  shapes.set(m.stem.tensor, map(m.stem.outChannels, m.stem.outSize));
  if (m.maxPool) shapes.set(m.maxPool.tensor, map(m.stem.outChannels, m.maxPool.outSize));
  for (const u of m.units) {
    for (const c of [...u.left, ...u.right]) shapes.set(c.tensor, map(c.outChannels, c.outSize));
    if (u.split) {
      shapes.set(u.split.left, map(u.split.channels, u.inSize));
      shapes.set(u.split.right, map(u.split.channels, u.inSize));
    }
    shapes.set(u.concat, map(u.outChannels, u.outSize));
    shapes.set(u.shuffle.tensor, map(u.outChannels, u.outSize));
  }
  const shapeOf = (t: string) => shapes.get(t)!;
  const classes = [n, m.classifier.classes];
  return [
    { ...none, name: 'stem', tensor: m.stem.tensor, kind: 'stem', role: 'stem', shape: shapeOf(m.stem.tensor) },
    ...(m.maxPool
      ? [
          {
            ...none,
            name: 'maxpool',
            tensor: m.maxPool.tensor,
            kind: 'maxpool' as const,
            role: null,
            shape: shapeOf(m.maxPool.tensor),
          },
        ]
      : []),
    ...m.units.flatMap((u) => unitOutputs(u, shapeOf)),
    {
      ...none,
      name: 'conv5',
      tensor: m.conv5.tensor,
      kind: 'conv5',
      role: 'conv5',
      shape: map(m.conv5.outChannels, m.conv5.outSize),
    },
    { ...none, name: 'pool', tensor: m.pool.tensor, kind: 'pool', role: 'pool', shape: [n, m.pool.channels] },
    { ...none, name: 'logits', tensor: m.classifier.tensor, kind: 'logits', role: 'logits', shape: classes },
    { ...none, name: 'probs', tensor: m.probs ?? PROBS_TENSOR, kind: 'probs', role: 'probs', shape: classes },
  ];
}

/**
 * Adds every tensor the explorer shows as a graph output (with its type and shape), returning the
 * edited model and the list of outputs. The model's computation is unchanged: only Identity nodes
 * (and a Softmax, when the graph ends at the logits) are appended.
 */
export function addExplorerOutputs(
  bytes: Uint8Array,
  m: RecognisedModel,
): { bytes: Uint8Array; outputs: ExplorerOutput[] } {
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph!;
  const nodes = [...(graph.node ?? [])];
  const taken = new Set<string>([
    ...(graph.input ?? []).map((v) => v.name ?? ''),
    ...(graph.initializer ?? []).map((t) => t.name ?? ''),
    ...nodes.flatMap((node) => node.output ?? []),
  ]);
  if (!m.probs) {
    nodes.push({
      name: PROBS_TENSOR,
      opType: 'Softmax',
      input: [m.classifier.tensor],
      output: [PROBS_TENSOR],
      attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }],
    });
    taken.add(PROBS_TENSOR);
  }
  const outputs = explorerOutputs(m).map((o) => {
    if (o.name === o.tensor) return o;
    // A reader's graph could already use one of the book's names for another tensor.
    const name = taken.has(o.name) ? `explorer/${o.name}` : o.name;
    nodes.push({ name: `explorer/${name}`, opType: 'Identity', input: [o.tensor], output: [name] });
    taken.add(name);
    return { ...o, name };
  });
  const listed = new Set((graph.output ?? []).map((v) => v.name));
  const added: onnx.IValueInfoProto[] = outputs
    .filter((o) => !listed.has(o.name))
    .map((o) => ({
      name: o.name,
      type: { tensorType: { elemType: FLOAT, shape: { dim: o.shape.map((d) => ({ dimValue: d })) } } },
    }));
  graph.node = nodes.map((node) => onnx.NodeProto.create(node));
  graph.output = [...(graph.output ?? []), ...added.map((v) => onnx.ValueInfoProto.create(v))];
  return { bytes: onnx.ModelProto.encode(model).finish(), outputs };
}

function branchOpOutput(u: RecognisedUnit, side: 'left' | 'right', i: number): string {
  const convs = side === 'left' ? u.left : u.right;
  return i === convs.length - 1 ? `${u.name}.${side}` : innerOpName(u.name, side, convs, i);
}

function convOp(c: RecognisedConv, output: string): ManifestOp {
  const op: ManifestOp = {
    op: c.kind === 'dwconv3x3' ? 'dwconv3x3' : 'conv1x1',
    inChannels: c.inChannels,
    outChannels: c.outChannels,
    bn: c.bn !== 'none',
    relu: c.relu,
  };
  // the same keys as training/model.py's describe(): depthwise convs always say stride and groups
  if (c.kind === 'dwconv3x3') {
    op.stride = c.stride;
    op.groups = c.groups;
  } else if (c.stride !== 1) op.stride = c.stride;
  op.output = output;
  return op;
}

function unitSpec(u: RecognisedUnit, input: string): ManifestUnit {
  const plain = (op: ManifestOp['op'], inChannels: number, outChannels: number): ManifestOp => ({
    op,
    inChannels,
    outChannels,
    bn: false,
    relu: false,
  });
  return {
    name: u.name,
    stage: u.stage,
    unit: u.unit,
    type: u.type,
    input,
    inChannels: u.inChannels,
    outChannels: u.outChannels,
    inSize: u.inSize,
    outSize: u.outSize,
    before: u.split ? [plain('split', u.inChannels, u.split.channels)] : [],
    left: u.split
      ? [{ ...plain('identity', u.split.channels, u.split.channels), output: `${u.name}.left` }]
      : u.left.map((c, i) => convOp(c, branchOpOutput(u, 'left', i))),
    right: u.right.map((c, i) => convOp(c, branchOpOutput(u, 'right', i))),
    after: [
      { ...plain('concat', u.outChannels, u.outChannels), output: `${u.name}.concat` },
      { ...plain('shuffle', u.outChannels, u.outChannels), groups: u.shuffle.groups, output: `${u.name}.shuffle` },
    ],
    // the unit's outputs in network order, as the book's own manifests list them
    tensors: [
      ...(u.split
        ? [`${u.name}.left`, `${u.name}.right.split`]
        : [...u.left.map((_, i) => branchOpOutput(u, 'left', i))]),
      ...u.right.map((_, i) => branchOpOutput(u, 'right', i)),
      `${u.name}.concat`,
      `${u.name}.shuffle`,
    ],
  };
}

/**
 * The architecture half of a model manifest for the recognised model: what the explorer reads
 * about units, stages and outputs. (Classes, preprocessing, accuracy, samples and training are
 * the reader's to supply or absent.) `outputs` lists the manifest roles only; the op-by-op extras
 * are in explorerOutputs(). The first unit's input is 'maxpool' when the model has one.
 */
export function manifestArchitecture(m: RecognisedModel): Pick<
  ModelManifest,
  'outputs' | 'units' | 'stem' | 'stages' | 'conv5' | 'params' | 'paramsFolded' | 'multiplyAdds' | 'opset'
> & {
  input: { name: string; shape: number[] };
  maxPool: { kernel: number; stride: number } | null;
} {
  const outputs: OutputSpec[] = explorerOutputs(m)
    .filter((o) => o.role !== null)
    .map((o) => ({
      name: o.name,
      role: o.role!,
      stage: o.stage,
      unit: o.unit,
      unitType: o.unitType,
      ...(o.branch ? { branch: o.branch } : {}),
      shape: o.shape,
    }));
  const units = m.units.map((u, i) =>
    unitSpec(u, i === 0 ? (m.maxPool ? 'maxpool' : 'stem') : `${m.units[i - 1].name}.shuffle`),
  );
  const stages: StageSpec[] = m.stages.map((s) => ({
    name: s.name,
    outChannels: s.outChannels,
    repeats: s.repeats,
    outSize: s.outSize,
  }));
  const convs = [m.stem, ...m.units.flatMap((u) => [...u.left, ...u.right]), m.conv5];
  const bnChannels = convs.filter((c) => c.bn !== 'none').reduce((s, c) => s + c.outChannels, 0);
  return {
    input: { name: m.input.name, shape: m.input.shape },
    outputs,
    units,
    stem: { outChannels: m.stem.outChannels, kernel: m.stem.kernel, stride: m.stem.stride },
    maxPool: m.maxPool ? { kernel: m.maxPool.kernel, stride: m.maxPool.stride } : null,
    stages,
    conv5: { outChannels: m.conv5.outChannels },
    params: m.params,
    paramsFolded: m.params - bnChannels,
    multiplyAdds: m.multiplyAdds,
    opset: m.opset,
  };
}
