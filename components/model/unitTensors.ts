import { useMemo } from 'react';
import { asMaps, defaultMapSize, sharedDomain, type MapTensor } from '../../lib/featureMaps';
import type { ManifestUnit } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import { unitTensors } from '../../lib/steps';

/** Parts of a unit a view can point at; the unit diagram highlights them and dims the rest. */
export type UnitPart = 'input' | 'left' | 'right' | 'concat' | 'shuffle';

export interface UnitMaps {
  input: MapTensor;
  left: MapTensor;
  right: MapTensor;
  concat: MapTensor;
  shuffle: MapTensor;
  /** one value range for all five, so equal values look equal everywhere in the unit */
  domain: [number, number];
}

export function mapsOf(tensors: Record<string, PlainTensor> | undefined, name: string): MapTensor | null {
  const t = tensors?.[name];
  return t ? asMaps(t.data, t.dims) : null;
}

/** The real tensors of one unit from a forward pass, or null before the model has run. */
export function useUnitMaps(tensors: Record<string, PlainTensor> | undefined, unit: ManifestUnit): UnitMaps | null {
  return useMemo(() => {
    const names = unitTensors(unit);
    const input = mapsOf(tensors, names.input),
      left = mapsOf(tensors, names.left),
      right = mapsOf(tensors, names.right);
    const concat = mapsOf(tensors, names.concat),
      shuffle = mapsOf(tensors, names.shuffle);
    if (!input || !left || !right || !concat || !shuffle) return null;
    return {
      input,
      left,
      right,
      concat,
      shuffle,
      domain: sharedDomain([input.data, left.data, right.data, concat.data, shuffle.data]),
    };
  }, [tensors, unit]);
}

/** "channels 0–23" */
export function channelRange(from: number, to: number): string {
  return to - from === 1 ? `channel ${from}` : `channels ${from}–${to - 1}`;
}

/**
 * Screen pixels per value for every grid of a unit: one scale for input and outputs, so maps of
 * the same size look the same size and a down-sampling unit's halving is visible as such.
 */
export function unitScale(unit: ManifestUnit): number {
  return Math.max(1, Math.round(defaultMapSize(unit.inChannels) / Math.max(...unit.inSize)));
}
