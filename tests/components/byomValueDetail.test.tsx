// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ValueComputation } from '../../components/explorer/detail/ValueComputation';
import { IMAGENET_MEAN, IMAGENET_STD } from '../../lib/onnxRecognizeInput';
import { weightReader } from '../../lib/onnxWeights';
import type { PlainTensor } from '../../lib/ort';
import { classNames, ownModelManifest, prepareOwnModel } from '../../lib/ownModel';
import { explainValue } from '../../lib/valueComputation';
import { figureSnapshot } from '../helpers/figureSnapshot';
import { byomBytes } from '../model/byomHelpers';

/** The value panel for the two steps only a reader's torchvision export has explained this way: max pool and FC. */

afterEach(cleanup);

const file = byomBytes('small-opset13.onnx');
const manifest = ownModelManifest(prepareOwnModel(file), 'mine.onnx', classNames(10, null), {
  mean: IMAGENET_MEAN,
  std: IMAGENET_STD,
});
const spec = (op: string) => manifest.outputs.find((o) => o.layer?.op === op)!;
const tensor = (dims: number[], f: (i: number) => number): PlainTensor => ({
  dims,
  data: Float32Array.from({ length: dims.reduce((a, b) => a * b) }, (_, i) => f(i)),
});

describe('an own model’s value panel', () => {
  it('a max pool at the corner: the window, the padding without a number, the largest outlined', async () => {
    const s = spec('maxpool');
    const [, c, h, w] = manifest.outputs.find((o) => o.name === s.layer!.inputs[0])!.shape;
    const stem = tensor([1, c, h, w], (i) => ((i * 7) % 10) / 4);
    const e = explainValue(s, { [s.layer!.inputs[0]]: stem }, null, { channel: 1, y: 0, x: 0 });
    const { container } = render(<ValueComputation spec={s} e={e} runtime={e.value} classes={manifest.classes} />);
    expect(container.querySelectorAll('[data-padding="yes"]')).toHaveLength(5);
    expect(container.querySelectorAll('[data-largest="yes"]')).toHaveLength(1);
    // a padding cell shows no 0: it takes no part
    expect(container.querySelector('[data-padding="yes"]')!.textContent).toBe('pad');
    expect(screen.getByText(/max of the 4 values = /)).toBeTruthy();
    expect(screen.getByRole('img', { name: /The largest, .* is outlined/ })).toBeTruthy();
    expect(container.querySelector('[data-agreement]')!.getAttribute('data-agreement')).toBe('yes');
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot(
      '__snapshots__/value-own-maxpool-corner.html',
    );
  });

  it('the RGB stem: a window of each colour channel times its slice of the folded kernel, all summed', async () => {
    const s = manifest.outputs.find((o) => o.name === 'stem')!;
    const names = [s.layer!.weights!.weight, s.layer!.weights!.bias];
    const read = weightReader(file)(names);
    const [, c, h, w] = manifest.input.shape;
    const image = tensor([1, c, h, w], (i) => ((i * 5) % 9) / 4 - 1);
    const e = explainValue(
      s,
      { [manifest.input.name]: image },
      { weight: read[names[0]], bias: read[names[1]] },
      {
        channel: 2,
        y: 0,
        x: 0,
      },
    );
    const { container } = render(<ValueComputation spec={s} e={e} runtime={e.value} classes={manifest.classes} />);
    const windows = screen.getAllByRole('img', { name: /^Input window of channel \d/ });
    expect(windows).toHaveLength(3);
    expect(windows[2].getAttribute('aria-label')).toMatch(/times the 3×3 kernel for channel 2/);
    expect(screen.getByText(/Σ 27 products/)).toBeTruthy();
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot(
      '__snapshots__/value-own-rgb-stem.html',
    );
  });

  it('a class score: the pooled features times the class’s weights from the file, plus its bias', async () => {
    const s = spec('fc');
    const names = [s.layer!.weights!.weight, s.layer!.weights!.bias];
    const read = weightReader(file)(names);
    const pooled = tensor([1, s.layer!.weights!.inChannels], (i) => (i % 5) / 2);
    const e = explainValue(
      s,
      { [s.layer!.inputs[0]]: pooled },
      { weight: read[names[0]], bias: read[names[1]] },
      {
        channel: 3,
        y: 0,
        x: 0,
      },
    );
    const { container } = render(<ValueComputation spec={s} e={e} runtime={e.value} classes={manifest.classes} />);
    expect(container.querySelector('p')!.textContent).toMatch(/^logits, class 3\. Fully connected: 128 → 10 scores\./);
    expect(screen.getByText(/A weighted sum of all 128 pooled features with this class’s weights/)).toBeTruthy();
    expect(screen.getByText(/no ReLU: the value keeps its sign/)).toBeTruthy();
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot('__snapshots__/value-own-fc.html');
  });
});
