// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelTrace } from '../../components/explorer/detail/ChannelTrace';
import { ValueComputation } from '../../components/explorer/detail/ValueComputation';
import { ValuePickArea } from '../../components/explorer/detail/ValuePickArea';
import { MANIFESTS } from '../../components/model/catalog';
import { FeatureMapGrid } from '../../components/model/FeatureMapGrid';
import type { ModelState } from '../../components/model/useModel';
import { asMaps } from '../../lib/featureMaps';
import type { OutputSpec } from '../../lib/manifest';
import type { ModelSession, PlainTensor } from '../../lib/ort';
import { explainValue } from '../../lib/valueComputation';
import { figureSnapshot } from '../helpers/figureSnapshot';

afterEach(cleanup);

const manifest = MANIFESTS.digits;
const spec = (name: string) => manifest.outputs.find((o) => o.name === name)!;
const dims = (s: OutputSpec) => s.shape;

/** A tensor whose value depends on the position only (not the channel): every copy of a channel agrees. */
function plane(shape: readonly number[], f = (y: number, x: number) => ((y * 7 + x * 3) % 11) / 5 - 1): PlainTensor {
  const [, c, h = 1, w = 1] = shape;
  const data = new Float32Array(shape.reduce((a, b) => a * b));
  for (let k = 0; k < c; k++)
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[(k * h + y) * w + x] = f(y, x);
  return { data, dims: [...shape] };
}
const weights = (n: number, dimsOf: number[]) => ({
  data: Float32Array.from({ length: n }, (_, i) => ((i * 37) % 13) / 6 - 1),
  dims: dimsOf,
});

/** A model whose "runtime" returns position-only tensors, and whose weights are a fixed pattern. */
function fakeModel(): ModelState {
  const session: ModelSession = {
    inputNames: ['input'],
    outputNames: manifest.outputs.map((o) => o.name),
    run: async (_feeds, outputs) => Object.fromEntries((outputs ?? []).map((n) => [n, plane(dims(spec(n)))])),
    weights: async (names) =>
      Object.fromEntries(
        names.map((n) => {
          const w = manifest.outputs.find((o) => o.layer?.weights?.weight === n || o.layer?.weights?.bias === n)!.layer!
            .weights!;
          const size =
            n === w.bias ? w.outChannels : w.outChannels * (w.inChannels / (w.groups ?? 1)) * (w.kernel ?? 1) ** 2;
          return [n, weights(size, [size])];
        }),
      ),
    release: async () => undefined,
  };
  return {
    name: 'digits',
    manifest,
    status: 'ready',
    parts: null,
    preparing: false,
    error: null,
    session,
    samples: null,
    retry: () => undefined,
  };
}

