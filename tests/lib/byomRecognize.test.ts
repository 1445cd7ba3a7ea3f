/**
 * Recognising a reader's ShuffleNetV2: torchvision exports (made by scripts/export-torchvision.py)
 * and the book's own models, compared against PyTorch's own counts and the shipped manifests; and
 * the refusals, each with the message a reader would see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onnx } from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/random';
import { manifestArchitecture } from '../../lib/onnxAddOutputs';
import {
  MAX_MODEL_BYTES,
  RecogniseError,
  recogniseShuffleNetV2,
  toNetworkSpec,
  type RecognisedModel,
} from '../../lib/onnxRecognize';
import { networkTable, WIDTHS } from '../../lib/network';
import * as ort from 'onnxruntime-web';
import { weightReader } from '../../lib/onnxWeights';
import { classNames, ownModelManifest, prepareOwnModel } from '../../lib/ownModel';
import { explainValue } from '../../lib/valueComputation';
import { byomBytes, byomReference, referenceTensor, SMALL_FIXTURES, smallOptions } from '../model/byomHelpers';
import { MODEL_NAMES, ROOT, loadManifest, modelBytes } from '../model/helpers';

const torchvision = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/torchvision/shufflenetv2.json'), 'utf8')) as {
  models: Record<
    string,
    {
      params: number;
      multiplyAdds: number;
      stageOutChannels: number[];
      stageRepeats: number[];
      layers: { name: string; outputShape: number[] }[];
    }
  >;
};

function refusal(bytes: Uint8Array, options = {}): RecogniseError {
  try {
    recogniseShuffleNetV2(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(RecogniseError);
    return error as RecogniseError;
  }
  throw new Error('the model was recognised, but it should have been refused');
}

/** Decodes a fixture, lets `edit` change it, encodes it again. */
function edited(file: string, edit: (m: onnx.ModelProto) => void): Uint8Array {
  const model = onnx.ModelProto.decode(byomBytes(file));
  edit(model);
  return onnx.ModelProto.encode(model).finish();
}

const unitTypes = (m: RecognisedModel) => m.stages.map((s) => s.units.map((u) => u.type).join(' '));

describe.each(SMALL_FIXTURES)('torchvision export $stem', (fixture) => {
  const { stem, opset, bnFolded, dynamic } = fixture;
  const model = recogniseShuffleNetV2(byomBytes(`${stem}.onnx`), smallOptions(fixture));
  const reference = byomReference(stem);

  it('finds the stem, max pool, three stages of a down-sampling then a basic unit, conv5 and the classifier', () => {
    expect(model.opset).toBe(opset);
    expect(model.input.shape).toEqual([1, 3, 64, 64]);
    expect(model.input.sizeAssumed).toBe(dynamic);
    expect(model.stem).toMatchObject({ kernel: 3, stride: 2, outChannels: 8, outSize: [32, 32], relu: true });
    expect(model.maxPool).toMatchObject({ kernel: 3, stride: 2, padding: 1, outSize: [16, 16] });
    expect(model.stagesOutChannels).toEqual([8, 16, 32, 64, 128]);
    expect(model.stagesRepeats).toEqual([2, 2, 2]);
    expect(model.stages.map((s) => [s.name, s.outSize])).toEqual([
      ['stage2', [8, 8]],
      ['stage3', [4, 4]],
      ['stage4', [2, 2]],
    ]);
    expect(unitTypes(model)).toEqual(['down basic', 'down basic', 'down basic']);
    expect(model.pool.op).toBe('ReduceMean');
    expect(model.classifier).toMatchObject({ op: 'Gemm', classes: 10 });
    // Gemm(pooled, fc.weight, fc.bias, transB=1): row k of the weight is class k's
    expect(model.classifier.weightNames).toEqual({ weight: 'fc.weight', bias: 'fc.bias', transposed: false });
    expect(model.probs).toBeNull();
    expect(model.bnFolded).toBe(bnFolded);
    expect(model.weightsPresent).toBe(true);
    expect(model.publishedWidth).toBeNull();
  });

  it("splits basic units with torch's chunk (two Slices), halves of 8, 16 and 32 channels", () => {
    const basics = model.units.filter((u) => u.type === 'basic');
    expect(basics.map((u) => [u.split?.via, u.split?.channels])).toEqual([
      ['Slice', 8],
      ['Slice', 16],
      ['Slice', 32],
    ]);
    for (const u of model.units) {
      expect(u.right.map((c) => c.kind)).toEqual(['conv1x1', 'dwconv3x3', 'conv1x1']);
      expect(u.right.map((c) => c.relu)).toEqual([true, false, true]);
      expect(u.left.map((c) => c.kind)).toEqual(u.type === 'down' ? ['dwconv3x3', 'conv1x1'] : []);
      expect(u.shuffle.groups).toBe(2);
    }
  });

  it("counts PyTorch's parameters and multiply-adds from the graph, as lib/network.ts does", () => {
    expect(model.params).toBe(reference.params);
    expect(model.multiplyAdds).toBe(reference.multiplyAdds);
    const table = networkTable(toNetworkSpec(model));
    expect(model.params).toBe(table.params);
    expect(model.multiplyAdds).toBe(table.flops);
  });
});

