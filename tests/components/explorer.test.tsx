// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImageUpload, MAX_UPLOAD_BYTES, uploadProblem } from '../../components/explorer/ImageUpload';
import { StepNav } from '../../components/explorer/StepNav';
import { NetworkOverview } from '../../components/explorer/NetworkOverview';
import { ArchitectureTable, architectureRows, sameArchitecture } from '../../components/explorer/ModelFacts';
import { MANIFESTS } from '../../components/model/catalog';
import { BranchesView } from '../../components/model/BranchesView';
import { FeatureMapGrid } from '../../components/model/FeatureMapGrid';
import { LiveUnitCell } from '../../components/model/LiveUnitCell';
import { ShuffleView } from '../../components/model/ShuffleView';
import { UnitDiagram } from '../../components/diagram/UnitDiagram';
import { fromManifestUnit } from '../../lib/unitDiagram';
import type { UnitMaps } from '../../components/model/unitTensors';
import { asMaps, sharedDomain } from '../../lib/featureMaps';
import { shufflePermutation } from '../../lib/shuffle';
import { buildSteps, findUnit } from '../../lib/steps';

afterEach(cleanup);

const manifest = MANIFESTS.digits;
const basic = findUnit(manifest, 3, 2)!;
const down = findUnit(manifest, 3, 1)!;

/** Synthetic unit tensors with the real shapes: channel c of a map is filled with value `f(c)`. */
function fakeMaps(unit: typeof basic, { breakIdentity = false, breakShuffle = false } = {}): UnitMaps {
  const [h, w] = unit.outSize;
  const [ih, iw] = unit.inSize;
  const plane = h * w;
  const fill = (channels: number, hh: number, ww: number, f: (c: number) => number) => {
    const data = new Float32Array(channels * hh * ww);
    for (let c = 0; c < channels; c++) data.fill(f(c), c * hh * ww, (c + 1) * hh * ww);
    return asMaps(data, [1, channels, hh, ww]);
  };
  const C = unit.outChannels;
  const input = fill(unit.inChannels, ih, iw, (c) => c + 1);
  const left =
    unit.type === 'basic'
      ? fill(C / 2, h, w, (c) => c + 1 + (breakIdentity && c === 3 ? 0.5 : 0))
      : fill(C / 2, h, w, (c) => 100 + c);
  const right = fill(C / 2, h, w, (c) => 200 + c);
  const concat = asMaps(new Float32Array([...left.data, ...right.data]), [1, C, h, w]);
  const perm = shufflePermutation(C, 2);
  const shuffled = new Float32Array(C * plane);
  perm.forEach((src, i) => shuffled.set(concat.data.subarray(src * plane, (src + 1) * plane), i * plane));
  if (breakShuffle) shuffled[5 * plane] += 1;
  const shuffle = asMaps(shuffled, [1, C, h, w]);
  return { input, left, right, concat, shuffle, domain: sharedDomain([input.data, concat.data]) };
}

describe('uploads', () => {
  it('explains files that are not pictures, too large or empty', () => {
    expect(uploadProblem({ name: 'a.pdf', type: 'application/pdf', size: 10 })).toMatch(
      /not a PNG, JPEG or WebP image \(its type is application\/pdf\)/,
    );
    expect(uploadProblem({ name: 'big.png', type: 'image/png', size: MAX_UPLOAD_BYTES + 1 })).toMatch(
      /10\.0 MB; pictures up to 10 MB/,
    );
    expect(uploadProblem({ name: 'e.png', type: 'image/png', size: 0 })).toMatch(/empty/);
    expect(uploadProblem({ name: 'ok.webp', type: 'image/webp', size: 1000 })).toBeNull();
  });

  it('shows the problem next to the control and never calls back with a bad file', async () => {
    const onPicture = vi.fn();
    render(<ImageUpload onPicture={onPicture} />);
    const input = screen.getByLabelText(/upload a picture/i) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['hi'], 'notes.txt', { type: 'text/plain' })] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/“notes\.txt” is not a PNG/);
    // jsdom cannot decode images: the "could not be decoded" path
    fireEvent.change(input, { target: { files: [new File(['garbage'], 'x.png', { type: 'image/png' })] } });
    expect((await screen.findByText(/could not be decoded/)).textContent).toMatch(/x\.png/);
    expect(onPicture).not.toHaveBeenCalled();
  });
});

