import { useMemo } from 'react';
import { intParam } from '../../lib/urlState';
import { useUrlState } from '../cell/useUrlState';
import type { ModelState } from './useModel';

const codecs = new Map<number, ReturnType<typeof intParam>>();
function sampleCodec(defaultIndex: number) {
  let codec = codecs.get(defaultIndex);
  if (!codec) codecs.set(defaultIndex, (codec = intParam(defaultIndex, 0, 1_000_000)));
  return codec;
}

export interface SampleState {
  /** the held-out sample shown (kept in the URL under `key`) */
  index: number;
  setIndex(index: number): void;
  /** its pixels and true label, once the samples have loaded */
  pixels: Uint8Array | null;
  label: number | null;
}

/**
 * The held-out sample a widget shows, in the URL so a link reproduces it. An index beyond the
 * shipped samples (an old link) falls back to `defaultIndex`.
 */
export function useSample(model: ModelState, key: string, defaultIndex = 0): SampleState {
  const [raw, setIndex] = useUrlState(key, sampleCodec(defaultIndex));
  const count = model.samples?.images.length ?? model.manifest.samples.count;
  const index = raw < count ? raw : defaultIndex;
  const pixels = model.samples?.images[index] ?? null;
  const label = model.samples ? model.samples.labels[index] : null;
  return useMemo(() => ({ index, setIndex, pixels, label }), [index, setIndex, pixels, label]);
}
