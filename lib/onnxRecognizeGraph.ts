/**
 * Reading an ONNX file a reader brings: decoding, typed errors, and one pass over the nodes that
 * infers every feature map's shape and evaluates the small integer computations exporters emit
 * for shapes (torch's `chunk` becomes Shape → Gather → Add → Div → Mul → Slice).
 *
 * Every tensor is one of three things:
 * - data: derived from the image input through ops that carry values (Conv, Relu, Concat, …);
 *   its shape is inferred here from the ops' attributes and the weights' dims;
 * - weight: an initializer (or an Identity of one); only its dims are needed;
 * - constant: a small integer/float array known without running the model — Constant nodes,
 *   small initializers, and everything computed from them or from a Shape of a data tensor.
 * This is what tells an Add of two feature maps (a residual connection) from the Add in an index
 * computation: the first has two data operands, the second none.
 */
import { onnx } from 'onnx-proto';
import { ownProblem, ownProblemText, type OwnProblem } from './ownModelMessages';

export type RecogniseErrorCode =
  'not-onnx' | 'too-large' | 'unsupported-opset' | 'unsupported-op' | 'not-shufflenet' | 'no-weights';

/**
 * Every failure carries a code (for the UI to choose a message style) and the refusal as code and
 * parameters (said in the page's language, lib/ownModelMessages.ts); its message is the English text.
 */
export class RecogniseError extends Error {
  /** for 'not-shufflenet': what the recogniser expected and what the graph has instead (in English) */
  readonly expected?: string;
  readonly found?: string;
  constructor(
    readonly code: RecogniseErrorCode,
    readonly problem: OwnProblem,
    phrases?: { expected: OwnProblem; found: OwnProblem },
  ) {
    super(ownProblemText(problem));
    this.name = 'RecogniseError';
    if (phrases) {
      this.expected = ownProblemText(phrases.expected);
      this.found = ownProblemText(phrases.found);
    }
  }
}

export function notShuffleNet(expected: OwnProblem, found: OwnProblem): RecogniseError {
  return new RecogniseError('not-shufflenet', ownProblem('notShuffleNet', expected, found), { expected, found });
}

/** Opsets whose semantics this module implements (13 = the oldest torch default still common). */
export const MIN_OPSET = 13;
export const MAX_OPSET = 21;
/** Larger files than this are refused before decoding: a browser tab cannot hold many copies. */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;

const DT = onnx.TensorProto.DataType;

export interface GraphNode {
  index: number;
  op: string;
  domain: string;
  name: string;
  inputs: string[];
  outputs: string[];
  attrs: Map<string, onnx.IAttributeProto>;
}

export interface ConstValue {
  dims: number[];
  values: number[];
  isInt: boolean;
}

export interface Graph {
  opset: number;
  irVersion: number;
  producer: string;
  inputName: string;
  /** NCHW; batch and free spatial dims replaced by 1 and the assumed size */
  inputShape: number[];
  inputSizeAssumed: boolean;
  outputs: string[];
  nodes: GraphNode[];
  producerOf: Map<string, GraphNode>;
  /** nodes that read a tensor as data (Shape nodes, which read only its dims, are left out) */
  dataConsumers: Map<string, GraphNode[]>;
  /** data tensor → inferred shape */
  shapes: Map<string, number[]>;
  /** weight tensor → dims */
  weights: Map<string, number[]>;
  consts: Map<string, ConstValue>;
  /** true when every initializer holds as many values as its dims say */
  weightsPresent: boolean;
}

export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof v === 'object' && 'toNumber' in v) return (v as { toNumber(): number }).toNumber();
  return Number(v);
}

const product = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);

