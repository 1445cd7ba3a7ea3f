import { useMemo, useState } from 'react';
import { declaredParam, type UrlParam } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import type { ModelState } from './useModel';

/** The sample parameter as lib/urlKeys.ts declares it; a key missing there is a mistake in the page. */
function sampleParam(key: string): UrlParam<number> {
  const param = declaredParam(key);
  if (!param) throw new Error(`URL key “${key}” is not declared in lib/urlKeys.ts`);
  return param as UrlParam<number>;
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
export function useSample(model: ModelState, key: string, { local = false }: { local?: boolean } = {}): SampleState {
  const param = sampleParam(key);
  const defaultIndex = param.codec.defaultValue;
  const [urlRaw, setUrlIndex] = useUrlState(param);
  // an embedded copy (local) keeps its own sample and leaves the page's URL alone
  const [localRaw, setLocalIndex] = useState(defaultIndex);
  const [raw, setIndex] = local ? [localRaw, setLocalIndex] : [urlRaw, setUrlIndex];
  const count = model.samples?.images.length ?? model.manifest.samples.count;
  const index = raw < count ? raw : defaultIndex;
  const pixels = model.samples?.images[index] ?? null;
  const label = model.samples ? model.samples.labels[index] : null;
  return useMemo(() => ({ index, setIndex, pixels, label }), [index, setIndex, pixels, label]);
}
