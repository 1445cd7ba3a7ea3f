/**
 * The model worker's intervention and measurement messages, driven in node with the real runtime
 * and the book's fashion model: an edited model opens beside the original, and its held-out
 * accuracy is computed in the handler with progress.
 */
import { describe, expect, it } from 'vitest';
import {
  createModelHandler,
  parseModelRequest,
  sessionKey,
  transferables,
  type ModelResponse,
} from '../../lib/modelProtocol';
import { createEditedSessions } from '../../lib/editedSessions';
import { createSession, type ModelSession } from '../../lib/ort';
import type { Intervention } from '../../lib/onnxIntervene';
import { loadManifest, modelBytes, samplesBytes } from '../model/helpers';

const manifest = loadManifest('fashion');
const URL_FASHION = 'https://book.example/models/fashion/model.onnx';
const bytes = modelBytes('fashion', manifest);
const samples = samplesBytes('fashion', manifest);
const count = manifest.samples.count;
const images = samples.subarray(0, count * 784);
const labels = samples.subarray(count * 784);
const spec = {
  input: manifest.input.name,
  dims: manifest.input.shape,
  preprocessing: manifest.input.preprocessing,
  output: 'logits',
};

function harness(limit = 4) {
  const sent: ModelResponse[] = [];
  let loads = 0;
  const original = createSession(bytes);
  const getEditedSession = createEditedSessions(
    {
      loadBytes: async () => {
        loads++;
        return bytes;
      },
      createSession: (b) => createSession(b),
    },
    limit,
  );
  const handle = createModelHandler({ getSession: () => original, getEditedSession }, (r) => sent.push(r));
  return { sent, handle, loads: () => loads };
}

const last = <T extends ModelResponse['type']>(sent: ModelResponse[], type: T) =>
  sent.filter((r): r is Extract<ModelResponse, { type: T }> => r.type === type).at(-1)!;

async function accuracy(h: ReturnType<typeof harness>, url: string, id: number) {
  await h.handle({ type: 'evaluate', id, url, images, labels, spec });
  const done = last(h.sent, 'evaluated');
  expect(done.id).toBe(id);
  return done.result.correct / done.result.total;
}

const everyUnit = manifest.units.map((u) => u.name);

