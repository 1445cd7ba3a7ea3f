/**
 * A reader's torchvision export, edited to expose every tensor the explorer shows, runs in
 * onnxruntime-web and gives PyTorch's values (reference values written by
 * scripts/export-torchvision.py with forward hooks on the PyTorch model).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { onnx } from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { addExplorerOutputs, explorerOutputs, type ExplorerOutput } from '../../lib/onnxAddOutputs';
import { recogniseShuffleNetV2 } from '../../lib/onnxRecognize';
import {
  byomBytes,
  byomReference,
  readReference,
  referenceTensor,
  SMALL_FIXTURES,
  smallOptions,
  type ByomReference,
} from './byomHelpers';
import { MODEL_NAMES, ROOT, loadManifest, maxAbsDiff, modelBytes } from './helpers';

ort.env.wasm.numThreads = 1;
const TOLERANCE = 1e-4;

/** Runs the edited model on the reference input and compares every added output with PyTorch. */
async function expectPyTorchValues(
  bytes: Uint8Array,
  input: { name: string; shape: number[] },
  outputs: ExplorerOutput[],
  reference: ByomReference,
) {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
  const result = await session.run({
    [input.name]: new ort.Tensor('float32', referenceTensor(reference, 'input'), input.shape),
  });
  let largest = 0;
  for (const o of outputs) {
    const t = result[o.name];
    expect(t, o.name).toBeDefined();
    expect(Array.from(t.dims), o.name).toEqual(o.shape);
    const expected = referenceTensor(reference, o.name);
    const diff = maxAbsDiff(t.data as Float32Array, expected);
    expect(diff, `${o.name} differs from PyTorch by ${diff}`).toBeLessThanOrEqual(TOLERANCE);
    for (const v of expected) largest = Math.max(largest, Math.abs(v));
  }
  // the comparison means something: the activations are not all tiny
  expect(largest).toBeGreaterThan(0.5);
  await session.release();
}

describe.each(SMALL_FIXTURES)('$stem with the explorer outputs added', (fixture) => {
  const { stem } = fixture;
  const original = byomBytes(`${stem}.onnx`);
  const model = recogniseShuffleNetV2(original, smallOptions(fixture));
  const { bytes, outputs } = addExplorerOutputs(original, model);
  const reference = byomReference(stem);

  it('lists the same tensors PyTorch recorded, per unit: split halves, every branch op, concat, shuffle', () => {
    const recorded = Object.keys(reference.tensors).filter((n) => n !== 'input');
    expect(outputs.map((o) => o.name).sort()).toEqual(recorded.sort());
    for (const o of outputs) expect(o.shape).toEqual(reference.tensors[o.name].shape);
    const unit = outputs.filter((o) => o.stage === 2 && o.unit === 2).map((o) => `${o.name}:${o.kind}`);
    expect(unit).toEqual([
      'stage2.unit2.right.split:split',
      'stage2.unit2.left:branch',
      'stage2.unit2.right.conv1:op',
      'stage2.unit2.right.dw:op',
      'stage2.unit2.right:branch',
      'stage2.unit2.concat:concat',
      'stage2.unit2.shuffle:shuffle',
    ]);
  });

  it('keeps the computation: only Identity nodes and one Softmax are added', () => {
    const before = onnx.ModelProto.decode(original).graph!.node!.length;
    const after = onnx.ModelProto.decode(bytes).graph!.node!;
    const added = after.slice(before).map((n) => n.opType);
    expect(added.filter((op) => op !== 'Identity')).toEqual(['Softmax']);
    expect(added.length).toBe(outputs.length + 1);
  });

  it(`runs in onnxruntime-web and every tensor matches PyTorch within ${TOLERANCE}`, async () => {
    await expectPyTorchValues(bytes, model.input, outputs, reference);
  });
});

describe('opset 18, where ReduceMean takes its axes as an input', () => {
  it('is read and runs like the opset-13 export it was rewritten from', async () => {
    const model13 = onnx.ModelProto.decode(byomBytes('small-opset13.onnx'));
    model13.opsetImport![0].version = 18;
    const reduce = model13.graph!.node!.find((n) => n.opType === 'ReduceMean')!;
    const axes = reduce.attribute!.find((a) => a.name === 'axes')!.ints!.map(Number);
    reduce.attribute = reduce.attribute!.filter((a) => a.name !== 'axes');
    const raw = new Uint8Array(8 * axes.length);
    axes.forEach((a, i) => new DataView(raw.buffer).setBigInt64(8 * i, BigInt(a), true));
    model13.graph!.initializer!.push(
      onnx.TensorProto.create({
        name: 'reduce_axes',
        dataType: onnx.TensorProto.DataType.INT64,
        dims: [axes.length],
        rawData: raw,
      }),
    );
    reduce.input!.push('reduce_axes');
    const original = onnx.ModelProto.encode(model13).finish();
    const model = recogniseShuffleNetV2(original);
    expect(model.opset).toBe(18);
    expect(model.pool).toMatchObject({ op: 'ReduceMean', channels: 128 });
    const { bytes, outputs } = addExplorerOutputs(original, model);
    await expectPyTorchValues(bytes, model.input, outputs, byomReference('small-opset13'));
  });
});

describe.each(MODEL_NAMES)("the book's own %s model", (name) => {
  it('already names and outputs every tensor the explorer shows: nothing is added', () => {
    const manifest = loadManifest(name);
    const original = modelBytes(name, manifest);
    const model = recogniseShuffleNetV2(original);
    const listed = explorerOutputs(model);
    expect(listed.every((o) => o.name === o.tensor)).toBe(true);
    expect(listed.map((o) => o.name).sort()).toEqual(manifest.outputs.map((o) => o.name).sort());
    const { bytes } = addExplorerOutputs(original, model);
    const added = onnx.ModelProto.decode(bytes).graph!.node!.slice(
      onnx.ModelProto.decode(original).graph!.node!.length,
    );
    expect(added).toEqual([]);
  });
});

// The real x0.5 (1.4 M parameters, 224×224) is too large to commit with its weights, so it is
// exported here when Debian's PyTorch is installed (training/install.sh), and skipped otherwise.
const PYTHON = '/usr/bin/python3';
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch, torchvision, onnx'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasTorch)('torchvision shufflenet_v2_x0_5 exported now (opset 17, 224×224)', () => {
  it('is recognised as x0.5 and every tensor matches PyTorch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byom-'));
    try {
      const file = join(dir, 'x0.5.onnx');
      const run = spawnSync(
        PYTHON,
        [
          join(ROOT, 'scripts/export-torchvision.py'),
          '--width',
          '0.5',
          '--opset',
          '17',
          '--out',
          file,
          '--reference',
          join(dir, 'x0.5'),
        ],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      const original = new Uint8Array(readFileSync(file));
      const model = recogniseShuffleNetV2(original);
      expect(model.publishedWidth).toBe('0.5');
      expect(model.weightsPresent).toBe(true);
      const { bytes, outputs } = addExplorerOutputs(original, model);
      const reference = readReference(join(dir, 'x0.5'));
      expect(outputs.map((o) => o.name).sort()).toEqual(
        Object.keys(reference.tensors)
          .filter((n) => n !== 'input')
          .sort(),
      );
      await expectPyTorchValues(bytes, model.input, outputs, reference);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
