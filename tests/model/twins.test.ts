/**
 * Each shipped twin, run in onnxruntime-web on the book's held-out clothing images: its accuracy
 * is recomputed here (not read from a file) and must agree with what training measured for the
 * same network on the full test set, within the sampling error of 1,000 images.
 */
import { existsSync, readFileSync } from 'node:fs';
import { onnx } from 'onnx-proto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../lib/ort';
import { heldOutAccuracy } from '../../lib/heldOut';
import { parseTwinResults } from '../../lib/twins';
import { loadManifest, ROOT, samplesBytes } from './helpers';

const dir = join(ROOT, 'public', 'models', 'twins');
const results = parseTwinResults(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')));
const fashion = loadManifest('fashion');
const samples = samplesBytes('fashion', fashion);
const n = fashion.samples.count;
const shipped = results.variants.filter((v) => v.shipped);

describe('results.json', () => {
  it('summarises its runs: mean, spread and range follow from the per-seed accuracies', () => {
    for (const v of results.variants) {
      const accs = v.runs.map((r) => r.accuracy);
      const mean = accs.reduce((a, b) => a + b, 0) / accs.length;
      expect(v.accuracy.mean).toBeCloseTo(mean, 10);
      expect(v.accuracy.min).toBe(Math.min(...accs));
      expect(v.accuracy.max).toBe(Math.max(...accs));
      if (accs.length > 1)
        expect(v.accuracy.std).toBeCloseTo(
          Math.sqrt(accs.reduce((a, x) => a + (x - mean) ** 2, 0) / (accs.length - 1)),
          10,
        );
      expect(v.shipped).toBe(existsSync(join(dir, v.variant, 'model.onnx')));
    }
  });
});

describe.skipIf(!shipped.length)('shipped twins', () => {
  for (const twin of shipped) {
    it(`${twin.variant}: accuracy on the held-out images agrees with training's test accuracy`, async () => {
      const manifest = JSON.parse(readFileSync(join(dir, twin.variant, 'manifest.json'), 'utf8'));
      expect(manifest.variant).toBe(twin.variant);
      const seed0 = twin.runs.find((r) => r.seed === results.shippedSeed)!;
      expect(manifest.accuracy.value).toBe(seed0.accuracy);
      expect([manifest.params, manifest.multiplyAdds]).toEqual([twin.params, twin.multiplyAdds]);
      const session = await createSession(new Uint8Array(readFileSync(join(dir, twin.variant, 'model.onnx'))));
      const spec = {
        input: manifest.input.name,
        dims: manifest.input.shape,
        preprocessing: manifest.input.preprocessing,
        output: 'logits',
      };
      const r = await heldOutAccuracy(session, samples.subarray(0, n * 784), samples.subarray(n * 784), spec);
      // 1,000 of the 10,000 test images: the standard error is about 1 point, so 4 points is a loose bound
      expect(Math.abs(r.correct / r.total - seed0.accuracy)).toBeLessThan(0.04);
      expect(r.correct / r.total).toBeGreaterThan(0.8);
    }, 60_000);
  }
});

describe.skipIf(!shipped.some((v) => v.variant === 'v1'))('the V1-units twin', () => {
  it('is built of V1 units: group convolutions, a shuffle and an Add or average-pooled shortcut per unit, no split', () => {
    const model = onnx.ModelProto.decode(new Uint8Array(readFileSync(join(dir, 'v1', 'model.onnx'))));
    const nodes = model.graph!.node!;
    const count = (op: string) => nodes.filter((n) => n.opType === op).length;
    const units = fashion.units.length; // the same stage layout as the book's network
    const downs = fashion.units.filter((u) => u.type === 'down').length;
    expect(count('Split')).toBe(0);
    expect(count('Add')).toBe(units - downs);
    expect(count('AveragePool')).toBe(downs);
    expect(count('Transpose')).toBe(units);
    const groups = nodes
      .filter((n) => n.opType === 'Conv')
      .map((n) => Number(n.attribute?.find((a) => a.name === 'group')?.i ?? 1));
    // two 1×1 group convolutions per unit with three groups, but the first of stage 2 (its input is the stem)
    expect(groups.filter((g) => g === 3)).toHaveLength(2 * units - 1);
    const v1 = results.variants.find((v) => v.variant === 'v1')!;
    const base = results.variants.find((v) => v.variant === 'baseline')!;
    expect(Math.abs(v1.multiplyAdds / base.multiplyAdds - 1)).toBeLessThan(0.03);
  });
});