/** Values of a small tensor (int64/int32/float/double), for constants. */
export function tensorValues(t: onnx.ITensorProto): ConstValue | null {
  const dims = (t.dims ?? []).map(num);
  const n = product(dims);
  const type = t.dataType ?? 0;
  const raw = t.rawData && t.rawData.length ? t.rawData : null;
  const view = raw ? new DataView(raw.buffer, raw.byteOffset, raw.byteLength) : null;
  const isInt = type === DT.INT64 || type === DT.INT32 || type === DT.INT8 || type === DT.UINT8 || type === DT.BOOL;
  let values: number[];
  if (type === DT.INT64)
    values = view
      ? Array.from({ length: n }, (_, i) => Number(view.getBigInt64(i * 8, true)))
      : (t.int64Data ?? []).map(num);
  else if (type === DT.INT32)
    values = view ? Array.from({ length: n }, (_, i) => view.getInt32(i * 4, true)) : (t.int32Data ?? []).map(num);
  else if (type === DT.FLOAT)
    values = view ? Array.from({ length: n }, (_, i) => view.getFloat32(i * 4, true)) : [...(t.floatData ?? [])];
  else if (type === DT.DOUBLE)
    values = view ? Array.from({ length: n }, (_, i) => view.getFloat64(i * 8, true)) : [...(t.doubleData ?? [])];
  else return null;
  if (values.length !== n) return null;
  return { dims, values, isInt };
}

function storedValues(t: onnx.ITensorProto): number {
  const width: Record<number, number> = {
    [DT.FLOAT]: 4,
    [DT.INT64]: 8,
    [DT.INT32]: 4,
    [DT.DOUBLE]: 8,
    [DT.FLOAT16]: 2,
  };
  if (t.rawData && t.rawData.length) return t.rawData.length / (width[t.dataType ?? 0] ?? 4);
  return (
    (t.floatData?.length ?? 0) + (t.int64Data?.length ?? 0) + (t.int32Data?.length ?? 0) + (t.doubleData?.length ?? 0)
  );
}

export function attrInt(node: GraphNode, name: string, fallback: number): number {
  const a = node.attrs.get(name);
  return a && a.i !== undefined && a.i !== null ? num(a.i) : fallback;
}

export function attrFloat(node: GraphNode, name: string, fallback: number): number {
  const a = node.attrs.get(name);
  return a && a.f !== undefined && a.f !== null ? a.f : fallback;
}

export function attrInts(node: GraphNode, name: string): number[] | null {
  const a = node.attrs.get(name);
  return a && a.ints && a.ints.length ? a.ints.map(num) : null;
}

function attrString(node: GraphNode, name: string): string | null {
  const a = node.attrs.get(name);
  return a?.s && a.s.length ? new TextDecoder().decode(a.s) : null;
}

/** Decodes the bytes, refusing what is not a usable ONNX model. */
export function decodeModel(bytes: Uint8Array, maxBytes = MAX_MODEL_BYTES): onnx.ModelProto {
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new RecogniseError('too-large', ownProblem('tooLarge', mb(bytes.length), mb(maxBytes)));
  }
  let model: onnx.ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (error) {
    throw new RecogniseError('not-onnx', ownProblem('notOnnx', (error as Error).message));
  }
  // Random bytes sometimes decode as an empty or nonsensical message: insist on the essentials.
  if (!model.graph || !(model.graph.node ?? []).length || !num(model.irVersion) || !(model.opsetImport ?? []).length) {
    throw new RecogniseError('not-onnx', ownProblem('notOnnxEmpty'));
  }
  return model;
}

const ELEMENTWISE_SAME = new Set(['Relu', 'BatchNormalization', 'Identity', 'Dropout', 'Softmax', 'LogSoftmax']);
const ARITH = new Set(['Add', 'Sub', 'Mul', 'Div']);

/**
 * One pass over the nodes in file order (ONNX requires topological order): shapes of data
 * tensors, values of constants. Ops outside ShuffleNetV2's vocabulary are refused by name.
 */
