/**
 * ONNX graphs generated in TypeScript, for the benchmark lab's micro-networks.
 *
 * The protobuf encoding is onnx-proto's (generated from onnx.proto by protobufjs); this module
 * only decides what goes into the graph: NCHW float32 tensors, Conv/Relu/Add/Concat nodes and
 * weights drawn from a seeded generator, so a graph is the same bytes on every machine.
 * While it builds, it tracks every tensor's shape and the cost of every node, so FLOPs and
 * memory traffic are computed from the very graph that runs — never typed in.
 *
 * Conventions: opset 17, IR version 8, batch 1; FLOPs are multiply-adds of convolutions
 * (lib/cost.ts), MAC counts elements read or written (weights read once).
 */
import { onnx } from 'onnx-proto';
import { conv, convFlops, convMac, convParams } from './cost';
import { mulberry32, uniformArray } from './random';

export const OPSET = 17;
export const IR_VERSION = 8;
const FLOAT = onnx.TensorProto.DataType.FLOAT;

/** A feature map's shape without the batch dimension (batch is always 1). */
export interface FeatureShape {
  c: number;
  h: number;
  w: number;
}

export type NodeOp = 'Conv' | 'Relu' | 'Add' | 'Concat';

export interface NodeCost {
  name: string;
  op: NodeOp;
  /** multiply-adds (convolutions only) */
  flops: number;
  /** elements read or written */
  mac: number;
  params: number;
}

export interface ConvOptions {
  cout: number;
  kernel?: number;
  groups?: number;
  /** Weight scale gain: √2 before a ReLU keeps activations from shrinking; 1 otherwise. */
  gain?: number;
}

export interface BuiltModel {
  bytes: Uint8Array;
  inputName: string;
  outputName: string;
  input: FeatureShape;
  output: FeatureShape;
  nodes: NodeCost[];
  totals: { flops: number; mac: number; params: number; nodes: number };
}

function dims(s: FeatureShape): number[] {
  return [1, s.c, s.h, s.w];
}

function valueInfo(name: string, shape: FeatureShape): onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType: FLOAT, shape: { dim: dims(shape).map((d) => ({ dimValue: d })) } } },
  };
}

function floatBytes(values: Float32Array): Uint8Array {
  // Raw data in ONNX is little-endian; write it explicitly so the bytes do not depend on the host.
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return bytes;
}

const size = (s: FeatureShape) => s.c * s.h * s.w;

/**
 * Builds one graph with a single NCHW input. Methods take tensor names and return the new
 * tensor's name; shapes are checked as the graph grows, so an impossible graph fails here with a
 * readable message instead of inside the runtime.
 */
export class GraphBuilder {
  private readonly random: () => number;
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private readonly shapes = new Map<string, FeatureShape>();
  private readonly costs: NodeCost[] = [];
  private counter = 0;

  readonly inputName = 'input';
  private readonly costOnly: boolean;

  /**
   * `costOnly` skips the weights (no random numbers, no bytes): enough to count FLOPs and MAC,
   * e.g. for a table rendered on the server; `build()` then refuses to serialise.
   */
  constructor(
    private readonly name: string,
    readonly inputShape: FeatureShape,
    seed: number,
    options: { costOnly?: boolean } = {},
  ) {
    this.random = mulberry32(seed);
    this.costOnly = options.costOnly ?? false;
    this.shapes.set(this.inputName, inputShape);
  }

  get input(): string {
    return this.inputName;
  }

  shape(tensor: string): FeatureShape {
    const s = this.shapes.get(tensor);
    if (!s) throw new Error(`Unknown tensor "${tensor}" in graph ${this.name}.`);
    return s;
  }

