/**
 * A reader's torchvision export: every value the explorer explains — the max pool's and the FC
 * layer's included — recomputed from its inputs and the file's own weights agrees with what
 * onnxruntime-web computed (≤ 1e-4), at corners (windows over the padding), edges and inside.
 */
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { IMAGENET_MEAN, IMAGENET_STD } from '../../lib/onnxRecognizeInput';
import { weightReader } from '../../lib/onnxWeights';
import type { PlainTensor } from '../../lib/ort';
import { classNames, ownModelManifest, prepareOwnModel } from '../../lib/ownModel';
import {
  chw,
  explainValue,
  explanationInputs,
  explanationWeights,
  valueAt,
  type ValuePosition,
} from '../../lib/valueComputation';
import { byomBytes, byomReference, referenceTensor, SMALL_FIXTURES, smallOptions } from './byomHelpers';

ort.env.wasm.numThreads = 1;
const TOLERANCE = 1e-4;

function positions(t: PlainTensor): ValuePosition[] {
  const [c, h, w] = chw(t);
  const spots =
    h === 1
      ? [[0, 0]]
      : [
          [0, 0],
          [h - 1, w - 1],
          [0, w - 1],
          [Math.floor(h / 2), Math.floor(w / 2)],
        ];
  return [...new Set([0, c - 1, Math.floor(c / 2)])].flatMap((channel) => spots.map(([y, x]) => ({ channel, y, x })));
}

describe.each(SMALL_FIXTURES.filter((f) => !f.dynamic))('$stem: one value recomputed', (fixture) => {
  it('agrees with the runtime for the max pool, the FC layer and every other op it explains', async () => {
    const file = byomBytes(`${fixture.stem}.onnx`);
    const prepared = prepareOwnModel(file, smallOptions(fixture));
    const manifest = ownModelManifest(prepared, 'mine.onnx', classNames(10, null), {
      mean: IMAGENET_MEAN,
      std: IMAGENET_STD,
    });
    const readWeights = weightReader(file);
    const session = await ort.InferenceSession.create(prepared.bytes, { executionProviders: ['wasm'] });
    const input = { data: referenceTensor(byomReference(fixture.stem), 'input'), dims: manifest.input.shape };
    const result = await session.run({ [manifest.input.name]: new ort.Tensor('float32', input.data, input.dims) });
    const tensors: Record<string, PlainTensor> = { [manifest.input.name]: input };
    for (const [k, t] of Object.entries(result))
      tensors[k] = { data: t.data as Float32Array, dims: t.dims.map(Number) };

    const covered = new Set<string>();
    for (const spec of manifest.outputs) {
      const op = spec.layer!.op;
      const names = explanationWeights(spec);
      // with BN kept as its own node there is no folded kernel: those convs are not recomputed
      if (['conv1x1', 'conv3x3', 'dwconv3x3'].includes(op) && !names.length) continue;
      const w = names.length ? readWeights(names) : null;
      const weights = w ? { weight: w[names[0]], bias: w[names[1]] } : null;
      const inputs = Object.fromEntries(explanationInputs(spec).map((n) => [n, tensors[n]]));
      for (const p of positions(tensors[spec.name])) {
        const e = explainValue(spec, inputs, weights, p);
        expect(
          Math.abs(e.value - valueAt(tensors[spec.name], p)),
          `${spec.name} at ${JSON.stringify(p)}`,
        ).toBeLessThanOrEqual(TOLERANCE);
        covered.add(op);
      }
    }
    expect(covered).toContain('maxpool');
    expect(covered).toContain('fc');
    // the RGB stem (a window of each colour channel, summed) with the folded kernel
    if (fixture.bnFolded) expect([...covered]).toEqual(expect.arrayContaining(['conv3x3', 'dwconv3x3', 'conv1x1']));
    await session.release();
  });

  it('a max pool window at the corner has padding, which is never the largest', () => {
    const prepared = prepareOwnModel(byomBytes(`${fixture.stem}.onnx`), smallOptions(fixture));
    const manifest = ownModelManifest(prepared, 'mine.onnx', classNames(10, null), {
      mean: IMAGENET_MEAN,
      std: IMAGENET_STD,
    });
    const spec = manifest.outputs.find((o) => o.layer?.op === 'maxpool')!;
    // torchvision's MaxPool2d(kernel_size=3, stride=2, padding=1)
    expect(spec.layer!.window).toEqual({ kernel: 3, stride: 2, padding: 1 });
    const fc = manifest.outputs.find((o) => o.layer?.op === 'fc')!;
    expect(fc.layer!.weights).toEqual({
      weight: 'fc.weight',
      bias: 'fc.bias',
      inChannels: 128,
      outChannels: 10,
      transposed: false,
    });
    // stem values all negative but one, at the window's only non-padding corner cell that is not the first
    const stem = { dims: [1, 8, 32, 32], data: new Float32Array(8 * 32 * 32).fill(-1) };
    stem.data[1 * 32 + 1] = -0.5; // channel 0, row 1, column 1
    const e = explainValue(spec, { [spec.layer!.inputs[0]]: stem }, null, { channel: 0, y: 0, x: 0 });
    if (e.kind !== 'max') throw new Error(e.kind);
    expect(e.origin).toEqual({ y: -1, x: -1 });
    expect(e.cells.filter((c) => c.padding)).toHaveLength(5);
    // the padding reads 0 in the cells but takes no part: the largest of −1, −1, −1, −0.5 is −0.5
    expect(e.value).toBe(-0.5);
    expect(e.cells[e.largest]).toMatchObject({ inY: 1, inX: 1, padding: false });
  });
});