export function readGraph(model: onnx.ModelProto, options: { inputSize?: number } = {}): Graph {
  const g = model.graph!;
  const opset = num((model.opsetImport ?? []).find((o) => !o.domain || o.domain === 'ai.onnx')?.version ?? 0);
  if (opset < MIN_OPSET || opset > MAX_OPSET) {
    throw new RecogniseError(
      'unsupported-opset',
      ownProblem('unsupportedOpset', opset ? String(opset) : '', MIN_OPSET, MAX_OPSET),
    );
  }
  const weights = new Map<string, number[]>();
  const consts = new Map<string, ConstValue>();
  let weightsPresent = true;
  for (const init of g.initializer ?? []) {
    if (init.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL) {
      throw new RecogniseError('unsupported-op', ownProblem('externalWeights', init.name ?? ''));
    }
    const dims = (init.dims ?? []).map(num);
    if (storedValues(init) !== product(dims)) weightsPresent = false;
    weights.set(init.name ?? '', dims);
    const isIntType = init.dataType === DT.INT64 || init.dataType === DT.INT32;
    if (isIntType || product(dims) <= 16) {
      const v = tensorValues(init);
      if (v) consts.set(init.name ?? '', v);
    }
  }
  const initNames = new Set(weights.keys());
  const realInputs = (g.input ?? []).filter((v) => !initNames.has(v.name ?? ''));
  if (realInputs.length !== 1) {
    throw notShuffleNet(
      ownProblem('oneImageInput'),
      ownProblem('inputsFound', realInputs.length, realInputs.map((v) => v.name).join(', ')),
    );
  }
  const input = realInputs[0];
  if (input.type?.tensorType?.elemType !== DT.FLOAT)
    throw notShuffleNet(ownProblem('float32Input'), ownProblem('otherElementType'));
  const rawDims = (input.type.tensorType.shape?.dim ?? []).map((d) =>
    d.dimValue !== undefined && d.dimValue !== null && num(d.dimValue) > 0 ? num(d.dimValue) : null,
  );
  if (rawDims.length !== 4) throw notShuffleNet(ownProblem('nchwInput'), ownProblem('dimsFound', rawDims.length));
  const inputSizeAssumed = rawDims[2] === null || rawDims[3] === null;
  const assumed = options.inputSize ?? 224;
  const inputShape = [1, rawDims[1] ?? 3, rawDims[2] ?? assumed, rawDims[3] ?? assumed];

  const nodes: GraphNode[] = (g.node ?? []).map((n, index) => ({
    index,
    op: n.opType ?? '',
    domain: n.domain ?? '',
    name: n.name || `${n.opType} #${index}`,
    inputs: [...(n.input ?? [])],
    outputs: [...(n.output ?? [])],
    attrs: new Map((n.attribute ?? []).map((a) => [a.name ?? '', a])),
  }));
  const producerOf = new Map<string, GraphNode>();
  const dataConsumers = new Map<string, GraphNode[]>();
  const shapes = new Map<string, number[]>([[input.name ?? '', inputShape]]);

  for (const node of nodes) {
    for (const out of node.outputs) producerOf.set(out, node);
    const dataIn = node.inputs.filter((t) => shapes.has(t));
    if (node.op !== 'Shape') for (const t of dataIn) dataConsumers.set(t, [...(dataConsumers.get(t) ?? []), node]);
    if (node.domain && node.domain !== 'ai.onnx') {
      throw new RecogniseError('unsupported-op', ownProblem('foreignOp', node.domain, node.op, node.name));
    }
    if (dataIn.length === 0 && node.op !== 'Shape') {
      evalConstNode(node, consts, weights);
      continue;
    }
    inferDataNode(node, shapes, consts, weights, opset);
  }
  return {
    opset,
    irVersion: num(model.irVersion),
    producer: [model.producerName, model.producerVersion].filter(Boolean).join(' '),
    inputName: input.name ?? '',
    inputShape,
    inputSizeAssumed,
    outputs: (g.output ?? []).map((o) => o.name ?? ''),
    nodes,
    producerOf,
    dataConsumers,
    shapes,
    weights,
    consts,
    weightsPresent,
  };
}

function unsupported(node: GraphNode, why: OwnProblem = ownProblem('whyNone')): RecogniseError {
  return new RecogniseError('unsupported-op', ownProblem('unsupportedNode', node.op, node.name, why));
}

