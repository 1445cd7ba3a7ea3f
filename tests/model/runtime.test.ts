/**
 * The shipped models really run in onnxruntime-web and agree with PyTorch; the book's own
 * split / concat / shuffle functions reproduce the network's tensors exactly; and the accuracy
 * on the shipped held-out samples is computed here from scratch.
 */
import { onnx } from 'onnx-proto';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelSources, fetchedOutputs, isDerived, withDerivedTensors } from '../../lib/derivedTensors';
import { channelMean, thumbnailMean } from '../../lib/overview';
import { parseSamples, preprocessPixels, type ModelManifest } from '../../lib/manifest';
import { floatInitializers } from '../../lib/onnxWeights';
import { permuteChannels, shufflePermutation, splitChannels } from '../../lib/shuffle';
import {
  MODEL_NAMES,
  goldenTensor,
  loadGolden,
  loadManifest,
  maxAbsDiff,
  modelBytes,
  samplesBytes,
  type Golden,
  type ModelName,
} from './helpers';

ort.env.wasm.numThreads = 1;

/** The float initializers (weights and biases) of an ONNX model by name, read as the explorer reads them. */
function initializers(bytes: Uint8Array): Map<string, Float32Array> {
  return new Map([...floatInitializers(onnx.ModelProto.decode(bytes))].map(([name, t]) => [name, t.data]));
}

const MIN_ACCURACY: Record<ModelName, number> = { digits: 0.99, fashion: 0.92 };
const TOLERANCE = 1e-4;

type Outputs = Record<string, Float32Array>;

async function runAll(session: ort.InferenceSession, manifest: ModelManifest, input: Float32Array): Promise<Outputs> {
  const feeds = { [manifest.input.name]: new ort.Tensor('float32', input, manifest.input.shape) };
  const result = await session.run(feeds);
  const out: Outputs = {};
  for (const spec of manifest.outputs) {
    const t = result[spec.name];
    expect(t, `output ${spec.name}`).toBeDefined();
    expect(Array.from(t.dims)).toEqual(spec.shape);
    out[spec.name] = t.data as Float32Array;
  }
  return out;
}

