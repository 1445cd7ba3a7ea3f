/**
 * The manifest agrees with the ONNX graph it describes, and the graph has the ShuffleNetV2
 * structure the book claims: one Split per basic unit whose first output IS the untouched half,
 * Reshape → Transpose → Reshape per channel shuffle, no Add, BatchNorm folded away.
 */
import { onnx } from 'onnx-proto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelManifest } from '../../lib/manifest';
import { MODEL_NAMES, loadManifest, modelBytes, modelFileSize, product } from './helpers';

const MAX_BYTES = 600 * 1024;

type Long = { toNumber(): number };
const toNum = (v: number | Long): number => (typeof v === 'number' ? v : v.toNumber());

function valueShape(v: onnx.IValueInfoProto): number[] {
  const dims = v.type?.tensorType?.shape?.dim ?? [];
  return dims.map((d) => {
    if (d.dimValue === undefined || d.dimValue === null)
      throw new Error(`${v.name} has a symbolic dimension ${d.dimParam}`);
    return toNum(d.dimValue as number | Long);
  });
}

describe.each(MODEL_NAMES)('%s model.onnx', (name) => {
  let manifest: ModelManifest;
  let model: onnx.ModelProto;
  let graph: onnx.IGraphProto;
  let nodes: onnx.INodeProto[];
  let producer: Map<string, onnx.INodeProto>;

  beforeAll(() => {
    manifest = loadManifest(name);
    model = onnx.ModelProto.decode(modelBytes(name, manifest));
    graph = model.graph!;
    nodes = graph.node ?? [];
    producer = new Map();
    for (const n of nodes) for (const o of n.output ?? []) producer.set(o, n);
  });

  it(`is at most ${MAX_BYTES} bytes and the manifest records its size`, () => {
    const size = modelFileSize(name, manifest);
    expect(size).toBeLessThanOrEqual(MAX_BYTES);
    if (manifest.modelBytes !== undefined) expect(manifest.modelBytes).toBe(size);
  });

  it('uses opset 17', () => {
    const main = (model.opsetImport ?? []).find((o) => !o.domain || o.domain === 'ai.onnx');
    expect(main && toNum(main.version as number | Long)).toBe(17);
    if (manifest.opset !== undefined) expect(manifest.opset).toBe(17);
  });

  it('has the input the manifest describes', () => {
    const initNames = new Set((graph.initializer ?? []).map((t) => t.name));
    const inputs = (graph.input ?? []).filter((i) => !initNames.has(i.name!));
    expect(inputs.map((i) => i.name)).toEqual([manifest.input.name]);
    expect(valueShape(inputs[0])).toEqual(manifest.input.shape);
    expect(manifest.input.shape).toEqual([1, 1, 28, 28]);
    expect(inputs[0].type?.tensorType?.elemType).toBe(onnx.TensorProto.DataType.FLOAT);
  });

  it('has exactly the manifest outputs, in order, with the same shapes', () => {
    const outs = graph.output ?? [];
    expect(outs.map((o) => o.name)).toEqual(manifest.outputs.map((o) => o.name));
    outs.forEach((o, i) => expect(valueShape(o), o.name!).toEqual(manifest.outputs[i].shape));
  });

  it('has no Add and no BatchNormalization (residual-free, BN folded)', () => {
    const ops = new Set(nodes.map((n) => n.opType));
    expect(ops.has('Add')).toBe(false);
    expect(ops.has('BatchNormalization')).toBe(false);
    expect(ops.has('Sum')).toBe(false);
  });

  it('has exactly one Split per basic unit, whose first output is the untouched half', () => {
    const basic = manifest.units.filter((u) => u.type === 'basic');
    const splits = nodes.filter((n) => n.opType === 'Split');
    expect(splits.length).toBe(basic.length);
    for (const u of basic) {
      const split = producer.get(`${u.name}.left`);
      expect(split?.opType, `${u.name}.left`).toBe('Split');
      expect(split!.output![0]).toBe(`${u.name}.left`);
      expect(split!.input![0]).toBe(u.input);
    }
  });

  it('every conv and FC output names the initializers, input and attributes of the node that computes it', () => {
    const inits = new Map((graph.initializer ?? []).map((t) => [t.name!, t]));
    const dimsOf = (name: string) => (inits.get(name)!.dims ?? []).map((d) => toNum(d as number | Long));
    const attr = (n: onnx.INodeProto, key: string) => (n.attribute ?? []).find((a) => a.name === key);
    let checked = 0;
    for (const o of manifest.outputs) {
      const layer = o.layer!;
      let node = producer.get(o.name)!;
      if (layer.relu) {
        expect(node.opType, o.name).toBe('Relu');
        node = producer.get(node.input![0])!;
      }
      const w = layer.weights;
      if (!w) {
        expect(node.opType, o.name).not.toBe('Conv');
        continue;
      }
      expect(node.opType, o.name).toBe(layer.op === 'fc' ? 'Gemm' : 'Conv');
      expect(node.input!.slice(1), o.name).toEqual([w.weight, w.bias]);
      expect(dimsOf(w.bias), o.name).toEqual([w.outChannels]);
      if (layer.op === 'fc') {
        expect(dimsOf(w.weight)).toEqual([w.outChannels, w.inChannels]); // [classes, inputs]
        expect(toNum(attr(node, 'transB')!.i as number | Long)).toBe(1);
      } else {
        expect(node.input![0], o.name).toBe(layer.inputs[0]);
        expect(dimsOf(w.weight), o.name).toEqual([w.outChannels, w.inChannels / w.groups!, w.kernel, w.kernel]);
        expect(
          attr(node, 'strides')!.ints!.map((v) => toNum(v as number | Long)),
          o.name,
        ).toEqual([w.stride, w.stride]);
        expect(
          attr(node, 'pads')!.ints!.map((v) => toNum(v as number | Long)),
          o.name,
        ).toEqual(Array(4).fill(w.padding));
        expect(toNum(attr(node, 'group')!.i as number | Long), o.name).toBe(w.groups);
        expect(w.kernel, o.name).toBe(layer.op === 'conv1x1' ? 1 : 3);
        if (layer.op === 'dwconv3x3') expect(w.groups, o.name).toBe(w.inChannels);
        else expect(w.groups, o.name).toBe(1);
      }
      checked++;
    }
    expect(checked).toBe(nodes.filter((n) => n.opType === 'Conv' || n.opType === 'Gemm').length);
  });

  it('the split halves are the two outputs of one Split, and the branch starts from the second', () => {
    for (const u of manifest.units.filter((x) => x.type === 'basic')) {
      const split = producer.get(`${u.name}.left`)!;
      expect(split.output).toEqual([`${u.name}.left`, `${u.name}.right.split`]);
      const conv = producer.get(producer.get(`${u.name}.right.conv1`)!.input![0])!; // Conv → Relu
      expect(conv.opType).toBe('Conv');
      expect(conv.input![0]).toBe(`${u.name}.right.split`);
    }
  });

  it('implements every channel shuffle as Reshape → Transpose(0,2,1,3,4) → Reshape of the concat', () => {
    expect(nodes.filter((n) => n.opType === 'Transpose').length).toBe(manifest.units.length);
    for (const u of manifest.units) {
      const r2 = producer.get(`${u.name}.shuffle`)!;
      expect(r2.opType).toBe('Reshape');
      const t = producer.get(r2.input![0])!;
      expect(t.opType).toBe('Transpose');
      const perm = (t.attribute ?? []).find((a) => a.name === 'perm')!.ints!.map((v) => toNum(v as number | Long));
      expect(perm).toEqual([0, 2, 1, 3, 4]);
      const r1 = producer.get(t.input![0])!;
      expect(r1.opType).toBe('Reshape');
      expect(r1.input![0]).toBe(`${u.name}.concat`);
      const concat = producer.get(`${u.name}.concat`)!;
      expect(concat.opType).toBe('Concat');
      expect(concat.input).toEqual([`${u.name}.left`, `${u.name}.right`]);
    }
  });

  it('stores exactly paramsFolded weights in its Conv and Gemm initializers', () => {
    const inits = new Map((graph.initializer ?? []).map((t) => [t.name!, t]));
    // Constant nodes (reshape shapes, split sizes) are not parameters; make sure no weight hides there
    for (const n of nodes.filter((n) => n.opType === 'Constant')) {
      const t = n.attribute?.find((a) => a.name === 'value')?.t;
      expect(t?.dataType, `${n.output?.[0]}`).toBe(onnx.TensorProto.DataType.INT64);
    }
    let total = 0;
    for (const n of nodes.filter((n) => n.opType === 'Conv' || n.opType === 'Gemm')) {
      for (const input of (n.input ?? []).slice(1)) {
        const t = inits.get(input);
        expect(t, `${n.opType} input ${input} should be an initializer`).toBeDefined();
        expect(t!.dataType).toBe(onnx.TensorProto.DataType.FLOAT);
        total += product((t!.dims ?? []).map((d) => toNum(d as number | Long)));
      }
    }
    expect(total).toBe(manifest.paramsFolded);
    // folding turns BN's γ, β (2 per channel) into one conv bias per channel
    const bnChannels = nodes
      .filter((n) => n.opType === 'Conv')
      .reduce((s, n) => s + toNum(inits.get(n.input![2]!)!.dims![0] as number | Long), 0);
    expect(manifest.params).toBe(manifest.paramsFolded + bnChannels);
    expect(manifest.params).toBeLessThanOrEqual(200_000);
  });

  it('manifest units chain together and match the stage summary', () => {
    let prev = 'stem';
    for (const u of manifest.units) {
      expect(u.input).toBe(prev);
      const out = manifest.outputs.find((o) => o.name === `${u.name}.shuffle`)!;
      expect(out.shape).toEqual([1, u.outChannels, ...u.outSize]);
      expect(u.after.map((o) => o.op)).toEqual(['concat', 'shuffle']);
      expect(u.after[1].groups).toBe(2);
      if (u.type === 'basic') {
        expect(u.before.map((o) => o.op)).toEqual(['split']);
        expect(u.left.map((o) => o.op)).toEqual(['identity']);
        expect(u.right.map((o) => [o.op, o.bn, o.relu])).toEqual([
          ['conv1x1', true, true],
          ['dwconv3x3', true, false],
          ['conv1x1', true, true],
        ]);
      } else {
        expect(u.left.map((o) => [o.op, o.stride ?? 1, o.relu])).toEqual([
          ['dwconv3x3', 2, false],
          ['conv1x1', 1, true],
        ]);
        expect(u.right.map((o) => [o.op, o.stride ?? 1, o.relu])).toEqual([
          ['conv1x1', 1, true],
          ['dwconv3x3', 2, false],
          ['conv1x1', 1, true],
        ]);
      }
      prev = `${u.name}.shuffle`;
    }
    for (const s of manifest.stages) {
      const units = manifest.units.filter((u) => `stage${u.stage}` === s.name);
      expect(units.length).toBe(s.repeats);
      expect(units[0].type).toBe('down');
      expect(units.at(-1)!.outChannels).toBe(s.outChannels);
      expect(units.at(-1)!.outSize).toEqual(s.outSize);
    }
    expect(manifest.outputs.map((o) => o.role).slice(-4)).toEqual(['conv5', 'pool', 'logits', 'probs']);
    expect(manifest.outputs.find((o) => o.role === 'pool')!.shape).toEqual([1, manifest.conv5.outChannels]);
  });
});