function constOf(consts: Map<string, ConstValue>, node: GraphNode, i: number): ConstValue {
  const v = consts.get(node.inputs[i] ?? '');
  if (!v) throw unsupported(node, ownProblem('whyNeither', node.inputs[i]));
  return v;
}

function optionalConst(consts: Map<string, ConstValue>, node: GraphNode, i: number): ConstValue | null {
  return node.inputs[i] ? constOf(consts, node, i) : null;
}

/** Integer/float computations on constants (shape arithmetic); weights pass through Identity. */
function evalConstNode(node: GraphNode, consts: Map<string, ConstValue>, weights: Map<string, number[]>): void {
  const out = node.outputs[0];
  const set = (v: ConstValue) => consts.set(out, v);
  switch (node.op) {
    case 'Constant': {
      const a = node.attrs.get('value');
      const v = a?.t ? tensorValues(a.t) : null;
      if (v) return void set(v);
      const vi = node.attrs.get('value_ints');
      if (vi?.ints) return void set({ dims: [vi.ints.length], values: vi.ints.map(num), isInt: true });
      const i = node.attrs.get('value_int');
      if (i) return void set({ dims: [], values: [num(i.i)], isInt: true });
      const f = node.attrs.get('value_float');
      if (f) return void set({ dims: [], values: [f.f ?? 0], isInt: false });
      if (a?.t) weights.set(out, (a.t.dims ?? []).map(num)); // a large constant tensor: a weight
      return;
    }
    case 'Identity':
      if (weights.has(node.inputs[0])) weights.set(out, weights.get(node.inputs[0])!);
      if (consts.has(node.inputs[0])) set(consts.get(node.inputs[0])!);
      return;
    case 'Cast': {
      const v = constOf(consts, node, 0);
      const to = attrInt(node, 'to', DT.INT64);
      const isInt = to !== DT.FLOAT && to !== DT.DOUBLE && to !== DT.FLOAT16;
      return void set({ ...v, values: isInt ? v.values.map(Math.trunc) : v.values, isInt });
    }
    case 'Unsqueeze':
    case 'Squeeze': {
      const v = constOf(consts, node, 0);
      const axes = node.inputs[1] ? constOf(consts, node, 1).values : (attrInts(node, 'axes') ?? []);
      const dims =
        node.op === 'Squeeze'
          ? v.dims.filter(
              (d, i) => !(axes.length ? axes.map((a) => (a < 0 ? a + v.dims.length : a)).includes(i) : d === 1),
            )
          : unsqueezeDims(v.dims, axes);
      return void set({ ...v, dims });
    }
    case 'Concat': {
      const parts = node.inputs.map((_, i) => constOf(consts, node, i));
      const values = parts.flatMap((p) => p.values);
      return void set({ dims: [values.length], values, isInt: parts.every((p) => p.isInt) });
    }
    case 'Gather': {
      const data = constOf(consts, node, 0);
      const idx = constOf(consts, node, 1);
      const values = idx.values.map((i) => data.values[i < 0 ? i + data.values.length : i]);
      return void set({ dims: idx.dims, values, isInt: data.isInt });
    }
    case 'Slice': {
      const data = constOf(consts, node, 0);
      const n = data.values.length;
      const clamp = (i: number) => Math.max(0, Math.min(n, i < 0 ? i + n : i));
      const start = clamp(constOf(consts, node, 1).values[0]);
      const end = clamp(constOf(consts, node, 2).values[0]);
      const values = data.values.slice(start, end);
      return void set({ dims: [values.length], values, isInt: data.isInt });
    }
    default:
      if (ARITH.has(node.op)) {
        const a = constOf(consts, node, 0);
        const b = constOf(consts, node, 1);
        const isInt = a.isInt && b.isInt;
        const big = a.values.length >= b.values.length ? a : b;
        const at = (v: ConstValue, i: number) => v.values[v.values.length === 1 ? 0 : i];
        const f = {
          Add: (x: number, y: number) => x + y,
          Sub: (x: number, y: number) => x - y,
          Mul: (x: number, y: number) => x * y,
          Div: (x: number, y: number) => (isInt ? Math.trunc(x / y) : x / y),
        }[node.op as 'Add'];
        return void set({ dims: big.dims, values: big.values.map((_, i) => f(at(a, i), at(b, i))), isInt });
      }
      // Other constant-only ops (e.g. ConstantOfShape) do not matter unless a data op reads them,
      // and then constOf() names them.
      return;
  }
}

