/**
 * Every kind of value the explorer explains, recomputed from its inputs and the weights read from
 * the model file, agrees with what onnxruntime-web computed (≤ 1e-4), at corners (where the
 * window reads the zero padding), edges and inside, for both shipped models.
 */
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSamples, preprocessPixels, type ModelManifest, type OutputSpec } from '../../lib/manifest';
import { weightReader } from '../../lib/onnxWeights';
import type { PlainTensor } from '../../lib/ort';
import {
  chw,
  explainValue,
  explanationInputs,
  explanationWeights,
  valueAt,
  type ValuePosition,
} from '../../lib/valueComputation';
import { MODEL_NAMES, loadManifest, modelBytes, samplesBytes } from './helpers';

ort.env.wasm.numThreads = 1;
const TOLERANCE = 1e-4;

/** Corners, an edge, the middle; first, last and a middle channel. */
function positions(t: PlainTensor): ValuePosition[] {
  const [c, h, w] = chw(t);
  const spots =
    h === 1
      ? [[0, 0]]
      : [
          [0, 0],
          [h - 1, w - 1],
          [0, w - 1],
          [h - 1, 0],
          [Math.floor(h / 2), 0],
          [Math.floor(h / 2), Math.floor(w / 2)],
        ];
  const channels = [...new Set([0, c - 1, Math.floor(c / 2) + 1 < c ? Math.floor(c / 2) + 1 : 0])];
  return channels.flatMap((channel) => spots.map(([y, x]) => ({ channel, y, x })));
}

/** Which kind of op an output is, with the stride of a depthwise conv: the kinds the test must cover. */
function kindOf(spec: OutputSpec): string {
  const l = spec.layer!;
  return l.op === 'dwconv3x3' ? `dwconv3x3 s${l.weights!.stride}` : l.op;
}

describe.each(MODEL_NAMES)('%s model: one value recomputed', (name) => {
  let manifest: ModelManifest;
  let tensors: Record<string, PlainTensor>;
  let readWeights: ReturnType<typeof weightReader>;

  beforeAll(async () => {
    manifest = loadManifest(name);
    const bytes = modelBytes(name, manifest);
    readWeights = weightReader(bytes);
    const samples = parseSamples(samplesBytes(name, manifest), manifest.samples.count);
    const input = {
      data: preprocessPixels(samples.images[3], manifest.input.preprocessing),
      dims: manifest.input.shape,
    };
    const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
    const result = await session.run({ [manifest.input.name]: new ort.Tensor('float32', input.data, input.dims) });
    tensors = { [manifest.input.name]: input };
    for (const [k, t] of Object.entries(result))
      tensors[k] = { data: t.data as Float32Array, dims: t.dims.map(Number) };
  });

  it('agrees with the runtime for every op kind, at borders and inside', () => {
    const covered = new Map<string, number>();
    let worst = 0;
    for (const spec of manifest.outputs) {
      const names = explanationWeights(spec);
      const w = names.length ? readWeights(names) : null;
      const weights = w ? { weight: w[names[0]], bias: w[names[1]] } : null;
      const inputs = Object.fromEntries(explanationInputs(spec).map((n) => [n, tensors[n]]));
      for (const p of positions(tensors[spec.name])) {
        const e = explainValue(spec, inputs, weights, p);
        const diff = Math.abs(e.value - valueAt(tensors[spec.name], p));
        expect(diff, `${spec.name} at ${JSON.stringify(p)}`).toBeLessThanOrEqual(TOLERANCE);
        worst = Math.max(worst, diff);
        covered.set(kindOf(spec), (covered.get(kindOf(spec)) ?? 0) + 1);
      }
    }
    expect([...covered.keys()].sort()).toEqual([
      'avgpool',
      'concat',
      'conv1x1',
      'conv3x3',
      'dwconv3x3 s1',
      'dwconv3x3 s2',
      'fc',
      'shuffle',
      'softmax',
      'split',
    ]);
    console.log(
      `${name}: largest |recomputed − runtime| = ${worst.toExponential(2)} over ${[...covered.values()].reduce((a, b) => a + b)} values`,
    );
  });

  it('a corner window reads the zero padding; an inner one does not', () => {
    const spec = manifest.outputs.find((o) => o.layer?.op === 'dwconv3x3' && o.layer.weights!.stride === 2)!;
    const names = explanationWeights(spec);
    const w = readWeights(names);
    const inputs = { [spec.layer!.inputs[0]]: tensors[spec.layer!.inputs[0]] };
    const corner = explainValue(spec, inputs, { weight: w[names[0]], bias: w[names[1]] }, { channel: 0, y: 0, x: 0 });
    const inner = explainValue(spec, inputs, { weight: w[names[0]], bias: w[names[1]] }, { channel: 0, y: 3, x: 3 });
    if (corner.kind !== 'patch' || inner.kind !== 'patch') throw new Error('expected windows');
    // stride 2, padding 1: output (0, 0) reads rows and columns −1 … 1, output (3, 3) reads 5 … 7
    expect(corner.origin).toEqual({ y: -1, x: -1 });
    expect(corner.windows[0].cells.filter((c) => c.padding)).toHaveLength(5);
    expect(inner.origin).toEqual({ y: 5, x: 5 });
    expect(inner.windows[0].cells.some((c) => c.padding)).toBe(false);
    // the depthwise conv has no ReLU, and somewhere its values go negative
    expect(corner.relu).toBe(false);
  });
});