describe.each(WIDTHS)('torchvision shufflenet_v2_x%s (structure only, 224×224, opset 13)', (width) => {
  const file = `x${width}-opset13-structure.onnx`;
  const model = recogniseShuffleNetV2(byomBytes(file));
  const truth = torchvision.models[width];

  it('matches the published width, with 4, 8 and 4 units per stage', () => {
    expect(model.publishedWidth).toBe(width);
    expect(model.stagesOutChannels).toEqual(truth.stageOutChannels);
    expect(model.stagesRepeats).toEqual(truth.stageRepeats);
    expect(unitTypes(model).map((s) => s.split(' ').filter((t) => t === 'down').length)).toEqual([1, 1, 1]);
    expect(model.classifier.classes).toBe(1000);
    expect(model.weightsPresent).toBe(false);
  });

  it("has torchvision's parameter count, multiply-adds and feature-map sizes", () => {
    expect(model.params).toBe(truth.params);
    expect(model.multiplyAdds).toBe(truth.multiplyAdds);
    const size = (name: string) => truth.layers.find((l) => l.name === name)!.outputShape;
    expect([model.stem.outChannels, ...model.stem.outSize]).toEqual(size('conv1'));
    expect([model.stem.outChannels, ...model.maxPool!.outSize]).toEqual(size('maxpool'));
    model.stages.forEach((s) => expect([s.outChannels, ...s.outSize]).toEqual(size(s.name)));
  });
});

it('assumes 224×224 for a dynamic-size export unless told otherwise', () => {
  const model = recogniseShuffleNetV2(byomBytes('small-opset17-dynamic.onnx'));
  expect(model.input).toMatchObject({ shape: [1, 3, 224, 224], sizeAssumed: true });
  expect(model.stages.map((s) => s.outSize)).toEqual([
    [28, 28],
    [14, 14],
    [7, 7],
  ]);
});

it('recognises an opset-17 export that keeps BatchNormalization nodes as the same x0.5', () => {
  const kept = recogniseShuffleNetV2(byomBytes('x0.5-opset17-bn-structure.onnx'));
  expect(kept.bnFolded).toBe(false);
  expect(kept.publishedWidth).toBe('0.5');
  expect(kept.params).toBe(torchvision.models['0.5'].params);
  // the running mean and variance are stored too, but are not parameters
  expect(kept.storedWeights).toBeGreaterThan(kept.params);
});