function unsqueezeDims(dims: number[], axes: number[]): number[] {
  const rank = dims.length + axes.length;
  const norm = axes.map((a) => (a < 0 ? a + rank : a));
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < rank; i++) out.push(norm.includes(i) ? 1 : dims[j++]);
  return out;
}

function windowOut(
  size: number,
  kernel: number,
  stride: number,
  padBegin: number,
  padEnd: number,
  dilation: number,
  ceil: boolean,
): number {
  const span = size + padBegin + padEnd - dilation * (kernel - 1) - 1;
  return (ceil ? Math.ceil(span / stride) : Math.floor(span / stride)) + 1;
}

/** Output spatial size of a Conv or MaxPool over an N×C×H×W input. */
function windowShape(node: GraphNode, x: number[], kernel: number[]): [number, number] {
  const strides = attrInts(node, 'strides') ?? [1, 1];
  const dilations = attrInts(node, 'dilations') ?? [1, 1];
  const autoPad = attrString(node, 'auto_pad') ?? 'NOTSET';
  const ceil = attrInt(node, 'ceil_mode', 0) === 1;
  if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER')
    return [Math.ceil(x[2] / strides[0]), Math.ceil(x[3] / strides[1])];
  const pads = autoPad === 'VALID' ? [0, 0, 0, 0] : (attrInts(node, 'pads') ?? [0, 0, 0, 0]);
  return [
    windowOut(x[2], kernel[0], strides[0], pads[0], pads[2], dilations[0], ceil),
    windowOut(x[3], kernel[1], strides[1], pads[1], pads[3], dilations[1], ceil),
  ];
}

