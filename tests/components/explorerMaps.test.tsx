// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapDialog, type OpenMap } from '../../components/explorer/MapDialog';
import { OpStepView } from '../../components/explorer/OpStepView';
import { TensorMaps } from '../../components/explorer/TensorMaps';
import { VectorStrip } from '../../components/explorer/VectorStrip';
import { MANIFESTS } from '../../components/model/catalog';
import { schemeColor, schemeDomain, schemeFor, schemeLut } from '../../lib/colorMaps';
import { asMaps } from '../../lib/featureMaps';
import { mapView } from '../../lib/mapView';
import { buildSteps } from '../../lib/steps';
import { modelSnapshot } from '../helpers/figureSnapshot';

afterEach(cleanup);

const manifest = MANIFESTS.digits;
const steps = buildSteps(manifest);

/** A tensor of the manifest's shape for `name`, value (c − C/2)·(1 + r + col)/10: signed, and distinct per map. */
function fake(name: string) {
  const spec = manifest.outputs.find((o) => o.name === name)!;
  const [, c, h, w] = spec.shape;
  const data = new Float32Array(c * h * w);
  for (let k = 0; k < c; k++)
    for (let r = 0; r < h; r++)
      for (let x = 0; x < w; x++) data[(k * h + r) * w + x] = ((k - c / 2) * (1 + r + x)) / 10;
  return { data, dims: spec.shape };
}

