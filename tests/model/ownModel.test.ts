/**
 * The worker's path for a reader's own model: openBytes recognises the file, edits it and opens it;
 * later runs name it by its key and give PyTorch's values; every bad file gets its own message.
 */
import { describe, expect, it } from 'vitest';
import { createModelHandler, type ModelResponse } from '../../lib/modelProtocol';
import { createSession, type ModelSession } from '../../lib/ort';
import { buildSteps } from '../../lib/steps';
import {
  classNames,
  ownModelManifest,
  checkFileSize,
  MAX_OWN_MODEL_BYTES,
  describeOwnModelFailure,
  openOwnSession,
  prepareForWorker,
} from '../../lib/ownModel';
import { MAX_MODEL_BYTES } from '../../lib/onnxRecognize';
import { IMAGENET_MEAN, IMAGENET_STD } from '../../lib/onnxRecognizeInput';
import { byomBytes, byomReference, referenceTensor } from './byomHelpers';
import { maxAbsDiff } from './helpers';

function handler(create: (bytes: Uint8Array) => Promise<ModelSession> = (b) => createSession(b)) {
  const sent: ModelResponse[] = [];
  const handle = createModelHandler(
    {
      getSession: () => Promise.reject(new Error('no url models here')),
      createSession: create,
      loadOwnModel: async () => ({ prepareForWorker, openOwnSession, describeOwnModelFailure }),
    },
    (r) => sent.push(r),
  );
  return { sent, handle };
}

describe('openBytes: a reader’s torchvision export', () => {
  it('is recognised, opened, and runs with PyTorch’s values under its key', async () => {
    const { sent, handle } = handler();
    await handle({ type: 'openBytes', url: 'own:1', bytes: byomBytes('small-opset13.onnx') });
    const opened = sent.find((r) => r.type === 'openedBytes');
    expect(opened, JSON.stringify(sent)).toBeDefined();
    if (opened?.type !== 'openedBytes') return;
    expect(opened.model.recognised.stagesOutChannels).toEqual([8, 16, 32, 64, 128]);
    expect(opened.model.recognised.stagesRepeats).toEqual([2, 2, 2]);
    expect(opened.outputNames).toContain('stage3.unit2.right.dw');

    const ref = byomReference('small-opset13');
    const input = opened.model.recognised.input;
    await handle({
      type: 'run',
      id: 7,
      url: 'own:1',
      feeds: { [input.name]: { data: referenceTensor(ref, 'input').slice(), dims: input.shape } },
      outputs: ['maxpool', 'stage3.unit2.right.dw', 'logits'],
    });
    const ran = sent.find((r) => r.type === 'ran');
    if (ran?.type !== 'ran') throw new Error(JSON.stringify(sent.at(-1)));
    for (const name of ['maxpool', 'stage3.unit2.right.dw', 'logits'])
      expect(maxAbsDiff(ran.tensors[name].data, referenceTensor(ref, name)), name).toBeLessThanOrEqual(1e-4);
  });

  it('builds a manifest the explorer steps through op by op: stem, max pool, every unit’s ops, conv5, pool, FC, softmax', async () => {
    const { sent, handle } = handler();
    await handle({ type: 'openBytes', url: 'own:2', bytes: byomBytes('small-opset17-bn.onnx') });
    const opened = sent[0];
    if (opened.type !== 'openedBytes') throw new Error(JSON.stringify(opened));
    const manifest = ownModelManifest(opened.model, 'mine.onnx', classNames(10, null), {
      mean: IMAGENET_MEAN,
      std: IMAGENET_STD,
    });
    const steps = buildSteps(manifest);
    const ids = steps.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['input', 'stem', 'maxpool']);
    expect(ids.slice(-4)).toEqual(['conv5', 'pool', 'fc', 'softmax']);
    // every unit op by op: a down-sampling unit has 5 conv ops + concat + shuffle, a basic one split + 3 + 2
    expect(steps.filter((s) => s.kind === 'op')).toHaveLength(3 * (7 + 6));
    expect(steps.filter((s) => s.kind === 'unit')).toHaveLength(0);
    // BN kept as a node: no folded kernel to recompute a value from; folded exports have one
    expect(manifest.outputs.find((o) => o.name === 'stem')?.layer?.weights).toBeUndefined();
  });
});

describe('openBytes: files the explorer cannot open', () => {
  it.each([
    ['not ONNX', new TextEncoder().encode('%PDF-1.4 not a model at all'), 'not-onnx', /ONNX/],
    ['a ResNet', byomBytes('tiny-resnet.onnx'), 'not-shufflenet', /not a ShuffleNetV2: expected .* but found .*Add/],
  ])('%s: a message that says what is wrong', async (_, bytes, code, message) => {
    const { sent, handle } = handler();
    await handle({ type: 'openBytes', url: 'own:3', bytes });
    expect(sent).toHaveLength(1);
    const r = sent[0];
    expect(r.type).toBe('openBytesFailed');
    if (r.type !== 'openBytesFailed') return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
  });

  it('a model the runtime cannot run: failed-to-run with the runtime’s reason', async () => {
    const { sent, handle } = handler(async () => ({
      inputNames: ['input'],
      outputNames: [],
      run: () => Promise.reject(new Error('Unsupported op ShuffleMagic')),
      release: () => Promise.resolve(),
    }));
    await handle({ type: 'openBytes', url: 'own:4', bytes: byomBytes('small-opset13.onnx') });
    const r = sent[0];
    expect(r.type === 'openBytesFailed' && r.code).toBe('failed-to-run');
    expect(r.type === 'openBytesFailed' && r.message).toMatch(
      /recognised but failed to run: Unsupported op ShuffleMagic/,
    );
  });

  it('a file over the limit is refused before it is read', () => {
    expect(() => checkFileSize(MAX_OWN_MODEL_BYTES + 1, 'huge.onnx')).toThrow(/huge\.onnx.*up to 64\.0 MB/);
    expect(() => checkFileSize(MAX_OWN_MODEL_BYTES, 'ok.onnx')).not.toThrow();
    // the page's limit is the recogniser's own (the recogniser is not loaded on the page)
    expect(MAX_OWN_MODEL_BYTES).toBe(MAX_MODEL_BYTES);
  });

  it('a later own model replaces the earlier one (its key no longer runs)', async () => {
    const { sent, handle } = handler();
    await handle({ type: 'openBytes', url: 'own:5', bytes: byomBytes('small-opset13.onnx') });
    await handle({ type: 'openBytes', url: 'own:6', bytes: byomBytes('small-opset13.onnx') });
    await handle({ type: 'run', id: 1, url: 'own:5', feeds: {} });
    expect(sent.at(-1)).toMatchObject({ type: 'runFailed', id: 1 });
  });
});