function inferDataNode(
  node: GraphNode,
  shapes: Map<string, number[]>,
  consts: Map<string, ConstValue>,
  weights: Map<string, number[]>,
  opset: number,
): void {
  const x = shapes.get(node.inputs[0]);
  const set = (shape: number[], i = 0) => shapes.set(node.outputs[i], shape);
  const axisOf = (rank: number, fallback: number) => {
    const a = attrInt(node, 'axis', fallback);
    return a < 0 ? a + rank : a;
  };
  if (node.op === 'Shape') {
    if (!x) throw unsupported(node);
    const start = attrInt(node, 'start', 0);
    const end = attrInt(node, 'end', x.length);
    consts.set(node.outputs[0], { dims: [x.length], values: x.slice(start, end), isInt: true });
    return;
  }
  if (!x) {
    // a data tensor read at a later input position only (e.g. Add(const, x)): handled below
    if (!ARITH.has(node.op)) throw unsupported(node, ownProblem('whyPosition'));
  }
  if (ELEMENTWISE_SAME.has(node.op)) return void set(x!);
  switch (node.op) {
    case 'Conv': {
      const w = weights.get(node.inputs[1]);
      if (!w || w.length !== 4) throw unsupported(node, ownProblem('whyNot4d'));
      const [h, wd] = windowShape(node, x!, attrInts(node, 'kernel_shape') ?? [w[2], w[3]]);
      return void set([x![0], w[0], h, wd]);
    }
    case 'MaxPool': {
      const [h, w] = windowShape(node, x!, attrInts(node, 'kernel_shape') ?? [1, 1]);
      return void set([x![0], x![1], h, w]);
    }
    case 'GlobalAveragePool':
      return void set([x![0], x![1], 1, 1]);
    case 'ReduceMean': {
      const axesIn = opset >= 18 ? optionalConst(consts, node, 1)?.values : attrInts(node, 'axes');
      const axes = (axesIn ?? x!.map((_, i) => i)).map((a) => (a < 0 ? a + x!.length : a));
      const keep = attrInt(node, 'keepdims', 1) === 1;
      return void set(x!.flatMap((d, i) => (axes.includes(i) ? (keep ? [1] : []) : [d])));
    }
    case 'Flatten': {
      const axis = axisOf(x!.length, 1);
      return void set([product(x!.slice(0, axis)), product(x!.slice(axis))]);
    }
    case 'Squeeze':
    case 'Unsqueeze': {
      const axes = node.inputs[1] ? constOf(consts, node, 1).values : (attrInts(node, 'axes') ?? []);
      if (node.op === 'Unsqueeze') return void set(unsqueezeDims(x!, axes));
      const norm = axes.map((a) => (a < 0 ? a + x!.length : a));
      return void set(x!.filter((d, i) => (norm.length ? !norm.includes(i) : d !== 1)));
    }
    case 'Reshape': {
      const target = constOf(consts, node, 1).values;
      const allowZero = attrInt(node, 'allowzero', 0) === 1;
      const dims = target.map((d, i) => (d === 0 && !allowZero ? x![i] : d));
      const known = product(dims.filter((d) => d !== -1));
      return void set(dims.map((d) => (d === -1 ? product(x!) / known : d)));
    }
    case 'Transpose': {
      const perm = attrInts(node, 'perm') ?? x!.map((_, i) => x!.length - 1 - i);
      return void set(perm.map((p) => x![p]));
    }
    case 'Concat': {
      const parts = node.inputs.map((t) => shapes.get(t));
      if (parts.some((p) => !p)) throw unsupported(node, ownProblem('whyConstant'));
      const axis = axisOf(x!.length, 1);
      return void set(x!.map((d, i) => (i === axis ? parts.reduce((t, p) => t + p![i], 0) : d)));
    }
    case 'Split': {
      const axis = axisOf(x!.length, 0);
      const sizes = node.inputs[1] ? constOf(consts, node, 1).values : attrInts(node, 'split');
      const n = node.outputs.length;
      const q = Math.ceil(x![axis] / n);
      const each = sizes ?? Array.from({ length: n }, (_, i) => (i < n - 1 ? q : x![axis] - q * (n - 1)));
      return void each.forEach((s, i) =>
        set(
          x!.map((d, j) => (j === axis ? s : d)),
          i,
        ),
      );
    }
    case 'Slice': {
      const starts = constOf(consts, node, 1).values;
      const ends = constOf(consts, node, 2).values;
      const axes = optionalConst(consts, node, 3)?.values ?? starts.map((_, i) => i);
      const steps = optionalConst(consts, node, 4)?.values ?? starts.map(() => 1);
      if (steps.some((s) => s !== 1)) throw unsupported(node, ownProblem('whyStep'));
      const out = [...x!];
      axes.forEach((a0, i) => {
        const a = a0 < 0 ? a0 + x!.length : a0;
        const clamp = (v: number) => Math.max(0, Math.min(x![a], v < 0 ? v + x![a] : v));
        out[a] = Math.max(0, clamp(ends[i]) - clamp(starts[i]));
      });
      return void set(out);
    }
    case 'Gemm': {
      const b = weights.get(node.inputs[1]);
      if (!b || b.length !== 2) throw unsupported(node, ownProblem('whyNot2d'));
      const rows = attrInt(node, 'transA', 0) ? x![1] : x![0];
      return void set([rows, attrInt(node, 'transB', 0) ? b[0] : b[1]]);
    }
    case 'MatMul': {
      const b = weights.get(node.inputs[1]);
      if (!b || b.length !== 2) throw unsupported(node, ownProblem('whyNot2d'));
      return void set([...x!.slice(0, -1), b[1]]);
    }
    default:
      if (ARITH.has(node.op)) {
        // Element-wise with at least one feature-map operand; the result has the feature map's shape.
        const dataShape = node.inputs.map((t) => shapes.get(t)).find(Boolean)!;
        return void set(dataShape);
      }
      throw unsupported(node);
  }
}