describe('colour maps by what the values are', () => {
  it('signed values get the diverging map centred on 0; post-ReLU values a sequential one; the input grey', () => {
    expect(schemeFor('signed')).toBe('diverging');
    expect(schemeFor('nonnegative')).toBe('sequential');
    expect(schemeFor('input')).toBe('grey');
    expect(schemeDomain('diverging', [-0.5, 2])).toEqual([-2, 2]);
    expect(schemeDomain('sequential', [0.5, 2])).toEqual([0, 2]);
    // the diverging map's middle is (nearly) white, its ends are not the same colour
    expect(Math.min(...schemeColor('diverging', 0.5))).toBeGreaterThan(230);
    expect(schemeColor('diverging', 0)).not.toEqual(schemeColor('diverging', 1));
    // viridis gets lighter with the value
    const light = (t: number) => schemeColor('sequential', t).reduce((a, b) => a + b, 0);
    expect(light(0)).toBeLessThan(light(0.5));
    expect(light(0.5)).toBeLessThan(light(1));
    expect(schemeLut('sequential').length).toBe(256);
  });

  it('the view model handed to the canvas: scheme, range and at least 48 px per 7×7 (or smaller) map on a desktop', async () => {
    const names = ['stem', 'stage3.unit2.right.conv1', 'stage3.unit2.right.dw', 'stage4.unit2.right.dw', 'conv5'];
    const views = Object.fromEntries(
      names.map((n) => {
        const t = fake(n);
        const values = manifest.outputs.find((o) => o.name === n)!.layer!.values;
        const desktop = mapView(asMaps(t.data, t.dims), values, 900);
        const phone = mapView(asMaps(t.data, t.dims), values, 360);
        const perMap = mapView(asMaps(t.data, t.dims), values, 900, { contrast: 'per-map' });
        return [
          n,
          {
            scheme: desktop.scheme,
            domain: desktop.domain,
            desktopMapPixels: desktop.mapPixels,
            desktopColumns: desktop.layout.columns,
            phoneMapPixels: phone.mapPixels,
            phoneColumns: phone.layout.columns,
            firstPerMapDomains: perMap.mapDomains!.slice(0, 2),
          },
        ];
      }),
    );
    for (const n of names) {
      const [, , h] = manifest.outputs.find((o) => o.name === n)!.shape;
      if (h <= 7) expect(views[n].desktopMapPixels, n).toBeGreaterThanOrEqual(48);
      expect(views[n].phoneMapPixels * views[n].phoneColumns, n).toBeLessThanOrEqual(360);
    }
    expect(views['stage3.unit2.right.dw'].scheme).toBe('diverging');
    expect(views['stage3.unit2.right.conv1'].scheme).toBe('sequential');
    await expect(modelSnapshot(views)).toMatchFileSnapshot('__snapshots__/explorer-map-views.json');
  });

  it('a grid says which map it uses, opens a map on click and on Enter', () => {
    const t = fake('stage3.unit2.right.dw');
    const onOpen = vi.fn();
    const { container } = render(
      <TensorMaps
        name="stage3.unit2.right.dw"
        tensor={asMaps(t.data, t.dims)}
        values="signed"
        label="Out: right.dw"
        width={900}
        contrast="shared"
        onOpen={onOpen}
      />,
    );
    const wrap = container.querySelector('[data-tensor="stage3.unit2.right.dw"]')!;
    expect(wrap.getAttribute('data-scheme')).toBe('diverging');
    expect(Number(wrap.getAttribute('data-map-pixels'))).toBeGreaterThanOrEqual(48);
    expect(screen.getByRole('img', { name: /Colour scale .*purple is -?\d.*white is 0, green is/ })).toBeTruthy();
    const grid = screen.getByRole('group', { name: /Out: right\.dw: 48 maps of 7×7.*Enter opens the map large/ });
    fireEvent.keyDown(grid, { key: 'PageDown' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('stage3.unit2.right.dw', 1, 0, 0);
  });
});

describe('the enlarged map', () => {
  const t = fake('stage3.unit2.right.dw');
  const open: OpenMap = {
    name: 'stage3.unit2.right.dw',
    label: 'right.dw',
    tensor: asMaps(t.data, t.dims),
    values: 'signed',
    channel: 3,
    row: 2,
    col: 4,
  };

  it('shows one channel large with its scale, moves between channels, and hands the chosen position to renderDetail', () => {
    const renderDetail = vi.fn((name: string, c: number, y: number, x: number) => (
      <p>
        detail {name} {c} {y} {x}
      </p>
    ));
    const onClose = vi.fn();
    render(<MapDialog open={open} contrast="shared" onClose={onClose} renderDetail={renderDetail} />);
    expect(screen.getByRole('heading', { name: 'right.dw, channel 3' })).toBeTruthy();
    expect(screen.getByText('detail stage3.unit2.right.dw 3 2 4')).toBeTruthy();
    // channel 3 at row 2, column 4: (3 − 24)(1 + 2 + 4)/10 = −14.7
    expect(screen.getByText(/Chosen: row 2, column 4, value -14\.7/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /Colour scale for value: purple/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Channel 4 →/ }));
    expect(screen.getByRole('heading', { name: 'right.dw, channel 4' })).toBeTruthy();
    const canvas = screen.getByRole('group', { name: /right\.dw, channel 4: 1 maps of 7×7/ });
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    fireEvent.keyDown(canvas, { key: 'Enter' });
    expect(renderDetail).toHaveBeenLastCalledWith('stage3.unit2.right.dw', 4, 1, 0);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('an op step', () => {
  const tensors = Object.fromEntries(manifest.outputs.map((o) => [o.name, fake(o.name)]));
  const dw = steps.find((s) => s.id === 'stage3.unit2.right.dw')!;

  it('links the diagram and the maps both ways, and an op of the diagram goes to its step', () => {
    const onStep = vi.fn();
    const { container } = render(
      <OpStepView
        step={dw}
        steps={steps}
        tensors={tensors}
        manifest={manifest}
        width={1000}
        contrast="shared"
        onOpen={vi.fn()}
        onStep={onStep}
      />,
    );
    // this op is marked in the diagram
    expect(container.querySelector('[data-op="right.dw"]')!.getAttribute('aria-current')).toBe('step');
    // reads right.conv1 (sequential), makes right.dw (diverging)
    expect(container.querySelector('[data-tensor="stage3.unit2.right.conv1"]')!.getAttribute('data-scheme')).toBe(
      'sequential',
    );
    expect(container.querySelector('[data-tensor="stage3.unit2.right.dw"]')!.getAttribute('data-scheme')).toBe(
      'diverging',
    );
    // pointing at the input's op in the diagram lights the input maps
    const conv1Maps = container.querySelector('[data-tensor="stage3.unit2.right.conv1"]')!;
    expect(conv1Maps.className).not.toMatch(/lit/);
    fireEvent.mouseEnter(container.querySelector('[data-op="right.conv1"]')!);
    expect(conv1Maps.className).toMatch(/lit/);
    fireEvent.mouseLeave(container.querySelector('[data-op="right.conv1"]')!);
    // pointing at the output maps lights the op
    fireEvent.pointerEnter(container.querySelector('[data-tensor="stage3.unit2.right.dw"]')!);
    expect(container.querySelector('[data-op="right.conv1"]')!.getAttribute('class')).toMatch(/dim/);
    fireEvent.click(container.querySelector('[data-op="concat"]')!);
    expect(steps[onStep.mock.calls[0][0]].id).toBe('stage3.unit2.concat');
  });

  it('the shuffle step draws lines, not 5-pixel maps, and previews the channel under the pointer large', () => {
    const shuffle = steps.find((s) => s.id === 'stage3.unit2.shuffle')!;
    const { container } = render(
      <OpStepView
        step={shuffle}
        steps={steps}
        tensors={tensors}
        manifest={manifest}
        width={1000}
        contrast="shared"
        onOpen={vi.fn()}
        onStep={vi.fn()}
      />,
    );
    const lines = container.querySelector('svg[data-shuffle-lines]')!;
    expect(lines.querySelectorAll('line').length).toBe(96);
    expect(container.querySelectorAll('canvas').length).toBe(0);
    fireEvent.keyDown(lines, { key: 'ArrowRight' });
    fireEvent.keyDown(lines, { key: 'ArrowRight' });
    const preview = container.querySelector('[data-shuffle-preview]')!;
    expect(preview.getAttribute('data-shuffle-preview')).toBe('1');
    expect(preview.textContent).toContain('concat channel 48 (right 0)');
    expect(preview.querySelectorAll('canvas').length).toBe(2);
  });
});

describe('the pooled vector', () => {
  it('is drawn as bars in order, one per value, not as a grid', () => {
    const values = Float32Array.from([0, 1, 2, 0.5]);
    const { container } = render(<VectorStrip values={values} label="pooled" width={200} />);
    const rects = [...container.querySelectorAll('rect')];
    expect(rects.length).toBe(4);
    const heights = rects.map((r) => Number(r.getAttribute('height')));
    expect(heights[2]).toBeGreaterThan(heights[1]);
    expect(heights[1]).toBeGreaterThan(heights[3]);
    fireEvent.keyDown(screen.getByRole('img', { name: /pooled: 4 values/ }), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('img', { name: /pooled: 4 values/ }), { key: 'ArrowRight' });
    expect(screen.getByText('entry 1: 1.00')).toBeTruthy();
  });
});

describe('the colour scale of a signed map', () => {
  it('is drawn with the diverging stops, symmetric around 0', async () => {
    const { ColorScale } = await import('../../components/charts/ColorScale');
    const { figureSnapshot } = await import('../helpers/figureSnapshot');
    const { container } = render(
      <ColorScale domain={schemeDomain('diverging', [-0.8, 2.4])} scheme="diverging" label="value (no ReLU: signed)" />,
    );
    expect(container.querySelectorAll('stop').length).toBe(9);
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot(
      '__snapshots__/color-scale-diverging.svg',
    );
  });
});
