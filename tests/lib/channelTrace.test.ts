import { describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../components/model/catalog';
import { canTraceChannels, traceChannel, traceableUnits } from '../../lib/channelTrace';
import { IMAGENET_MEAN, IMAGENET_STD } from '../../lib/onnxRecognizeInput';
import { classNames, ownModelManifest, prepareOwnModel } from '../../lib/ownModel';
import { byomBytes } from '../model/byomHelpers';
import { shufflePermutation, invertPermutation } from '../../lib/shuffle';

const manifest = MANIFESTS.digits;

describe('following a channel through a stage', () => {
  it('a channel of the untouched half moves where the shuffle sends it, until it lands in a branch half', () => {
    const units = traceableUnits(manifest, 3);
    const C = units[0].inChannels; // 96 in stage 3
    const where = invertPermutation(shufflePermutation(C, 2)); // concat position → shuffle position
    const t = traceChannel(manifest, 3, 0);
    // channel 0 is the first of the untouched half; the shuffle keeps concat channel 0 at position 0 forever
    expect(t.steps.every((s) => s.side === 'untouched' && s.shuffleChannel === 0)).toBe(true);
    expect(t.transformedIn).toBeNull();
    const t5 = traceChannel(manifest, 3, 5);
    expect(t5.steps[0]).toMatchObject({ inputChannel: 5, side: 'untouched', halfChannel: 5, shuffleChannel: where[5] });
    expect(where[5]).toBe(10); // concat channel 5 = group 0, k = 5 → output 5·2 + 0
    expect(t5.steps[1]).toMatchObject({ inputChannel: 10, side: 'untouched', shuffleChannel: 20 });
    expect(t5.steps[2]).toMatchObject({ inputChannel: 20, side: 'untouched', shuffleChannel: 40 });
    expect(units).toHaveLength(3); // stage 3 of the shipped model: units 2, 3 and 4 are basic
    expect(t5.untouched).toBe(3);
    // channel 30: 30 → 60, which is in the branch half (≥ 48) of the second basic unit
    const t30 = traceChannel(manifest, 3, 30);
    expect(t30.steps.map((s) => s.side)).toEqual(['untouched', 'branch', null]);
    expect(t30.steps[1]).toMatchObject({ inputChannel: 60, halfChannel: 12 });
    expect(t30.transformedIn?.name).toBe('stage3.unit3');
  });

  it('a channel of the second half is transformed at once, and then followed no further', () => {
    const C = traceableUnits(manifest, 2)[0].inChannels;
    const t = traceChannel(manifest, 2, C - 1);
    expect(t.steps[0]).toMatchObject({ side: 'branch', halfChannel: C / 2 - 1, shuffleChannel: null });
    expect(t.transformedIn?.name).toBe(t.steps[0].unit.name);
    expect(t.steps.slice(1).every((s) => s.inputChannel === null)).toBe(true);
    expect(() => traceChannel(manifest, 2, C)).toThrow(/channel must be 0 … /);
  });
});

describe('which models a channel can be followed in', () => {
  const own = (file: string) =>
    ownModelManifest(prepareOwnModel(byomBytes(file)), file, classNames(10, null), {
      mean: IMAGENET_MEAN,
      std: IMAGENET_STD,
    });

  it('the book’s models and a reader’s torchvision export; the trace of an export follows its own units', () => {
    expect(canTraceChannels(manifest)).toBe(true);
    const m = own('small-opset13.onnx');
    expect(canTraceChannels(m)).toBe(true);
    // stages_repeats 2, 2, 2: one basic unit per stage, 32 channels entering stage 3's
    const t = traceChannel(m, 3, 3);
    expect(t.steps.map((s) => s.unit.name)).toEqual(['stage3.unit2']);
    expect(t.channels).toBe(32);
    expect(t.steps[0]).toMatchObject({ side: 'untouched', halfChannel: 3, shuffleChannel: 6 });
  });

  it('not a model with only down-sampling units, nor one whose shuffle has other than 2 groups', () => {
    const m = own('small-opset13.onnx');
    expect(canTraceChannels({ units: m.units.filter((u) => u.type === 'down') })).toBe(false);
    const three = m.units.map((u) => ({
      ...u,
      after: u.after.map((o) => (o.op === 'shuffle' ? { ...o, groups: 3 } : o)),
    }));
    expect(canTraceChannels({ units: three })).toBe(false);
  });
});