describe('other common layouts of the head', () => {
  it('reads GlobalAveragePool → Flatten → MatMul + Add (e.g. from other exporters or simplifiers)', async () => {
    const bytes = edited('small-opset13.onnx', (m) => {
      const g = m.graph!;
      const nodes = g.node!;
      const i = nodes.findIndex((n) => n.opType === 'ReduceMean');
      const reduce = nodes[i];
      const gemm = nodes.find((n) => n.opType === 'Gemm')!;
      const pooled = reduce.output![0];
      nodes.splice(
        i,
        1,
        onnx.NodeProto.create({ name: 'gap', opType: 'GlobalAveragePool', input: reduce.input, output: ['gap_out'] }),
        onnx.NodeProto.create({
          name: 'flatten',
          opType: 'Flatten',
          input: ['gap_out'],
          output: [pooled],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }],
        }),
      );
      // MatMul wants the weight as in × out: only its dims matter for recognising
      const weight = g.initializer!.find((t) => t.name === gemm.input![1])!;
      weight.dims = [...weight.dims!].reverse();
      const logits = gemm.output![0];
      Object.assign(gemm, { opType: 'MatMul', input: [pooled, gemm.input![1]], output: ['matmul_out'], attribute: [] });
      nodes.push(
        onnx.NodeProto.create({
          name: 'bias',
          opType: 'Add',
          input: ['matmul_out', gemm.input![1].replace('weight', 'bias')],
          output: [logits],
        }),
      );
    });
    const model = recogniseShuffleNetV2(bytes);
    expect(model.pool).toMatchObject({ op: 'GlobalAveragePool', channels: 128 });
    expect(model.classifier).toMatchObject({ op: 'MatMul+Add', classes: 10 });
    expect(model.params).toBe(byomReference('small-opset13').params);
    // MatMul reads its weight as in × out: column k is class k's (the values here are the Gemm's, reshaped,
    // so the scores differ from the original model's, but the runtime and the explanation read the same file)
    expect(model.classifier.weightNames).toEqual({ weight: 'fc.weight', bias: 'fc.bias', transposed: true });
    const prepared = prepareOwnModel(bytes);
    const manifest = ownModelManifest(prepared, 'mine.onnx', classNames(10, null), { mean: [0, 0, 0], std: [1, 1, 1] });
    const fc = manifest.outputs.find((o) => o.layer?.op === 'fc')!;
    ort.env.wasm.numThreads = 1;
    const session = await ort.InferenceSession.create(prepared.bytes, { executionProviders: ['wasm'] });
    const input = referenceTensor(byomReference('small-opset13'), 'input');
    const ran = await session.run({ [model.input.name]: new ort.Tensor('float32', input, model.input.shape) });
    const plain = (name: string) => ({ data: ran[name].data as Float32Array, dims: ran[name].dims.map(Number) });
    const w = weightReader(bytes)(['fc.weight', 'fc.bias']);
    for (let k = 0; k < 10; k++) {
      const e = explainValue(
        fc,
        { [fc.layer!.inputs[0]]: plain(fc.layer!.inputs[0]) },
        { weight: w['fc.weight'], bias: w['fc.bias'] },
        { channel: k, y: 0, x: 0 },
      );
      expect(Math.abs(e.value - plain(fc.name).data[k]), `class ${k}`).toBeLessThanOrEqual(1e-4);
    }
    await session.release();
  });

  it('refuses a bias Add anywhere but after the classifier', () => {
    const bytes = edited('small-opset13.onnx', (m) => {
      const nodes = m.graph!.node!;
      const i = nodes.findIndex((n) => n.opType === 'MaxPool');
      const pool = nodes[i];
      const out = pool.output![0];
      pool.output = ['pool_raw'];
      m.graph!.initializer!.push(
        onnx.TensorProto.create({
          name: 'shift',
          dataType: onnx.TensorProto.DataType.FLOAT,
          dims: [1],
          floatData: [0.5],
        }),
      );
      nodes.splice(
        i + 1,
        0,
        onnx.NodeProto.create({ name: 'shift_add', opType: 'Add', input: ['pool_raw', 'shift'], output: [out] }),
      );
    });
    const error = refusal(bytes);
    expect(error.code).toBe('not-shufflenet');
    expect(error.message).toContain('Add ("shift_add")');
  });
});

describe.each(MODEL_NAMES)("the book's own %s model", (name) => {
  const manifest = loadManifest(name);
  const model = recogniseShuffleNetV2(modelBytes(name, manifest));
  const architecture = manifestArchitecture(model);

  it('is recognised unit by unit as its manifest describes it (one Split node per basic unit)', () => {
    expect(model.maxPool).toBeNull();
    expect(model.units.filter((u) => u.type === 'basic').every((u) => u.split?.via === 'Split')).toBe(true);
    expect(architecture.units).toEqual(manifest.units);
    // The manifest describes each output for readers (description, op, inputs, weights, and the
    // op-by-op 'layer' outputs); the recogniser's architecture carries the structural fields.
    const structural = manifest.outputs
      .filter((o) => o.role !== 'layer')
      .map((o) => ({
        name: o.name,
        role: o.role,
        stage: o.stage,
        unit: o.unit,
        unitType: o.unitType,
        ...(o.branch ? { branch: o.branch } : {}),
        shape: o.shape,
      }));
    expect(architecture.outputs).toEqual(structural);
    expect(architecture.stages).toEqual(manifest.stages);
    expect(architecture.stem).toEqual(manifest.stem);
    expect(architecture.conv5).toEqual(manifest.conv5);
    expect(model.probs).toBe('probs');
  });

  it('has the parameter and multiply-add counts of its manifest', () => {
    expect(architecture.params).toBe(manifest.params);
    expect(architecture.paramsFolded).toBe(manifest.paramsFolded);
    expect(model.storedWeights).toBe(manifest.paramsFolded);
    expect(architecture.multiplyAdds).toBe(manifest.multiplyAdds);
  });
});

