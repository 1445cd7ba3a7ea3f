/**
 * What the chapter says about the interventions, measured: each edit is applied to the shipped
 * clothing network (the real ONNX edit the page makes) and the edited network's accuracy on the
 * shipped held-out images is recomputed here. Every assertion is one sentence of the chapter's
 * "A few things to try" paragraphs; if retraining the network changes what the edits do, this
 * fails and the prose must be rewritten.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../lib/ort';
import { heldOutAccuracy } from '../../lib/heldOut';
import { intervene, type Intervention } from '../../lib/onnxIntervene';
import { loadManifest, modelBytes, samplesBytes } from './helpers';

const manifest = loadManifest('fashion');
const bytes = modelBytes('fashion', manifest);
const samples = samplesBytes('fashion', manifest);
const n = manifest.samples.count;
const spec = {
  input: manifest.input.name,
  dims: manifest.input.shape,
  preprocessing: manifest.input.preprocessing,
  output: 'logits',
};
const basic = manifest.units.filter((u) => u.type === 'basic');
const last = basic[basic.length - 1];
const early = basic.filter((u) => u !== last && u.stage <= 3);

async function accuracy(edits: Intervention[]): Promise<number> {
  const session = await createSession(intervene(bytes, edits));
  const r = await heldOutAccuracy(session, samples.subarray(0, n * 784), samples.subarray(n * 784), spec);
  return r.correct / r.total;
}

const acc: Record<string, number> = {};
const key = (kind: Intervention['kind'], unit: string) => `${unit} ${kind}`;
beforeAll(async () => {
  acc.none = await accuracy([]);
  for (const u of manifest.units) {
    acc[key('bypass-shuffle', u.name)] = await accuracy([{ kind: 'bypass-shuffle', unit: u.name }]);
    if (u.type !== 'basic') continue; // the sentences are about basic units
    acc[key('zero-branch', u.name)] = await accuracy([{ kind: 'zero-branch', unit: u.name }]);
    acc[key('zero-untouched', u.name)] = await accuracy([{ kind: 'zero-untouched', unit: u.name }]);
  }
  acc.everyBypass = await accuracy(manifest.units.map((u) => ({ kind: 'bypass-shuffle', unit: u.name }) as const));
}, 600_000);

describe('the interventions, as the chapter describes them', () => {
  it('the layout the sentences assume: basic units in stages 2 and 3, and one last basic unit in stage 4', () => {
    expect(early.map((u) => u.stage)).toContain(2);
    expect(early.map((u) => u.stage)).toContain(3);
    expect(last.stage).toBe(4);
    expect(acc.none).toBeGreaterThan(0.9);
  });

  it('bypassing the shuffle at any one unit leaves at most one right answer in five, near chance', () => {
    for (const u of manifest.units) expect(acc[key('bypass-shuffle', u.name)], u.name).toBeLessThan(0.2);
  });

  it('bypassing it at every unit is no better', () => {
    expect(acc.everyBypass).toBeLessThan(0.2);
  });

  it('in stages 2 and 3, zeroing the branch costs between a few points and about twenty', () => {
    for (const u of early) {
      const drop = acc.none - acc[key('zero-branch', u.name)];
      expect(drop, u.name).toBeGreaterThan(0.02);
      expect(drop, u.name).toBeLessThan(0.25);
    }
  });

  it('there, zeroing the untouched half costs more than zeroing the branch, a third of the accuracy or more', () => {
    for (const u of early) {
      const untouched = acc[key('zero-untouched', u.name)];
      expect(untouched, u.name).toBeLessThan(acc[key('zero-branch', u.name)]);
      expect(untouched, u.name).toBeLessThanOrEqual((2 / 3) * acc.none);
    }
  });

  it('there, zeroing either half is gentler than bypassing the shuffle', () => {
    for (const u of early) {
      const bypass = acc[key('bypass-shuffle', u.name)];
      expect(acc[key('zero-untouched', u.name)], u.name).toBeGreaterThan(bypass);
      expect(acc[key('zero-branch', u.name)], u.name).toBeGreaterThan(bypass);
    }
  });

  it('in the last unit it turns round: the branch is needed, the untouched half hardly at all', () => {
    expect(acc[key('zero-branch', last.name)]).toBeLessThan(0.3);
    expect(acc.none - acc[key('zero-untouched', last.name)]).toBeLessThan(0.05);
  });
});
