import { describe, expect, it } from 'vitest';
import {
  concatChannels,
  fetchedOutputs,
  isDerived,
  runForward,
  shuffleTensor,
  withDerivedTensors,
} from '../../lib/derivedTensors';
import type { ModelSession } from '../../lib/ort';
import { runWaits } from '../../lib/runWaits';
import { loadManifest } from '../model/helpers';

const t = (values: number[], dims: number[]) => ({ data: Float32Array.from(values), dims });

describe('tensors rebuilt from the branches', () => {
  it('concatenates along channels, worked by hand: (1,1,1,2) ++ (1,2,1,2)', () => {
    const out = concatChannels(t([1, 2], [1, 1, 1, 2]), t([3, 4, 5, 6], [1, 2, 1, 2]));
    expect(out.dims).toEqual([1, 3, 1, 2]);
    expect(Array.from(out.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses to concatenate maps of different sizes', () => {
    expect(() => concatChannels(t([1, 2], [1, 1, 1, 2]), t([1], [1, 1, 1, 1]))).toThrow(RangeError);
  });

  it('shuffles four channels with two groups to 0, 2, 1, 3 (each channel a 1×2 map)', () => {
    const out = shuffleTensor(t([0, 0, 1, 1, 2, 2, 3, 3], [1, 4, 1, 2]));
    expect(Array.from(out.data)).toEqual([0, 0, 2, 2, 1, 1, 3, 3]);
    expect(out.dims).toEqual([1, 4, 1, 2]);
  });

  it('requests every computed output and no derived one from the runtime', () => {
    const manifest = loadManifest('digits');
    const fetched = fetchedOutputs(manifest);
    expect(fetched).toContain('stem');
    expect(fetched).toContain('probs');
    expect(fetched).toContain('stage3.unit2.right');
    expect(fetched.some((n) => n.endsWith('.concat') || n.endsWith('.shuffle'))).toBe(false);
    expect(fetched).toContain('stage3.unit1.left'); // a down-sampling unit's left branch computes
    expect(fetched).not.toContain('stage3.unit2.left'); // a basic unit's left is its input's first half
    expect(fetched).not.toContain('stage3.unit2.right.split'); // … and the branch's input its second half
    // the ops inside a branch compute, but are copied out only when on screen
    expect(fetched).not.toContain('stage3.unit2.right.dw');
    expect(fetched).not.toContain('stage3.unit1.left.dw');
    const inner = manifest.outputs.filter((o) => o.role === 'layer' && !isDerived(o));
    expect(inner.length).toBe(2 * manifest.units.length + manifest.units.filter((u) => u.type === 'down').length);
    expect(fetchedOutputs(manifest, ['stage3.unit2.right.dw'])).toEqual([
      ...fetched.slice(0, fetched.indexOf('stage3.unit2.right')),
      'stage3.unit2.right.dw',
      ...fetched.slice(fetched.indexOf('stage3.unit2.right')),
    ]);
    expect(fetched.length + manifest.outputs.filter(isDerived).length + inner.length).toBe(manifest.outputs.length);
    const basic = manifest.units.filter((u) => u.type === 'basic').length;
    expect(manifest.outputs.filter(isDerived).length).toBe(2 * manifest.units.length + 2 * basic);
  });

  it('also requests the derived tensors on screen, and does not rebuild what it has', () => {
    const manifest = loadManifest('digits');
    const shown = ['stage3.unit2.concat', 'stage3.unit2.shuffle', 'stage3.unit2.left'];
    const fetched = fetchedOutputs(manifest, shown);
    expect(fetched.length).toBe(fetchedOutputs(manifest).length + 3); // the basic unit's left is derived too
    const fromRuntime = { data: new Float32Array([42]), dims: [1, 1, 1, 1] };
    const tensors = withDerivedTensors(manifest, { 'stage3.unit2.shuffle': fromRuntime });
    expect(tensors['stage3.unit2.shuffle']).toBe(fromRuntime);
  });

  it('builds a unit’s concat and shuffle only when read, once, and lists them among the entries', () => {
    const manifest = loadManifest('digits');
    const fetched: Record<string, { data: Float32Array; dims: number[] }> = {};
    for (const o of manifest.outputs.filter((o) => !isDerived(o))) {
      const size = o.shape.reduce((a, b) => a * b, 1);
      fetched[o.name] = { data: Float32Array.from({ length: size }, (_, i) => i), dims: o.shape };
    }
    const tensors = withDerivedTensors(manifest, fetched);
    expect(Object.keys(tensors).length).toBe(manifest.outputs.length);
    const unit = manifest.units[1];
    const shuffled = tensors[`${unit.name}.shuffle`];
    expect(shuffled).toBe(tensors[`${unit.name}.shuffle`]); // kept, not rebuilt
    expect(shuffled.dims).toEqual(manifest.outputs.find((o) => o.name === `${unit.name}.shuffle`)!.shape);
    const plane = unit.outSize[0] * unit.outSize[1];
    // output channel 1 of a 2-group shuffle is the first channel of the right branch
    expect(Array.from(shuffled.data.subarray(plane, 2 * plane))).toEqual(
      Array.from(fetched[`${unit.name}.right`].data.subarray(0, plane)),
    );
  });

  it('takes a basic unit’s left output as a view of its input’s first half', () => {
    const manifest = loadManifest('digits');
    const unit = manifest.units.find((u) => u.type === 'basic')!;
    const [, c, h, w] = manifest.outputs.find((o) => o.name === unit.input)!.shape;
    const input = { data: Float32Array.from({ length: c * h * w }, (_, i) => i), dims: [1, c, h, w] };
    const left = withDerivedTensors(manifest, { [unit.input]: input })[`${unit.name}.left`];
    expect(left.dims).toEqual([1, c / 2, h, w]);
    expect(left.data.buffer).toBe(input.data.buffer);
    expect(Array.from(left.data)).toEqual(Array.from(input.data.subarray(0, (c / 2) * h * w)));
  });

  it('says which tensor is missing when the runtime did not return a branch', () => {
    const manifest = loadManifest('digits');
    const tensors = withDerivedTensors(manifest, {});
    expect(() => tensors[`${manifest.units[0].name}.concat`]).toThrow(/left/);
  });
});

describe('the forward pass time', () => {
  it('leaves out the time a run waited in the worker before it began', async () => {
    const digits = loadManifest('digits');
    const session: ModelSession = {
      inputNames: ['input'],
      outputNames: ['probs'],
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 40));
        const tensors = { probs: { data: new Float32Array(10), dims: [1, 10] } };
        runWaits.set(tensors, 30); // as the worker reports it: 30 of those ms were spent waiting
        return tensors;
      },
      release: async () => undefined,
    };
    const start = performance.now();
    const { runMs } = await runForward(session, digits, new Uint8Array(28 * 28), ['probs']);
    const elapsed = performance.now() - start;
    expect(runMs).toBeGreaterThan(0);
    expect(runMs).toBeLessThanOrEqual(elapsed - 30 + 0.5);
  });
});
