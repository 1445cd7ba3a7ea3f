import { describe, expect, it } from 'vitest';
import { onnx } from 'onnx-proto';
import { GraphBuilder, IR_VERSION, OPSET, checkModel, makeInput } from '../../lib/onnxBuilder';
import { EXPERIMENTS, EXPERIMENT_IDS, buildVariant } from '../../lib/labExperiments';
import { createSession } from '../../lib/ort';

describe('GraphBuilder', () => {
  it('tracks shapes and costs and refuses impossible graphs', () => {
    const g = new GraphBuilder('t', { c: 8, h: 4, w: 4 }, 1);
    const y = g.conv(g.input, { cout: 6, kernel: 3, groups: 2 });
    expect(g.shape(y)).toEqual({ c: 6, h: 4, w: 4 });
    // 3×3, 4 input channels per group, 6 outputs, 16 positions
    expect(g.cost().totals.flops).toBe(16 * 9 * 4 * 6);
    expect(() => g.conv(y, { cout: 8, groups: 4 })).toThrow(/groups = 4 must divide/);
    expect(() => g.sum(y, g.input)).toThrow(/shapes differ/);
    const cat = g.concat([y, g.input]);
    expect(g.shape(cat).c).toBe(14);
  });

  it('writes a model that decodes back with opset 17, IR 8, the right attributes and weights', () => {
    const g = new GraphBuilder('t', { c: 4, h: 5, w: 5 }, 3);
    const y = g.relu(g.conv(g.input, { cout: 4, kernel: 3, groups: 2 }));
    const model = g.build(g.sum(y, g.input));
    const decoded = onnx.ModelProto.decode(model.bytes);
    expect(Number(decoded.irVersion)).toBe(IR_VERSION);
    expect(decoded.opsetImport.map((o) => [o.domain, Number(o.version)])).toEqual([['', OPSET]]);
    const convNode = decoded.graph!.node![0];
    const attr = Object.fromEntries(
      convNode.attribute!.map((a) => [
        a.name,
        a.type === onnx.AttributeProto.AttributeType.INT ? Number(a.i) : a.ints!.map(Number),
      ]),
    );
    expect(attr).toMatchObject({ group: 2, kernel_shape: [3, 3], pads: [1, 1, 1, 1] });
    const w = decoded.graph!.initializer![0];
    expect(w.dims!.map(Number)).toEqual([4, 2, 3, 3]);
    expect(w.rawData!.length).toBe(4 * 2 * 9 * 4);
    expect(checkModel(model.bytes).problems).toEqual([]);
  });

  it('checkModel finds nodes that read undefined tensors and outputs never produced', () => {
    const broken = onnx.ModelProto.encode({
      irVersion: 8,
      opsetImport: [{ domain: '', version: 17 }],
      graph: {
        name: 'broken',
        node: [
          { opType: 'Relu', input: ['later'], output: ['a'] },
          { opType: 'Relu', input: ['x'], output: ['later'] },
        ],
        input: [{ name: 'x' }],
        output: [{ name: 'missing' }],
        initializer: [{ name: 'w', dims: [2, 2], dataType: 1, floatData: [1, 2, 3] }],
      },
    }).finish();
    const { problems } = checkModel(broken);
    expect(problems.some((p) => p.includes('reads "later" before'))).toBe(true);
    expect(problems.some((p) => p.includes('"missing" is never produced'))).toBe(true);
    expect(problems.some((p) => p.includes('"w" holds 3 values, its dims say 4'))).toBe(true);
    const noOpset = onnx.ModelProto.encode({ graph: { name: 'e' } }).finish();
    expect(checkModel(noOpset).problems).toEqual(
      expect.arrayContaining(['ir_version is missing', 'no opset import for the default domain']),
    );
  });

  it('is deterministic: the same variant gives the same bytes', () => {
    const a = buildVariant('g3', '2-parallel', 6).bytes;
    const b = buildVariant('g3', '2-parallel', 6).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

// Every variant of every experiment, at a small size so the whole sweep is quick.
const SIZE = 8;
const cases = EXPERIMENT_IDS.flatMap((e) => EXPERIMENTS[e].variants.map((v) => [e, v.id] as const));

describe.each(cases)('%s / %s', (experiment, variantId) => {
  it('is valid ONNX: 10 blocks, defined inputs, opset 17', () => {
    const model = buildVariant(experiment, variantId, SIZE);
    const { problems, summary } = checkModel(model.bytes);
    expect(problems).toEqual([]);
    expect(summary.opset).toBe(17);
    expect(summary.irVersion).toBe(8);
    expect(summary.inputs).toEqual([{ name: 'input', dims: [1, model.input.c, SIZE, SIZE] }]);
    expect(summary.outputs[0].dims).toEqual([1, model.output.c, SIZE, SIZE]);
    // every node type is repeated a multiple of 10 times: ten identical blocks
    for (const count of Object.values(summary.opCounts)) expect(count % 10).toBe(0);
  });

  it('runs in onnxruntime-web and produces the expected shape with finite values', async () => {
    const model = buildVariant(experiment, variantId, SIZE);
    const session = await createSession(model.bytes);
    const { c, h, w } = model.input;
    const out = await session.run({ [model.inputName]: { data: makeInput(model.input, 1), dims: [1, c, h, w] } });
    const y = out[model.outputName];
    expect(y.dims).toEqual([1, model.output.c, SIZE, SIZE]);
    expect(model.output.c).toBe(model.input.c); // blocks keep the width, so they stack
    expect(y.data.every(Number.isFinite)).toBe(true);
    const rms = Math.sqrt(y.data.reduce((s, v) => s + v * v, 0) / y.data.length);
    // weights are scaled so ten blocks neither blow up nor fade into denormals (which would skew timing)
    expect(rms).toBeGreaterThan(1e-3);
    expect(rms).toBeLessThan(1e3);
    await session.release();
  });
});

it('runs unoptimised sessions too, with identical outputs', async () => {
  const model = buildVariant('g4', 'relu+shortcut', SIZE);
  const feeds = { input: { data: makeInput(model.input, 5), dims: [1, model.input.c, SIZE, SIZE] } };
  const a = await createSession(model.bytes, { optimize: true });
  const b = await createSession(model.bytes, { optimize: false });
  const ya = (await a.run(feeds))[model.outputName].data;
  const yb = (await b.run(feeds))[model.outputName].data;
  let maxDiff = 0;
  for (let i = 0; i < ya.length; i++) maxDiff = Math.max(maxDiff, Math.abs(ya[i] - yb[i]));
  expect(maxDiff).toBeLessThan(1e-3);
});