  private fresh(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${this.counter}`;
  }

  private add(
    op: NodeOp,
    inputs: string[],
    output: FeatureShape,
    attribute: onnx.IAttributeProto[],
    cost: Omit<NodeCost, 'name' | 'op'>,
  ): string {
    const name = this.fresh(op.toLowerCase());
    const out = `${name}_out`;
    this.nodes.push({ name, opType: op, input: inputs, output: [out], attribute });
    this.shapes.set(out, output);
    this.costs.push({ name, op, ...cost });
    return out;
  }

  /** Convolution with "same" padding, stride 1, no bias; He-style uniform weights. */
  conv(x: string, { cout, kernel = 1, groups = 1, gain = 1 }: ConvOptions): string {
    const s = this.shape(x);
    if (s.c % groups !== 0 || cout % groups !== 0) {
      throw new Error(`Conv in ${this.name}: groups = ${groups} must divide ${s.c} input and ${cout} output channels.`);
    }
    const layer = conv({ h: s.h, w: s.w, cin: s.c, cout, kernel, groups });
    const fanIn = (s.c / groups) * kernel * kernel;
    const weightName = this.fresh('w');
    if (!this.costOnly) {
      // Uniform in ±a has variance a²/3: a = gain·√(3/fan-in) gives variance gain²/fan-in.
      const weights = uniformArray(this.random, convParams(layer), gain * Math.sqrt(3 / fanIn));
      this.initializers.push({
        name: weightName,
        dataType: FLOAT,
        dims: [cout, s.c / groups, kernel, kernel],
        rawData: floatBytes(weights),
      });
    }
    const pad = Math.floor(kernel / 2);
    const ints = (name: string, values: number[]): onnx.IAttributeProto => ({
      name,
      type: onnx.AttributeProto.AttributeType.INTS,
      ints: values,
    });
    return this.add(
      'Conv',
      [x, weightName],
      { c: cout, h: s.h, w: s.w },
      [
        ints('kernel_shape', [kernel, kernel]),
        ints('pads', [pad, pad, pad, pad]),
        ints('strides', [1, 1]),
        ints('dilations', [1, 1]),
        { name: 'group', type: onnx.AttributeProto.AttributeType.INT, i: groups },
      ],
      { flops: convFlops(layer), mac: convMac(layer), params: convParams(layer) },
    );
  }

  relu(x: string): string {
    const s = this.shape(x);
    return this.add('Relu', [x], s, [], { flops: 0, mac: 2 * size(s), params: 0 });
  }

  /** Element-wise sum of tensors of one shape (a shortcut, or merging parallel branches). */
  sum(a: string, b: string): string {
    const sa = this.shape(a),
      sb = this.shape(b);
    if (sa.c !== sb.c || sa.h !== sb.h || sa.w !== sb.w) throw new Error(`Add in ${this.name}: shapes differ.`);
    return this.add('Add', [a, b], sa, [], { flops: 0, mac: 3 * size(sa), params: 0 });
  }

  /** Concatenation along channels. */
  concat(xs: string[]): string {
    const shapes = xs.map((x) => this.shape(x));
    const { h, w } = shapes[0];
    if (shapes.some((s) => s.h !== h || s.w !== w)) throw new Error(`Concat in ${this.name}: spatial sizes differ.`);
    const out = { c: shapes.reduce((t, s) => t + s.c, 0), h, w };
    return this.add('Concat', xs, out, [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }], {
      flops: 0,
      mac: 2 * size(out),
      params: 0,
    });
  }

  /** FLOPs, MAC and parameters of the graph so far, node by node and in total. */
  cost(): Pick<BuiltModel, 'nodes' | 'totals'> {
    const totals = this.costs.reduce(
      (t, c) => ({ flops: t.flops + c.flops, mac: t.mac + c.mac, params: t.params + c.params, nodes: t.nodes + 1 }),
      { flops: 0, mac: 0, params: 0, nodes: 0 },
    );
    return { nodes: [...this.costs], totals };
  }

  /** Serialises the graph with `output` as its only output. */
  build(output: string): BuiltModel {
    if (this.costOnly) throw new Error(`Graph ${this.name} was built for counting only; it has no weights.`);
    const outShape = this.shape(output);
    const model: onnx.IModelProto = {
      irVersion: IR_VERSION,
      opsetImport: [{ domain: '', version: OPSET }],
      producerName: 'shufflenetv2-book benchmark lab',
      graph: {
        name: this.name,
        node: this.nodes,
        initializer: this.initializers,
        input: [valueInfo(this.inputName, this.inputShape)],
        output: [valueInfo(output, outShape)],
      },
    };
    const bytes = onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
    return {
      bytes,
      inputName: this.inputName,
      outputName: output,
      input: this.inputShape,
      output: outShape,
      ...this.cost(),
    };
  }
}

/** A deterministic input tensor for a graph (uniform in [−1, 1]). */
export function makeInput(shape: FeatureShape, seed: number): Float32Array {
  return uniformArray(mulberry32(seed), size(shape), 1);
}

export interface ModelSummary {
  irVersion: number;
  opset: number | null;
  inputs: { name: string; dims: number[] }[];
  outputs: { name: string; dims: number[] }[];
  opCounts: Record<string, number>;
}

function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : Number(String(v));
}

/**
 * Decodes model bytes and checks the basics `onnx.checker` checks: IR version and default-domain
 * opset present, every node input is a graph input, an initializer or an earlier node's output
 * (so the nodes are in topological order), every tensor is produced once, graph outputs exist,
 * and initializers hold as many values as their dims say. Returns the problems found (empty =
 * valid) and a summary.
 */
export function checkModel(bytes: Uint8Array): { problems: string[]; summary: ModelSummary } {
  const problems: string[] = [];
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph;
  const opset = (model.opsetImport ?? []).find((o) => !o.domain);
  const shapeOf = (v: onnx.IValueInfoProto) => (v.type?.tensorType?.shape?.dim ?? []).map((d) => toNumber(d.dimValue));
  const summary: ModelSummary = {
    irVersion: toNumber(model.irVersion),
    opset: opset ? toNumber(opset.version) : null,
    inputs: (graph?.input ?? []).map((v) => ({ name: v.name ?? '', dims: shapeOf(v) })),
    outputs: (graph?.output ?? []).map((v) => ({ name: v.name ?? '', dims: shapeOf(v) })),
    opCounts: {},
  };
  if (!graph) return { problems: ['model has no graph'], summary };
  if (!summary.irVersion) problems.push('ir_version is missing');
  if (summary.opset === null) problems.push('no opset import for the default domain');

  const defined = new Set<string>();
  const define = (name: string, what: string) => {
    if (!name) problems.push(`${what} has an empty name`);
    else if (defined.has(name)) problems.push(`${what} "${name}" is defined twice`);
    defined.add(name);
  };
  for (const init of graph.initializer ?? []) {
    const name = init.name ?? '';
    define(name, 'initializer');
    const expected = (init.dims ?? []).reduce((p: number, d) => p * toNumber(d), 1);
    const actual = init.rawData?.length ? init.rawData.length / 4 : (init.floatData ?? []).length;
    if (actual !== expected) problems.push(`initializer "${name}" holds ${actual} values, its dims say ${expected}`);
  }
  for (const input of graph.input ?? []) if (!defined.has(input.name ?? '')) define(input.name ?? '', 'graph input');
  (graph.node ?? []).forEach((node, i) => {
    const op = node.opType ?? '';
    summary.opCounts[op] = (summary.opCounts[op] ?? 0) + 1;
    if (!op) problems.push(`node ${i} has no op type`);
    for (const input of node.input ?? []) {
      if (input && !defined.has(input)) problems.push(`node ${i} (${op}) reads "${input}" before anything defines it`);
    }
    for (const output of node.output ?? []) define(output, `output of node ${i} (${op})`);
  });
  for (const output of graph.output ?? []) {
    if (!defined.has(output.name ?? '')) problems.push(`graph output "${output.name}" is never produced`);
  }
  return { problems, summary };
}
