/**
 * Follow one channel through a stage: where it sits after every unit's split and shuffle, in
 * which units it takes the untouched half, and in which unit it first enters a branch and is
 * transformed. The positions come from the one trace of untouched channels (lib/mixing.ts
 * untouchedTrace) with the network's own shuffle (lib/shuffle.ts, g = 2).
 */
import type { ManifestUnit, ModelManifest } from './manifest';
import { untouchedTrace } from './mixing';
import { shufflePermutation, splitChannels } from './shuffle';

export interface ChannelTraceStep {
  unit: ManifestUnit;
  /** the channel's position in this unit's input; null once an earlier unit transformed it */
  inputChannel: number | null;
  /** 'untouched': the split's first half, copied to the concat; 'branch': the second half, convolved */
  side: 'untouched' | 'branch' | null;
  /** its position in the unit's untouched half (= in the concat), or in the branch's input (right.split) */
  halfChannel: number | null;
  /** where the shuffle puts it (the next unit's input), while it is untouched */
  shuffleChannel: number | null;
}

export interface ChannelTrace {
  stage: number;
  /** the channel followed: its index in the input of the stage's first basic unit */
  channel: number;
  channels: number;
  steps: ChannelTraceStep[];
  /** how many units it passed untouched */
  untouched: number;
  /** the unit in which it entered a branch, or null if it crosses the whole stage untouched */
  transformedIn: ManifestUnit | null;
}

/** The basic units of a stage, in order: the ones a channel can cross untouched. */
export function traceableUnits(manifest: Pick<ModelManifest, 'units'>, stage: number): ManifestUnit[] {
  return manifest.units.filter((u) => u.stage === stage && u.type === 'basic').sort((a, b) => a.unit - b.unit);
}

/**
 * Whether a model's channels can be followed: it has basic units (a custom width may have only
 * down-sampling ones, which convolve every channel), and every shuffle has 2 groups, the shuffle
 * the trace applies (a reader's model says its own; the book's are all 2).
 */
export function canTraceChannels(manifest: Pick<ModelManifest, 'units'>): boolean {
  return (
    manifest.units.some((u) => u.type === 'basic') &&
    manifest.units.every((u) => u.after.every((o) => o.op !== 'shuffle' || (o.groups ?? 2) === 2))
  );
}

/**
 * Traces `channel` of the tensor entering stage `stage`'s first basic unit (the output of the
 * stage's down-sampling unit, whose two branches convolve every channel) through the stage.
 */
export function traceChannel(manifest: Pick<ModelManifest, 'units'>, stage: number, channel: number): ChannelTrace {
  const units = traceableUnits(manifest, stage);
  if (units.length === 0) throw new RangeError(`stage ${stage} has no basic units`);
  const channels = units[0].inChannels;
  if (!Number.isInteger(channel) || channel < 0 || channel >= channels)
    throw new RangeError(`channel must be 0 … ${channels - 1} (got ${channel})`);
  const rows = untouchedTrace(channels, units.length, shufflePermutation(channels, 2));
  const half = splitChannels(channels).identity.length;
  let transformedIn: ManifestUnit | null = null;
  const steps = units.map((unit, k): ChannelTraceStep => {
    const at = rows[k].indexOf(channel);
    if (at < 0) return { unit, inputChannel: null, side: null, halfChannel: null, shuffleChannel: null };
    if (at >= half) {
      transformedIn ??= unit;
      return { unit, inputChannel: at, side: 'branch', halfChannel: at - half, shuffleChannel: null };
    }
    return { unit, inputChannel: at, side: 'untouched', halfChannel: at, shuffleChannel: rows[k + 1].indexOf(channel) };
  });
  return {
    stage,
    channel,
    channels,
    steps,
    untouched: steps.filter((s) => s.side === 'untouched').length,
    transformedIn,
  };
}