describe('the value-computation panel', () => {
  it('draws a depthwise stride-2 window at the corner, padding marked, and the runtime value beside it', async () => {
    const s = spec('stage3.unit1.right.dw');
    const inputs = { [s.layer!.inputs[0]]: plane(dims(spec(s.layer!.inputs[0]))) };
    const w = { weight: weights(48 * 9, [48, 1, 3, 3]), bias: weights(48, [48]) };
    const e = explainValue(s, inputs, w, { channel: 2, y: 0, x: 0 });
    const { container } = render(
      <ValueComputation spec={s} e={e} runtime={e.value + 0.5} classes={manifest.classes} />,
    );
    expect(container.querySelectorAll('[data-padding="yes"]')).toHaveLength(5);
    expect(screen.getByText(/starts at row 0·2 − 1 = −1, column 0·2 − 1 = −1/)).toBeTruthy();
    expect(screen.getByText(/at stride 2 each output step moves the window 2 input pixels/)).toBeTruthy();
    expect(screen.getByText(/no ReLU: the value keeps its sign/)).toBeTruthy();
    // a runtime value that differs is reported, not hidden
    expect(container.querySelector('[data-agreement]')!.getAttribute('data-agreement')).toBe('no');
    expect(Number(container.querySelector('[data-diff]')!.getAttribute('data-diff'))).toBeCloseTo(0.5, 6);
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot(
      '__snapshots__/value-dwconv-corner.html',
    );
  });

  it('draws a 1×1 conv as sorted contributions, the rest summed, bias and ReLU', async () => {
    const s = spec('stage3.unit2.right');
    const inputs = { [s.layer!.inputs[0]]: plane(dims(spec(s.layer!.inputs[0])), (y, x) => 0.1 + y + x) };
    const e = explainValue(
      s,
      inputs,
      { weight: weights(48 * 48, [48, 48, 1, 1]), bias: weights(48, [48]) },
      { channel: 1, y: 2, x: 3 },
    );
    const { container } = render(<ValueComputation spec={s} e={e} runtime={e.value} classes={manifest.classes} />);
    const chart = screen.getByRole('img', { name: /Terms of the weighted sum/ });
    const labels = [...chart.querySelectorAll('text[text-anchor="end"]')].map((t) => t.textContent);
    expect(labels).toHaveLength(8 + 2);
    expect(labels.at(-2)).toBe('40 others');
    expect(labels.at(-1)).toBe('bias');
    expect(screen.getByText(/ReLU: max\(0, /)).toBeTruthy();
    expect(container.querySelector('[data-agreement]')!.getAttribute('data-agreement')).toBe('yes');
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot('__snapshots__/value-conv1x1.html');
  });

  it('explains a shuffle output by the index rule with its numbers', async () => {
    const s = spec('stage3.unit2.shuffle');
    const e = explainValue(s, { 'stage3.unit2.concat': plane(dims(spec('stage3.unit2.concat'))) }, null, {
      channel: 7,
      y: 1,
      x: 1,
    });
    const { container } = render(<ValueComputation spec={s} e={e} runtime={e.value} classes={manifest.classes} />);
    // 7 = 3·2 + 1 ← 1·48 + 3 = 51
    expect(container.textContent).toMatch(/output 7 = k·g \+ j = 3·2 \+ 1 ← input j·\(C\/g\) \+ k = 1·48 \+ 3 = 51/);
    expect(container.textContent).toMatch(/so it is channel 51 of stage3\.unit2\.concat/);
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot('__snapshots__/value-shuffle.html');
  });
});

describe('clicking a map opens the computation', () => {
  it('Enter on a map position opens the panel with the model’s weights and the runtime value', async () => {
    const model = fakeModel();
    const t = plane(dims(spec('stage2.unit2.concat')));
    render(
      <ValuePickArea model={model} pixels={new Uint8Array(784)}>
        <FeatureMapGrid
          tensor={asMaps(t.data, t.dims)}
          domain={[-1, 1]}
          label="Concat"
          pickTensor="stage2.unit2.concat"
        />
        <FeatureMapGrid
          tensor={asMaps(t.data.subarray(0, 24 * 196), [1, 24, 14, 14])}
          domain={[-1, 1]}
          label="Branch"
          pickTensor="stage2.unit2.right"
        />
      </ValuePickArea>,
    );
    expect(screen.getByText(/Click any position of a map/)).toBeTruthy();
    const grid = screen.getByRole('group', { name: /Concat: 48 maps.*Enter shows how the value is computed/ });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    await act(async () => fireEvent.keyDown(grid, { key: 'Enter' }));
    const panel = await screen.findByRole('region', { name: 'How one value is computed' });
    await waitFor(() => expect(panel.getAttribute('data-ready')).toBe('yes'));
    expect(panel.textContent).toMatch(/stage2\.unit2\.concat, channel 0, row 0, column 2/);
    // position-only fake tensors: the copy agrees with its source exactly
    expect(panel.querySelector('[data-agreement]')!.getAttribute('data-agreement')).toBe('yes');
    // the panel's own fields move the position; a conv needs the weights, read through the session
    fireEvent.change(within(panel).getByLabelText('Channel'), { target: { value: '30' } });
    await waitFor(() => expect(panel.textContent).toMatch(/channel 30, row 0, column 2/));
    expect(panel.textContent).toMatch(/channel 30 − 24 = 6/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'How one value is computed' })).toBeNull();

    // a conv: its weights come through the session (from the model file, in the real worker)
    const conv = screen.getByRole('group', { name: /Branch: 24 maps/ });
    fireEvent.keyDown(conv, { key: 'ArrowDown' });
    await act(async () => fireEvent.keyDown(conv, { key: 'Enter' }));
    const again = await screen.findByRole('region', { name: 'How one value is computed' });
    await waitFor(() => expect(again.getAttribute('data-ready')).toBe('yes'));
    expect(again.textContent).toMatch(/stage2\.unit2\.right, channel 0, row 1, column 0/);
    expect(again.textContent).toMatch(/weighted sum over all 24 input channels of stage2\.unit2\.right\.dw/);
  });
});

describe('follow a channel', () => {
  it('lists every unit the channel crosses untouched and where it is first transformed', async () => {
    render(<ChannelTrace model={fakeModel()} pixels={new Uint8Array(784)} stage={3} />);
    const section = screen.getByRole('region', { name: 'Follow a channel' });
    fireEvent.change(within(section).getByLabelText('Channel'), { target: { value: '30' } });
    const rows = () =>
      [...section.querySelectorAll('[data-trace-unit]')].map(
        (r) => `${r.getAttribute('data-trace-unit')}:${r.getAttribute('data-side')}`,
      );
    expect(rows()).toEqual(['stage3.unit2:untouched', 'stage3.unit3:branch']);
    expect(section.textContent).toMatch(/passes 1 unit untouched and is first transformed in stage 3, unit 3/);
    await waitFor(() =>
      expect(section.textContent).toMatch(/differs from the one that entered the stage by 0: it is the same map/),
    );
    fireEvent.change(within(section).getByLabelText('Channel'), { target: { value: '0' } });
    expect(section.textContent).toMatch(/crosses all 3 basic units of the stage untouched/);
  });
});