describe('feature map grid', () => {
  it('shows a placeholder before the model has run', () => {
    render(<FeatureMapGrid tensor={null} domain={[0, 1]} label="Stem output" />);
    expect(screen.getByText(/appear here once the model has run/)).toBeTruthy();
  });

  it('reads values with the keyboard, across map edges, without moving the explorer', () => {
    const t = asMaps(
      Float32Array.from({ length: 2 * 2 * 3 }, (_, i) => i / 10),
      [1, 2, 2, 3],
    );
    const outer = vi.fn();
    render(
      <div onKeyDown={outer}>
        <FeatureMapGrid tensor={t} domain={[0, 1.1]} label="Maps" columns={2} />
      </div>,
    );
    const grid = screen.getByRole('group', { name: /Maps: 2 maps of 2×3/ });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(screen.getByText(/channel 0 · row 0, column 1 · value 0\.100/)).toBeTruthy();
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' }); // past the right edge: into map 1
    expect(screen.getByText(/channel 1 · row 0, column 0 · value 0\.600/)).toBeTruthy();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(screen.getByText(/channel 1 · row 1, column 0 · value 0\.900/)).toBeTruthy();
    expect(outer).not.toHaveBeenCalled();
  });
});

describe('unit views on synthetic tensors', () => {
  it('the diagram has one box per op of the manifest and a text alternative listing them', () => {
    const { container } = render(<UnitDiagram model={fromManifestUnit(down)} />);
    expect(container.querySelectorAll('[data-node][data-path="right"]').length).toBe(down.right.length);
    expect(container.querySelectorAll('[data-node][data-path="left"]').length).toBe(down.left.length);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toMatch(
      /^Down-sampling unit, stage 3, unit 1: input \(48×14×14\);.*3×3 depthwise conv, stride 2/,
    );
  });

  it('says "Identical" only when the untouched half equals the input half', () => {
    render(<BranchesView unit={basic} maps={fakeMaps(basic)} />);
    expect(screen.getByText(/^The untouched half is exactly the input/)).toBeTruthy();
    cleanup();
    render(<BranchesView unit={basic} maps={fakeMaps(basic, { breakIdentity: true })} />);
    expect(screen.getByText('Not identical:').parentElement!.textContent).toMatch(/by up to 0\.500/);
  });

  it('draws one line per channel from concat channel perm[i] to output i, and checks the maps', () => {
    const { container } = render(<ShuffleView unit={basic} maps={fakeMaps(basic)} />);
    const lines = [...container.querySelectorAll('svg[data-shuffle-lines] line')];
    expect(lines.map((l) => Number(l.getAttribute('data-from')))).toEqual(shufflePermutation(basic.outChannels, 2));
    expect(lines.map((l) => Number(l.getAttribute('data-to')))).toEqual(lines.map((_, i) => i));
    expect(screen.getByText(/^Each of the \d+ output maps is a copy/)).toBeTruthy();
    cleanup();
    render(<ShuffleView unit={basic} maps={fakeMaps(basic, { breakShuffle: true })} />);
    expect(screen.getByText('Mismatch:').parentElement!.textContent).toContain(
      `${basic.outChannels - 1} of ${basic.outChannels}`,
    );
  });

  it('before the run, the sentences that arrive with the maps already hold their room, invisible', () => {
    // the live sentence, as the run writes it
    const live = (view: HTMLElement, pattern: RegExp) => within(view).getByText(pattern).textContent;
    const branchesLive = live(render(<BranchesView unit={basic} maps={fakeMaps(basic)} />).container, /^The untouched/);
    const shuffleLive = live(render(<ShuffleView unit={basic} maps={fakeMaps(basic)} />).container, /^Each of the/);
    cleanup();
    render(<BranchesView unit={basic} maps={null} />);
    const prompt = screen.getByText('Run the model to compare the halves.');
    const reserved = prompt.parentElement!.querySelector('[aria-hidden="true"]')!;
    expect(reserved.textContent).toBe(branchesLive);
    // the prompt and its invisible stand-in share one grid cell: the box is as tall as the longer of the two
    expect(reserved.parentElement).toBe(prompt.parentElement);
    cleanup();
    const shuffle = render(<ShuffleView unit={basic} maps={null} />).container;
    const shuffleReserved = [...shuffle.querySelectorAll('[aria-hidden="true"]')].find((e) =>
      e.textContent?.startsWith('Each of the'),
    );
    expect(shuffleReserved?.textContent).toBe(shuffleLive);
  });

  it('the live cell refuses a view that does not fit the unit, in words', () => {
    render(<LiveUnitCell model="digits" stage={3} unit={1} view="split" />);
    expect(screen.getByText(/is a down-sampling unit; the 'split' view needs a basic unit/)).toBeTruthy();
    cleanup();
    render(<LiveUnitCell model="digits" stage={9} unit={1} view="down" />);
    expect(screen.getByText(/has no stage 9, unit 1/)).toBeTruthy();
  });
});

