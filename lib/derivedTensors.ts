/**
 * Which of the model's tensors are copied out of the runtime, and which are rearranged from them.
 *
 * A unit's concat and shuffle outputs compute nothing: the concat is the two branch outputs laid
 * side by side along the channels, the shuffle is a fixed permutation of the concat's channels,
 * and a basic unit's two split halves (left, right.split) are the first and second half of its input.
 * Copying them out of onnxruntime-web would double the bytes of every forward pass, and in a
 * browser every copied tensor is a freshly allocated array — the dominant cost of a run with all
 * intermediates (the README's Speed section and `npm run bench` give the times). So the explorer
 * fetches the computed tensors and rebuilds the others here, on first access, from the same
 * functions the chapters teach with. tests/model/runtime.test.ts checks, on the real model, that
 * the rebuilt tensors equal the runtime's own outputs value for value.
 */
import { preprocessPixels, type ModelManifest, type OutputSpec } from './manifest';
import type { ModelSession, PlainTensor } from './ort';
import { runWaits } from './runWaits';
import { permuteChannels, shufflePermutation, splitChannels } from './shuffle';
import { unitTensors } from './steps';

/** A unit's shuffle always has two groups in ShuffleNetV2 (one per branch). */
const SHUFFLE_GROUPS = 2;

/**
 * True for outputs that are pure data movement and can be rebuilt from others: every concat and
 * shuffle, and a basic unit's two split halves: the untouched first half of its input (left) and
 * the second half that enters the branch (right.split).
 */
export function isDerived(output: Pick<OutputSpec, 'role' | 'branch' | 'unitType' | 'layer'>): boolean {
  if (output.role === 'concat' || output.role === 'shuffle') return true;
  if (output.role === 'branch' && output.branch === 'left' && output.unitType === 'basic') return true;
  return output.role === 'layer' && output.layer?.op === 'split';
}

/**
 * The outputs to request from the runtime: every output that a layer computes, plus the derived
 * tensors named in `shown` — the ones on screen, so that what a view checks against the
 * model (the shuffle's lines, the untouched half) is checked against the runtime's own tensors.
 * The ops inside a branch (role 'layer': e.g. a unit's first 1×1 conv and its depthwise conv) are
 * requested only when shown: together they are as many bytes again as all the rest, and copying
 * them out on every run would make each forward pass about half as fast again.
 */
export function fetchedOutputs(manifest: ModelManifest, shown: readonly string[] = []): string[] {
  return manifest.outputs
    .filter((o) => (o.role === 'layer' || isDerived(o) ? shown.includes(o.name) : true))
    .map((o) => o.name);
}

/** Concatenates two batch-1 NCHW tensors along the channels. */
export function concatChannels(a: PlainTensor, b: PlainTensor): PlainTensor {
  const [n, ca, h, w] = a.dims;
  const [nb, cb, hb, wb] = b.dims;
  if (n !== 1 || nb !== 1 || h !== hb || w !== wb) {
    throw new RangeError(`cannot concatenate ${a.dims.join('×')} and ${b.dims.join('×')} along channels`);
  }
  const data = new Float32Array(a.data.length + b.data.length);
  data.set(a.data);
  data.set(b.data, a.data.length);
  return { data, dims: [1, ca + cb, h, w] };
}

/** The first `channels` channels of a batch-1 NCHW tensor, as a view (no copy). */
export function firstChannels(t: PlainTensor, channels: number): PlainTensor {
  const [n, c, h, w] = t.dims;
  if (n !== 1 || channels > c) throw new RangeError(`cannot take ${channels} channels of ${t.dims.join('×')}`);
  return { data: t.data.subarray(0, channels * h * w), dims: [1, channels, h, w] };
}

/** The last `channels` channels of a batch-1 NCHW tensor, as a view (no copy). */
export function lastChannels(t: PlainTensor, channels: number): PlainTensor {
  const [n, c, h, w] = t.dims;
  if (n !== 1 || channels > c) throw new RangeError(`cannot take ${channels} channels of ${t.dims.join('×')}`);
  return { data: t.data.subarray((c - channels) * h * w), dims: [1, channels, h, w] };
}

/** Channel shuffle with g groups of a batch-1 NCHW tensor, as the network's Reshape → Transpose → Reshape. */
export function shuffleTensor(t: PlainTensor, groups = SHUFFLE_GROUPS): PlainTensor {
  const [, channels, h, w] = t.dims;
  return { data: permuteChannels(t.data, shufflePermutation(channels, groups), h * w), dims: [...t.dims] };
}

/**
 * `fetched` (the runtime's outputs, plus anything else such as the input) with every derived
 * tensor the runtime did not return (isDerived) added as enumerable properties, built on first
 * access and then kept. A view that shows one unit builds only that unit's tensors; code that walks every
 * entry gets them all.
 */
