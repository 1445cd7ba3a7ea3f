/**
 * The interventions are real ONNX edits: run the edited model in onnxruntime-web next to the
 * original and check the tensors the edit must produce.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { intervene, type Intervention } from '../../lib/onnxIntervene';
import { parseSamples, preprocessPixels } from '../../lib/manifest';
import { loadManifest, modelBytes, ROOT, samplesBytes } from './helpers';

ort.env.wasm.numThreads = 1;
const manifest = loadManifest('fashion');
const bytes = modelBytes('fashion', manifest);
const samples = parseSamples(samplesBytes('fashion', manifest), manifest.samples.count);
type Outputs = Record<string, Float32Array>;

async function run(model: Uint8Array, sample = 0): Promise<Outputs> {
  const session = await ort.InferenceSession.create(model);
  const input = preprocessPixels(samples.images[sample], manifest.input.preprocessing);
  const result = await session.run({ [manifest.input.name]: new ort.Tensor('float32', input, manifest.input.shape) });
  const out: Outputs = {};
  for (const [name, t] of Object.entries(result)) out[name] = new Float32Array(t.data as Float32Array);
  await session.release();
  return out;
}

let original: Outputs;
beforeAll(async () => {
  original = await run(bytes);
});
const edited = (...edits: Intervention[]) => run(intervene(bytes, edits));
const unit = 'stage3.unit2';
const channelSize = (name: string) => {
  const spec = manifest.outputs.find((o) => o.name === name)!;
  return spec.shape[2] * spec.shape[3];
};

describe('ONNX interventions', () => {
  it('leaves the original bytes alone, and an empty edit list changes nothing', async () => {
    const copy = bytes.slice();
    const out = await run(intervene(bytes, []));
    expect(bytes).toEqual(copy);
    expect(out.probs).toEqual(original.probs);
  });

  it('a bypassed shuffle makes the unit output equal its concat', async () => {
    const out = await edited({ kind: 'bypass-shuffle', unit });
    expect(out[`${unit}.shuffle`]).toEqual(out[`${unit}.concat`]);
    expect(out[`${unit}.concat`]).toEqual(original[`${unit}.concat`]);
    expect(out[`${unit}.shuffle`]).not.toEqual(original[`${unit}.shuffle`]);
    expect(out.probs).not.toEqual(original.probs);
  });

  it('a zeroed untouched half is zero, reaches the even output channels, and leaves the branch alone', async () => {
    const out = await edited({ kind: 'zero-untouched', unit });
    expect(out[`${unit}.left`].every((v) => v === 0)).toBe(true);
    expect(out[`${unit}.right`]).toEqual(original[`${unit}.right`]);
    const hw = channelSize(`${unit}.shuffle`);
    const shuffled = out[`${unit}.shuffle`];
    // After the shuffle (g = 2) output channel 2k is untouched channel k: every even channel is zero.
    for (let ch = 0; ch < shuffled.length / hw; ch += 2)
      expect(shuffled.subarray(ch * hw, (ch + 1) * hw).every((v) => v === 0)).toBe(true);
  });

  it('a zeroed branch output is zero and the untouched half still passes', async () => {
    const out = await edited({ kind: 'zero-branch', unit });
    expect(out[`${unit}.right`].every((v) => v === 0)).toBe(true);
    expect(out[`${unit}.left`]).toEqual(original[`${unit}.left`]);
  });

  it('switched-off channels are zero and the others keep their values', async () => {
    const out = await edited({ kind: 'channels-off', unit, channels: [1, 5] });
    const hw = channelSize(`${unit}.shuffle`);
    const before = original[`${unit}.shuffle`];
    const after = out[`${unit}.shuffle`];
    for (let ch = 0; ch < after.length / hw; ch++) {
      const slice = after.subarray(ch * hw, (ch + 1) * hw);
      if (ch === 1 || ch === 5) expect(slice.every((v) => v === 0)).toBe(true);
      else expect(slice).toEqual(before.subarray(ch * hw, (ch + 1) * hw));
    }
  });

  it('refuses what the network does not have', () => {
    expect(() => intervene(bytes, [{ kind: 'zero-untouched', unit: 'stage2.unit1' }])).toThrow(/down-sampling unit/);
    expect(() => intervene(bytes, [{ kind: 'channels-off', unit, channels: [9999] }])).toThrow(/does not exist/);
    expect(() => intervene(bytes, [{ kind: 'bypass-shuffle', unit: 'stage9.unit1' }])).toThrow(/no tensor/);
  });
});

describe('ONNX interventions on the V1-units twin', () => {
  const v1Path = join(ROOT, 'public', 'models', 'twins', 'v1', 'model.onnx');
  const v1Bytes = existsSync(v1Path) ? new Uint8Array(readFileSync(v1Path)) : null;
  const v1Unit = 'stage3.unit2';
  let v1Original: Outputs;
  const v1Edited = (...edits: Intervention[]) => run(intervene(v1Bytes!, edits));

  it.skipIf(!v1Bytes)('a bypassed shuffle hands the first group conv’s output on in its own order', async () => {
    v1Original = await run(v1Bytes!);
    const out = await v1Edited({ kind: 'bypass-shuffle', unit: v1Unit });
    expect(out[`${v1Unit}.main.shuffle`]).toEqual(out[`${v1Unit}.main.conv1`]);
    expect(out[`${v1Unit}.main.conv1`]).toEqual(v1Original[`${v1Unit}.main.conv1`]);
    expect(out[`${v1Unit}.main.shuffle`]).not.toEqual(v1Original[`${v1Unit}.main.shuffle`]);
    expect(out.probs).not.toEqual(v1Original.probs);
  });

  it.skipIf(!v1Bytes)('a zeroed branch is zero, and the unit then adds nothing to its input', async () => {
    v1Original ??= await run(v1Bytes!);
    const out = await v1Edited({ kind: 'zero-branch', unit: v1Unit });
    expect(out[`${v1Unit}.main`].every((v) => v === 0)).toBe(true);
    expect(out[`${v1Unit}.add`]).toEqual(out[`${v1Unit}.shortcut`]);
    expect(out[`${v1Unit}.shortcut`]).toEqual(v1Original[`${v1Unit}.shortcut`]);
  });

  it.skipIf(!v1Bytes)('switched-off output channels are zero, the others keep their values', async () => {
    v1Original ??= await run(v1Bytes!);
    const out = await v1Edited({ kind: 'channels-off', unit: v1Unit, channels: [0, 7] });
    const spec = JSON.parse(readFileSync(join(ROOT, 'public', 'models', 'twins', 'v1', 'manifest.json'), 'utf8'));
    const shape = spec.outputs.find((o: { name: string }) => o.name === `${v1Unit}.out`).shape;
    const hw = shape[2] * shape[3];
    for (let ch = 0; ch < shape[1]; ch++) {
      const slice = out[`${v1Unit}.out`].subarray(ch * hw, (ch + 1) * hw);
      if (ch === 0 || ch === 7) expect(slice.every((v) => v === 0)).toBe(true);
      else expect(slice).toEqual(v1Original[`${v1Unit}.out`].subarray(ch * hw, (ch + 1) * hw));
    }
  });

  it.skipIf(!v1Bytes)('refuses to zero an untouched half, which a V1 unit does not have', () => {
    expect(() => intervene(v1Bytes!, [{ kind: 'zero-untouched', unit: v1Unit }])).toThrow(/no untouched half/);
  });
});