describe('navigation and facts', () => {
  it('the overview lists every step as a slab with a thumbnail, marks the current one and jumps', () => {
    const steps = buildSteps(manifest);
    const onStep = vi.fn();
    render(<NetworkOverview steps={steps} manifest={manifest} index={2} tensors={undefined} onStep={onStep} />);
    const strip = screen.getByRole('navigation', { name: /whole network/ });
    const buttons = within(strip).getAllByRole('button');
    expect(buttons.length).toBe(steps.length);
    expect(buttons[2].getAttribute('aria-current')).toBe('step');
    expect(buttons.filter((b) => b.getAttribute('aria-current')).length).toBe(1);
    // Named by its content (visible short label, then the full title), no aria-label that could differ from what is seen.
    expect(buttons[2].hasAttribute('aria-label')).toBe(false);
    expect(buttons[2].textContent).toContain(`${steps[2].title}, output ${steps[2].outputShape.join('×')}`);
    // one slab and one thumbnail per step; the depthwise outputs are thumbnailed on the diverging map
    expect(strip.querySelectorAll('svg [data-slab]').length).toBe(steps.length);
    expect(strip.querySelectorAll('canvas[data-thumb]').length).toBe(steps.length);
    const dw = steps.findIndex((s) => s.op?.op === 'dwconv3x3');
    expect(buttons[dw].getAttribute('data-scheme')).toBe('diverging');
    expect(buttons[dw + 1].getAttribute('data-scheme')).toBe('sequential');
    fireEvent.click(buttons[5]);
    expect(onStep).toHaveBeenCalledWith(5);
  });

  it("the overview makes its thumbnails' 2D contexts while idle, before a result, and not again for it", () => {
    const steps = buildSteps(manifest);
    const made: HTMLCanvasElement[] = [];
    const fakeContext = {
      createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: () => undefined,
    };
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      made.push(this);
      return fakeContext as never;
    });
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const { rerender, container } = render(
        <NetworkOverview steps={steps} manifest={manifest} index={0} tensors={undefined} onStep={() => undefined} />,
      );
      expect(made, 'nothing before the browser is idle').toEqual([]);
      idle.forEach((f) => f());
      const thumbs = [...container.querySelectorAll('canvas[data-thumb-of]')];
      expect(made).toHaveLength(thumbs.length);
      expect(new Set(made).size).toBe(thumbs.length);
      // a result: every thumbnail painted, no context made anew
      const tensors = Object.fromEntries(
        manifest.outputs.map((o) => [
          o.name,
          { data: new Float32Array(o.shape.reduce((a, b) => a * b, 1)), dims: o.shape },
        ]),
      );
      rerender(
        <NetworkOverview steps={steps} manifest={manifest} index={0} tensors={tensors} onStep={() => undefined} />,
      );
      expect(made).toHaveLength(thumbs.length);
      expect(thumbs.filter((c) => (c as HTMLCanvasElement).dataset.painted).length).toBeGreaterThan(0);
    } finally {
      getContext.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('the step controls move and scrub', () => {
    const steps = buildSteps(manifest);
    const onStep = vi.fn();
    render(<StepNav steps={steps} index={2} onStep={onStep} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(onStep).toHaveBeenCalledWith(3);
    fireEvent.change(screen.getByLabelText('Step'), { target: { value: '7' } });
    expect(onStep).toHaveBeenCalledWith(7);
    expect(screen.getByText(`3 / ${steps.length}`)).toBeTruthy();
  });

  it('the architecture table is read from the manifest', () => {
    const rows = architectureRows(manifest);
    expect(rows.map((r) => r.layer)).toEqual([
      'input',
      'stem',
      ...manifest.stages.map((s) => s.name),
      'conv5',
      'pool',
      'FC',
    ]);
    expect(rows.find((r) => r.layer === 'conv5')!.channels).toBe(manifest.conv5.outChannels);
    render(<ArchitectureTable model="digits" />);
    expect(screen.getByRole('table').textContent).toContain(
      `${manifest.stages[1].outSize[0]}×${manifest.stages[1].outSize[1]}`,
    );
    expect(sameArchitecture(MANIFESTS.digits, MANIFESTS.fashion)).toBe(true);
    expect(sameArchitecture(MANIFESTS.digits, { ...MANIFESTS.fashion, conv5: { outChannels: 1 } })).toBe(false);
  });
});