describe('refusals', () => {
  it('says a file that is not ONNX is not ONNX', () => {
    const random = mulberry32(7);
    const noise = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
    for (const bytes of [noise, new TextEncoder().encode('just some text, not a model'), new Uint8Array(0)]) {
      const error = refusal(bytes);
      expect(error.code).toBe('not-onnx');
      expect(error.message).toMatch(/^This file is not an ONNX model/);
    }
  });

  it('says a ResNet is not a ShuffleNetV2 because of its residual Adds', () => {
    const error = refusal(byomBytes('tiny-resnet.onnx'));
    expect(error.code).toBe('not-shufflenet');
    expect(error.expected).toBe('units that concatenate their two branches');
    expect(error.message).toContain('found element-wise Add on the data path');
    expect(error.message).toContain('residual connections, which ShuffleNetV2 units do not have');
  });

  it("does not take the chunk's index arithmetic (Add, Div on shapes) for element-wise additions", () => {
    const adds = onnx.ModelProto.decode(byomBytes('small-opset13.onnx')).graph!.node!.filter(
      (n) => n.opType === 'Add' || n.opType === 'Div',
    );
    expect(adds.length).toBeGreaterThan(0);
    expect(() => recogniseShuffleNetV2(byomBytes('small-opset13.onnx'))).not.toThrow();
  });

  it('names a missing channel shuffle', () => {
    const bytes = edited('small-opset13.onnx', (m) => {
      const transpose = m.graph!.node!.find((n) => n.opType === 'Transpose')!;
      transpose.attribute![0].ints = [0, 1, 2, 3, 4];
    });
    const error = refusal(bytes);
    expect(error.code).toBe('not-shufflenet');
    expect(error.message).toContain(
      'expected a channel shuffle (Reshape → Transpose → Reshape) after the concat of stage2.unit1',
    );
  });

  it('names an op a ShuffleNetV2 does not have', () => {
    const bytes = edited('small-opset13.onnx', (m) => {
      m.graph!.node!.find((n) => n.opType === 'Relu')!.opType = 'HardSwish';
    });
    const error = refusal(bytes);
    expect(error.code).toBe('unsupported-op');
    expect(error.message).toMatch(/^The model uses HardSwish \(".*"\), which is not part of a ShuffleNetV2/);
  });

  it('refuses runtime-specific operators', () => {
    const bytes = edited('small-opset13.onnx', (m) => {
      const relu = m.graph!.node!.find((n) => n.opType === 'Relu')!;
      relu.opType = 'FusedConv';
      relu.domain = 'com.microsoft';
    });
    expect(refusal(bytes).message).toContain('com.microsoft.FusedConv');
  });

  it('names an opset outside 13 to 21', () => {
    for (const version of [11, 22]) {
      const bytes = edited('small-opset13.onnx', (m) => {
        m.opsetImport![0].version = version;
      });
      const error = refusal(bytes);
      expect(error.code).toBe('unsupported-opset');
      expect(error.message).toContain(`opset ${version}; the explorer reads opsets 13 to 21`);
    }
  });

  it('refuses a file too large for the browser before decoding it', () => {
    const error = refusal(new Uint8Array(MAX_MODEL_BYTES + 1));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^The file is 64\.0 MB; the explorer opens models up to 64\.0 MB/);
    // while the largest published width fits
    expect(MAX_MODEL_BYTES).toBeGreaterThan(4 * torchvision.models['2.0'].params * 1.05);
    expect(refusal(byomBytes('small-opset13.onnx'), { maxBytes: 1000 }).code).toBe('too-large');
  });
});
