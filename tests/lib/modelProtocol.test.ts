import { describe, expect, it } from 'vitest';
import { createModelHandler, parseModelRequest, transferables, type ModelResponse } from '../../lib/modelProtocol';
import { createSession, type LoadProgress, type ModelSession } from '../../lib/ort';
import { preprocessPixels, parseSamples } from '../../lib/manifest';
import { loadManifest, modelBytes, samplesBytes } from '../model/helpers';

const manifest = loadManifest('digits');
const URL_OK = 'https://book.example/models/digits/model.onnx';
const URL_BAD = 'https://book.example/models/broken/model.onnx';

function harness() {
  const sent: ModelResponse[] = [];
  const cache = new Map<string, Promise<ModelSession>>();
  const handle = createModelHandler(
    {
      getSession(url, onProgress: (p: LoadProgress) => void) {
        onProgress({ part: 'model', loaded: 1, total: 2 });
        if (!cache.has(url)) {
          cache.set(
            url,
            url === URL_OK ? createSession(modelBytes('digits', manifest)) : createSession(new Uint8Array([1, 2, 3])),
          );
        }
        return cache.get(url)!;
      },
    },
    (r) => sent.push(r),
  );
  return { sent, handle };
}

const input = () => {
  const samples = parseSamples(samplesBytes('digits', manifest), manifest.samples.count);
  return { data: preprocessPixels(samples.images[0], manifest.input.preprocessing), dims: manifest.input.shape };
};