describe('interventions through the model worker protocol', () => {
  it('opens an edited model under its own key, beside the unmodified one', async () => {
    const h = harness();
    const edits: Intervention[] = [{ kind: 'bypass-shuffle', unit: 'stage3.unit2' }];
    await h.handle({ type: 'open', url: URL_FASHION });
    await h.handle({ type: 'open', url: URL_FASHION, edits });
    const key = sessionKey(URL_FASHION, edits);
    expect(key).not.toBe(URL_FASHION);
    expect(h.sent.filter((r) => r.type === 'opened').map((r) => r.type === 'opened' && r.url)).toEqual([
      URL_FASHION,
      key,
    ]);
    const input = { data: new Float32Array(784).fill(0.5), dims: manifest.input.shape };
    await h.handle({
      type: 'run',
      id: 1,
      url: URL_FASHION,
      feeds: { input },
      outputs: ['stage3.unit2.concat', 'stage3.unit2.shuffle'],
    });
    const before = last(h.sent, 'ran');
    await h.handle({
      type: 'run',
      id: 2,
      url: key,
      feeds: { input },
      outputs: ['stage3.unit2.concat', 'stage3.unit2.shuffle'],
    });
    const after = last(h.sent, 'ran');
    expect(after.id).toBe(2);
    // the edit is really in the graph: the edited unit outputs its concat, the original its shuffle
    expect(after.tensors['stage3.unit2.shuffle'].data).toEqual(after.tensors['stage3.unit2.concat'].data);
    expect(before.tensors['stage3.unit2.shuffle'].data).not.toEqual(before.tensors['stage3.unit2.concat'].data);
  });

  it('computes held-out accuracy with progress; zeroing every unit’s branch ruins it', async () => {
    const h = harness();
    const edits: Intervention[] = everyUnit.map((unit) => ({ kind: 'zero-branch', unit }));
    await h.handle({ type: 'open', url: URL_FASHION, edits });
    const plain = await accuracy(h, URL_FASHION, 10);
    const progress = h.sent.filter((r) => r.type === 'evaluating').map((r) => r.type === 'evaluating' && r.done);
    expect(progress.at(-1)).toBe(count);
    expect(progress).toEqual([...progress].sort((a, b) => Number(a) - Number(b)));
    expect(progress.length).toBe(Math.ceil(count / 50));
    // close to the full test-set accuracy the manifest reports (1,000 of its 10,000 images)
    expect(Math.abs(plain - manifest.accuracy.value)).toBeLessThan(0.04);
    const zeroed = await accuracy(h, sessionKey(URL_FASHION, edits), 11);
    expect(zeroed).toBeLessThan(plain - 0.3);
    // predictions are handed over without a copy
    expect(transferables(last(h.sent, 'evaluated'))).toHaveLength(1);
  }, 60_000);

  it('times repeated runs inside the worker', async () => {
    const h = harness();
    await h.handle({
      type: 'time',
      id: 5,
      url: URL_FASHION,
      feeds: { input: { data: new Float32Array(784), dims: manifest.input.shape } },
      runs: 7,
      outputs: ['probs'],
    });
    const timed = last(h.sent, 'timed');
    expect(timed.id).toBe(5);
    expect(timed.times).toHaveLength(7);
    for (const t of timed.times) expect(t).toBeGreaterThan(0);
  });

  it('reports an edit the model cannot take as a failed open', async () => {
    const h = harness();
    await h.handle({ type: 'open', url: URL_FASHION, edits: [{ kind: 'zero-untouched', unit: 'stage2.unit1' }] });
    expect(last(h.sent, 'failed').message).toMatch(/down-sampling unit/);
  });

  it('rejects malformed edits and measurement requests', () => {
    expect(
      parseModelRequest({ type: 'open', url: URL_FASHION, edits: [{ kind: 'melt', unit: 'stage2.unit1' }] }),
    ).toBeNull();
    expect(
      parseModelRequest({
        type: 'open',
        url: URL_FASHION,
        edits: [{ kind: 'channels-off', unit: 'x', channels: ['a'] }],
      }),
    ).toBeNull();
    expect(parseModelRequest({ type: 'evaluate', id: 1, url: URL_FASHION, images: [1, 2], labels, spec })).toBeNull();
    expect(parseModelRequest({ type: 'time', id: 1, url: URL_FASHION, feeds: {}, runs: 0 })).toBeNull();
    expect(parseModelRequest({ type: 'open', url: URL_FASHION, edits: [] })).toEqual({
      type: 'open',
      url: URL_FASHION,
    });
  });
});

describe('edited sessions', () => {
  it('download the base model once and keep only the most recent few sessions', async () => {
    let loads = 0;
    const released: number[] = [];
    let made = 0;
    const get = createEditedSessions(
      {
        loadBytes: async () => (loads++, bytes),
        createSession: async () => {
          const n = made++;
          return {
            inputNames: [],
            outputNames: [],
            run: async () => ({}),
            release: async () => void released.push(n),
          } satisfies ModelSession;
        },
      },
      2,
    );
    const noop = () => undefined;
    const a = await get(URL_FASHION, [{ kind: 'zero-branch', unit: 'stage2.unit2' }], noop);
    await get(URL_FASHION, [{ kind: 'zero-branch', unit: 'stage3.unit2' }], noop);
    expect(await get(URL_FASHION, [{ kind: 'zero-branch', unit: 'stage2.unit2' }], noop)).toBe(a); // reused, and now the newest
    await get(URL_FASHION, [{ kind: 'zero-branch', unit: 'stage4.unit2' }], noop);
    await Promise.resolve();
    expect(loads).toBe(1);
    expect(released).toEqual([1]); // the least recently used one
  });
});