export function withDerivedTensors(
  manifest: ModelManifest,
  fetched: Record<string, PlainTensor>,
): Record<string, PlainTensor> {
  const tensors: Record<string, PlainTensor> = { ...fetched };
  const need = (name: string): PlainTensor => {
    const t = tensors[name];
    if (!t) throw new RangeError(`cannot rebuild from "${name}": the runtime did not return it`);
    return t;
  };
  for (const unit of manifest.units) {
    const names = unitTensors(unit);
    const lazily = (name: string, build: () => PlainTensor) => {
      if (name in fetched) return;
      let cached: PlainTensor | null = null;
      Object.defineProperty(tensors, name, { enumerable: true, configurable: false, get: () => (cached ??= build()) });
    };
    if (unit.type === 'basic') {
      const { identity, branch } = splitChannels(unit.inChannels);
      lazily(names.left, () => firstChannels(need(names.input), identity.length));
      const half = `${unit.name}.right.split`;
      if (manifest.outputs.some((o) => o.name === half))
        lazily(half, () => lastChannels(need(names.input), branch.length));
    }
    lazily(names.concat, () => concatChannels(need(names.left), need(names.right)));
    lazily(names.shuffle, () => shuffleTensor(need(names.concat)));
  }
  return tensors;
}

/**
 * One forward pass as the book runs it: preprocess the 28×28 ink image, request `fetch` from the
 * runtime (fetchedOutputs), and return every tensor — the input under its name, the fetched ones,
 * the rest rebuilt on access — with the milliseconds of the run itself.
 */
export async function runForward(
  session: ModelSession,
  manifest: ModelManifest,
  pixels: ArrayLike<number>,
  fetch: readonly string[],
): Promise<{ tensors: Record<string, PlainTensor>; runMs: number }> {
  const { name, shape, preprocessing } = manifest.input;
  const input = { data: preprocessPixels(pixels, preprocessing), dims: shape };
  const start = performance.now();
  const outputs = await session.run({ [name]: input }, fetch);
  // the time a run waited in the worker (behind the model's warm-up) is not the forward pass's
  const runMs = performance.now() - start - (runWaits.get(outputs) ?? 0);
  return { tensors: withDerivedTensors(manifest, { [name]: input, ...outputs }), runMs };
}

/** Where one channel of a tensor lives: a channel of a tensor the runtime returns. */
export interface ChannelSource {
  tensor: string;
  channel: number;
}

const resolvers = new WeakMap<ModelManifest, (name: string) => ChannelSource[] | null>();

/**
 * For a derived tensor (isDerived), the channel of a computed tensor that each of its channels is:
 * the untouched half and the branch's half are channels of the unit's input, a concat's channels are
 * its left then its right tensor's, a shuffle's channel i is its concat's channel perm[i] — followed
 * back through earlier units until a tensor a layer computes. Null for a tensor a layer computes.
 * Lets a view read a derived tensor's values straight from the runtime's buffers without building it
 * (the explorer's overview thumbnails of every concat and shuffle, on every input change).
 */
export function channelSources(manifest: ModelManifest, name: string): ChannelSource[] | null {
  let resolve = resolvers.get(manifest);
  if (!resolve) resolvers.set(manifest, (resolve = channelResolver(manifest)));
  return resolve(name);
}

function channelResolver(manifest: ModelManifest): (name: string) => ChannelSource[] | null {
  const channelsOf = (tensor: string) => manifest.outputs.find((o) => o.name === tensor)?.shape[1] ?? 0;
  // One step back for each channel of each derived tensor, to the tensor it was taken from.
  const rules = new Map<string, (channel: number) => ChannelSource>();
  for (const unit of manifest.units) {
    const names = unitTensors(unit);
    if (unit.type === 'basic') {
      const { identity } = splitChannels(unit.inChannels);
      rules.set(names.left, (c) => ({ tensor: names.input, channel: c }));
      rules.set(`${unit.name}.right.split`, (c) => ({ tensor: names.input, channel: identity.length + c }));
    }
    const left = channelsOf(names.left);
    rules.set(names.concat, (c) =>
      c < left ? { tensor: names.left, channel: c } : { tensor: names.right, channel: c - left },
    );
    const channels = channelsOf(names.concat);
    const perm = channels > 0 ? shufflePermutation(channels, SHUFFLE_GROUPS) : [];
    rules.set(names.shuffle, (c) => ({ tensor: names.concat, channel: perm[c] }));
  }
  const cache = new Map<string, ChannelSource[]>();
  const resolve = (tensor: string): ChannelSource[] | null => {
    const cached = cache.get(tensor);
    if (cached) return cached;
    const rule = rules.get(tensor);
    if (!rule) return null;
    const sources: ChannelSource[] = [];
    for (let c = 0; c < channelsOf(tensor); c++) {
      const back = rule(c);
      sources.push(resolve(back.tensor)?.[back.channel] ?? back);
    }
    cache.set(tensor, sources);
    return sources;
  };
  return resolve;
}