describe.each(MODEL_NAMES)('%s model in onnxruntime-web', (name) => {
  let manifest: ModelManifest;
  let session: ort.InferenceSession;
  let golden: Golden;
  let samples: { images: Uint8Array[]; labels: Uint8Array };
  const runs: Outputs[] = [];

  beforeAll(async () => {
    manifest = loadManifest(name);
    golden = loadGolden(name);
    samples = parseSamples(samplesBytes(name, manifest), manifest.samples.count);
    session = await ort.InferenceSession.create(modelBytes(name, manifest), { executionProviders: ['wasm'] });
    for (const g of golden.samples) {
      runs.push(
        await runAll(session, manifest, preprocessPixels(samples.images[g.sample], manifest.input.preprocessing)),
      );
    }
  });

  it('golden fixtures describe the manifest outputs and the shipped samples', () => {
    expect(golden.outputs).toEqual(manifest.outputs.map((o) => o.name));
    expect(golden.samples.length).toBe(3);
    for (const g of golden.samples) {
      expect(samples.labels[g.sample]).toBe(g.label);
      for (const o of manifest.outputs) expect(g.tensors[o.name].shape).toEqual(o.shape);
    }
  });

  it('the manifest preprocessing reproduces the exact PyTorch input', () => {
    for (const g of golden.samples) {
      const ours = preprocessPixels(samples.images[g.sample], manifest.input.preprocessing);
      expect(maxAbsDiff(ours, goldenTensor(golden, g, 'input'))).toBeLessThanOrEqual(1e-6);
    }
  });

  it(`every output matches PyTorch within ${TOLERANCE}`, () => {
    let worst = { diff: 0, name: '' };
    golden.samples.forEach((g, s) => {
      for (const o of manifest.outputs) {
        const diff = maxAbsDiff(runs[s][o.name], goldenTensor(golden, g, o.name));
        expect(diff, `${o.name} (sample ${g.sample})`).toBeLessThanOrEqual(TOLERANCE);
        if (diff > worst.diff) worst = { diff, name: o.name };
      }
    });
    console.log(`${name}: largest |onnxruntime-web − PyTorch| = ${worst.diff.toExponential(2)} (${worst.name})`);
  });

  it('every output has the kind of values the manifest says: ≥ 0 after a ReLU, signed depthwise maps, probabilities', () => {
    for (const o of manifest.outputs) {
      const all = runs.flatMap((out) => Array.from(out[o.name]));
      const min = Math.min(...all);
      if (o.layer!.values === 'nonnegative') expect(min, o.name).toBeGreaterThanOrEqual(0);
      if (o.layer!.values === 'probability') expect(min >= 0 && Math.max(...all) <= 1, o.name).toBe(true);
      // a depthwise conv has no ReLU: its maps really go negative (why the explorer draws them diverging)
      if (o.layer!.op === 'dwconv3x3') expect(min, o.name).toBeLessThan(0);
    }
  });

  it('recomputes values of every conv and the FC layer from the initializers the manifest names (≤ 1e-4)', () => {
    const weights = initializers(modelBytes(name, manifest));
    let checked = 0;
    for (const o of manifest.outputs.filter((x) => x.layer!.weights)) {
      const w = o.layer!.weights!;
      const W = weights.get(w.weight)!;
      const B = weights.get(w.bias)!;
      expect(W, w.weight).toBeDefined();
      for (const [s, out] of runs.entries()) {
        const input =
          o.layer!.inputs[0] === manifest.input.name
            ? preprocessPixels(samples.images[golden.samples[s].sample], manifest.input.preprocessing)
            : out[o.layer!.inputs[0]];
        const got = out[o.name];
        for (let k = 0; k < 4; k++) {
          const index = Math.floor(
            (((k * 2654435761 + s * 40503 + o.name.length * 97) % 4294967296) / 4294967296) * got.length,
          );
          let value: number;
          if (o.layer!.op === 'fc') {
            value = B[index];
            for (let c = 0; c < w.inChannels; c++) value += W[index * w.inChannels + c] * input[c];
          } else {
            const [, , oh, ow] = o.shape;
            const inSpec =
              o.layer!.inputs[0] === manifest.input.name
                ? manifest.input.shape
                : manifest.outputs.find((x) => x.name === o.layer!.inputs[0])!.shape;
            const [, , ih, iw] = inSpec;
            const oc = Math.floor(index / (oh * ow)),
              y = Math.floor((index % (oh * ow)) / ow),
              x = index % ow;
            const perGroup = w.inChannels / w.groups!,
              outPerGroup = w.outChannels / w.groups!;
            const g = Math.floor(oc / outPerGroup);
            value = B[oc];
            for (let ci = 0; ci < perGroup; ci++) {
              for (let ky = 0; ky < w.kernel!; ky++) {
                for (let kx = 0; kx < w.kernel!; kx++) {
                  const iy = y * w.stride! - w.padding! + ky,
                    ix = x * w.stride! - w.padding! + kx;
                  if (iy < 0 || iy >= ih || ix < 0 || ix >= iw) continue; // zero padding
                  value +=
                    W[((oc * perGroup + ci) * w.kernel! + ky) * w.kernel! + kx] *
                    input[((g * perGroup + ci) * ih + iy) * iw + ix];
                }
              }
            }
          }
          if (o.layer!.relu) value = Math.max(0, value);
          expect(Math.abs(value - got[index]), `${o.name}[${index}]`).toBeLessThanOrEqual(TOLERANCE);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(33 * 4 * golden.samples.length);
  });

  it('probs is the softmax of logits and sums to 1', () => {
    for (const out of runs) {
      const sum = out.probs.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-5);
      const m = Math.max(...out.logits);
      const e = Array.from(out.logits, (v) => Math.exp(v - m));
      const z = e.reduce((a, b) => a + b, 0);
      expect(
        maxAbsDiff(
          e.map((v) => v / z),
          out.probs,
        ),
      ).toBeLessThan(1e-6);
    }
  });

  it("lib/shuffle.ts reproduces every unit's split, concat and shuffle exactly", () => {
    for (const out of runs) {
      for (const unit of manifest.units) {
        const C = unit.outChannels;
        const plane = unit.outSize[0] * unit.outSize[1];
        const left = out[`${unit.name}.left`];
        const right = out[`${unit.name}.right`];
        const concat = out[`${unit.name}.concat`];
        const shuffled = out[`${unit.name}.shuffle`];

        // concat = [left, right] along channels (both halves have C/2 channels)
        expect(left.length).toBe((C / 2) * plane);
        expect(Array.from(concat.subarray(0, left.length))).toEqual(Array.from(left));
        expect(Array.from(concat.subarray(left.length))).toEqual(Array.from(right));

        // shuffle = the book's gather-form permutation applied to the concat
        expect(Array.from(permuteChannels(concat, shufflePermutation(C, 2), plane))).toEqual(Array.from(shuffled));

        if (unit.type === 'basic') {
          // the untouched half is exactly the first half of the unit's input
          const input = out[unit.input];
          const { identity } = splitChannels(unit.inChannels);
          const firstHalf = input.subarray(identity[0] * plane, (identity[identity.length - 1] + 1) * plane);
          expect(Array.from(left)).toEqual(Array.from(firstHalf));
        }
      }
    }
  });

  it('the explorer’s fetch (computed tensors only, concat and shuffle rebuilt) equals the full run exactly', async () => {
    // with the ops inside the branches on screen (else they are not requested at all)
    const inner = manifest.outputs.filter((o) => o.role === 'layer' && !isDerived(o)).map((o) => o.name);
    const fetch = fetchedOutputs(manifest, inner);
    expect(fetch.some((n) => n.endsWith('.right.split'))).toBe(false); // rebuilt as the input's second half
    for (const [s, g] of golden.samples.entries()) {
      const input = preprocessPixels(samples.images[g.sample], manifest.input.preprocessing);
      const result = await session.run(
        { [manifest.input.name]: new ort.Tensor('float32', input, manifest.input.shape) },
        fetch,
      );
      expect(Object.keys(result).sort()).toEqual([...fetch].sort());
      const plain = Object.fromEntries(
        Object.entries(result).map(([k, v]) => [k, { data: v.data as Float32Array, dims: v.dims.map(Number) }]),
      );
      const tensors = withDerivedTensors(manifest, plain);
      for (const o of manifest.outputs) {
        expect(tensors[o.name].dims, o.name).toEqual(o.shape);
        expect(Array.from(tensors[o.name].data), o.name).toEqual(Array.from(runs[s][o.name]));
      }
    }
  });

  it('the overview’s thumbnails read from the computed tensors equal the channel means of the runtime’s own tensors', async () => {
    const computed = manifest.outputs.filter((o) => !isDerived(o)).map((o) => o.name);
    const g = golden.samples[0];
    const input = preprocessPixels(samples.images[g.sample], manifest.input.preprocessing);
    const result = await session.run(
      { [manifest.input.name]: new ort.Tensor('float32', input, manifest.input.shape) },
      computed,
    );
    const fetched = Object.fromEntries(
      Object.entries(result).map(([k, v]) => [k, { data: v.data as Float32Array, dims: v.dims.map(Number) }]),
    );
    const tensors = withDerivedTensors(manifest, fetched);
    const derived = manifest.outputs.filter((o) => isDerived(o) && o.shape.length === 4);
    expect(derived.length).toBeGreaterThan(10);
    for (const o of derived) {
      // channel by channel, the sources are the runtime's own channels of the full run
      const sources = channelSources(manifest, o.name)!;
      const plane = o.shape[2] * o.shape[3];
      expect(sources.length, o.name).toBe(o.shape[1]);
      sources.forEach(({ tensor, channel }, c) => {
        expect(isDerived(manifest.outputs.find((x) => x.name === tensor)!), tensor).toBe(false);
        const want = runs[0][o.name].subarray(c * plane, (c + 1) * plane);
        expect(Array.from(fetched[tensor].data.subarray(channel * plane, (channel + 1) * plane))).toEqual(
          Array.from(want),
        );
      });
      const mean = thumbnailMean(manifest, tensors, o.name)!;
      const full = channelMean(runs[0][o.name], o.shape);
      expect(maxAbsDiff(mean, full), o.name).toBeLessThan(1e-6);
    }
    // and nothing was built to get them
    for (const o of derived) expect(Object.getOwnPropertyDescriptor(tensors, o.name)?.value, o.name).toBeUndefined();
  });

  it(`classifies the shipped held-out samples with accuracy ≥ ${MIN_ACCURACY[name]}`, async () => {
    const logitsName = manifest.outputs.find((o) => o.role === 'logits')!.name;
    let correct = 0;
    for (let i = 0; i < samples.images.length; i++) {
      const input = preprocessPixels(samples.images[i], manifest.input.preprocessing);
      const result = await session.run(
        { [manifest.input.name]: new ort.Tensor('float32', input, manifest.input.shape) },
        [logitsName],
      );
      const logits = result[logitsName].data as Float32Array;
      let best = 0;
      for (let k = 1; k < logits.length; k++) if (logits[k] > logits[best]) best = k;
      if (best === samples.labels[i]) correct++;
    }
    const accuracy = correct / samples.images.length;
    console.log(`${name}: ${correct}/${samples.images.length} = ${accuracy.toFixed(4)} on shipped samples`);
    expect(samples.images.length).toBeGreaterThanOrEqual(500);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY[name]);
  }, 300_000);
});