describe('the model worker protocol', () => {
  it('opens a model with progress, then runs it and returns the requested tensors', async () => {
    const { sent, handle } = harness();
    await handle({ type: 'open', url: URL_OK });
    expect(sent[0]).toEqual({ type: 'progress', url: URL_OK, progress: { part: 'model', loaded: 1, total: 2 } });
    const opened = sent.find((r) => r.type === 'opened');
    expect(opened && opened.type === 'opened' && opened.outputNames).toContain('probs');

    await handle({ type: 'run', id: 7, url: URL_OK, feeds: { input: input() }, outputs: ['probs', 'stem'] });
    const ran = sent.at(-1)!;
    expect(ran.type).toBe('ran');
    if (ran.type !== 'ran') return;
    expect(ran.id).toBe(7);
    expect(Object.keys(ran.tensors).sort()).toEqual(['probs', 'stem']);
    expect(ran.tensors.probs.data.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    // every result buffer can be handed to the page without a copy
    expect(transferables(ran)).toHaveLength(2);
    // a request that was posted a while ago (the worker was busy) says how long it waited
    const sentAt = performance.timeOrigin + performance.now() - 50;
    await handle({ type: 'run', id: 8, url: URL_OK, feeds: { input: input() }, outputs: ['probs'], sentAt });
    const late = sent.at(-1)!;
    expect(late.type === 'ran' && late.waitedMs).toBeGreaterThanOrEqual(50);
    expect(parseModelRequest({ type: 'run', id: 1, url: URL_OK, feeds: {}, sentAt: 'soon' })).toMatchObject({
      sentAt: undefined,
    });
  });

  it('reports a corrupt model and a failed run as messages, never as exceptions', async () => {
    const { sent, handle } = harness();
    await handle({ type: 'open', url: URL_BAD });
    const failed = sent.at(-1)!;
    expect(failed.type).toBe('failed');
    expect(failed.type === 'failed' && failed.message).toMatch(/corrupt or not an ONNX file/);
    await handle({ type: 'run', id: 3, url: URL_OK, feeds: { input: { data: new Float32Array(5), dims: [1, 5] } } });
    const runFailed = sent.at(-1)!;
    expect(runFailed).toMatchObject({ type: 'runFailed', id: 3 });
  });

  it('runs a warm-up once, on zeros, as the session opens: reported open at once, and ahead of the first run', async () => {
    const runs: Array<Record<string, { data: Float32Array; dims: number[] }>> = [];
    let finishWarmup = () => {};
    const fake: ModelSession = {
      inputNames: ['input'],
      outputNames: ['probs'],
      run: async (feeds) => {
        runs.push(feeds);
        // the warm-up takes a while: the page hears 'opened' and sends its run meanwhile
        if (runs.length === 1) await new Promise<void>((resolve) => (finishWarmup = resolve));
        return { probs: { data: new Float32Array(10), dims: [1, 10] } };
      },
      release: async () => undefined,
    };
    const sent: ModelResponse[] = [];
    const handle = createModelHandler({ getSession: async () => fake }, (r) => sent.push(r));
    await handle({ type: 'open', url: URL_OK, warmup: { input: 'input', dims: [1, 1, 28, 28] } });
    expect(sent.at(-1)?.type).toBe('opened'); // while the warm-up still runs
    expect(runs).toHaveLength(1);
    expect(runs[0].input.dims).toEqual([1, 1, 28, 28]);
    expect(runs[0].input.data.every((v) => v === 0)).toBe(true);
    const input = { data: new Float32Array(784).fill(0.5), dims: [1, 1, 28, 28] };
    const ran = handle({ type: 'run', id: 4, url: URL_OK, feeds: { input } });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs).toHaveLength(1); // the page's run waits for the warm-up
    finishWarmup();
    await ran;
    expect(runs).toHaveLength(2);
    expect(runs[1].input.data[0]).toBe(0.5);
    expect(sent.at(-1)).toMatchObject({ type: 'ran', id: 4 });
    // and says how long it waited, which is not the forward pass's time
    const answer = sent.at(-1)!;
    expect(answer.type === 'ran' && answer.waitedMs).toBeGreaterThanOrEqual(25);
    await handle({ type: 'open', url: URL_OK, warmup: { input: 'input', dims: [1, 1, 28, 28] } });
    expect(runs).toHaveLength(2); // no second warm-up
    expect(parseModelRequest({ type: 'open', url: URL_OK, warmup: { input: 'input', dims: [1, -1] } })).toEqual({
      type: 'open',
      url: URL_OK,
    });
  });

  it("reads a layer's weights from the model file, by the names the manifest gives", async () => {
    const { sent, handle } = harness();
    const stem = manifest.outputs.find((o) => o.name === 'stem')!.layer!.weights!;
    await handle({ type: 'weights', id: 11, url: URL_OK, names: [stem.weight, stem.bias] });
    const read = sent.at(-1)!;
    expect(read.type).toBe('weightsRead');
    if (read.type !== 'weightsRead') return;
    expect(read.id).toBe(11);
    expect(read.tensors[stem.weight].dims).toEqual([stem.outChannels, stem.inChannels, stem.kernel, stem.kernel]);
    expect(read.tensors[stem.bias].dims).toEqual([stem.outChannels]);
    // trained weights, not zeros; and the page may take them without a copy
    expect(read.tensors[stem.weight].data.some((v) => v !== 0)).toBe(true);
    expect(transferables(read)).toHaveLength(2);
    // a second request gets fresh arrays: transferring the first ones did not empty the worker's table
    await handle({ type: 'weights', id: 12, url: URL_OK, names: [stem.bias] });
    const again = sent.at(-1)!;
    expect(again.type === 'weightsRead' && Array.from(again.tensors[stem.bias].data)).toEqual(
      Array.from(read.tensors[stem.bias].data),
    );
    expect(again.type === 'weightsRead' && again.tensors[stem.bias].data).not.toBe(read.tensors[stem.bias].data);

    await handle({ type: 'weights', id: 13, url: URL_OK, names: ['no.such.weight'] });
    expect(sent.at(-1)).toMatchObject({
      type: 'runFailed',
      id: 13,
      message: expect.stringMatching(/no weights named “no\.such\.weight”/),
    });
    expect(parseModelRequest({ type: 'weights', id: 1, url: URL_OK, names: [3] })).toBeNull();
  });

  it('ignores malformed requests', async () => {
    expect(parseModelRequest(null)).toBeNull();
    expect(parseModelRequest({ type: 'open' })).toBeNull();
    expect(
      parseModelRequest({ type: 'run', id: 1, url: URL_OK, feeds: { input: { data: [1, 2], dims: [2] } } }),
    ).toBeNull();
    const { sent, handle } = harness();
    await handle({ type: 'explode', url: URL_OK });
    expect(sent).toEqual([]);
  });

  it('never transfers a view into a larger buffer', () => {
    const heap = new Float32Array(100);
    const response: ModelResponse = {
      type: 'ran',
      id: 1,
      tensors: { a: { data: heap.subarray(10, 20), dims: [10] }, b: { data: new Float32Array(4), dims: [4] } },
    };
    expect(transferables(response)).toEqual([response.tensors.b.data.buffer]);
  });
});
