import { describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../components/model/catalog';
import { traceChannel, traceableUnits } from '../../lib/channelTrace';
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
