import { startTransition, useCallback, useEffect, useState } from 'react';
import type { ModelManifest } from '../../lib/manifest';
import { parseSamples } from '../../lib/manifest';
import { batchReports, startParts, updatePart, type LoadParts } from '../../lib/loadProgress';
import { errorMessage, fetchBytes, type LoadProgress, type ModelSession } from '../../lib/ort';
import { expectedBytes, localManifest, modelFileUrl, modelOpening, type ModelName } from './catalog';
import { useLocale } from '../i18n/locale';
import { getModelSession } from './workerSession';
import { useHydrated } from '../cell/useHydrated';

export interface Samples {
  images: Uint8Array[];
  labels: Uint8Array;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ModelState {
  /** a shipped model, or 'own': a reader's own ShuffleNetV2 (components/byom/useOwnModel.ts) */
  name: ModelName | 'own';
  manifest: ModelManifest;
  /** 'idle' until `active` (the figure is near the screen) */
  status: LoadStatus;
  /** bytes of every download the reader waits for, while loading */
  parts: LoadParts | null;
  /** every byte is in; the runtime is being started and the model opened */
  preparing: boolean;
  error: string | null;
  session: ModelSession | null;
  samples: Samples | null;
  /** forgets a failed load and tries again */
  retry(): void;
}

// Held-out samples are immutable: one download per page, shared by every widget (like ORT's sessions).
const sampleCache = new Map<string, Promise<Samples>>();
const sampleListeners = new Map<string, Set<(loaded: number, total: number) => void>>();

function loadSamples(
  name: ModelName,
  manifest: ModelManifest,
  onProgress: (loaded: number, total: number) => void,
): Promise<Samples> {
  const url = modelFileUrl(name, manifest.samples.file);
  let listeners = sampleListeners.get(url);
  if (!listeners) sampleListeners.set(url, (listeners = new Set()));
  listeners.add(onProgress);
  let pending = sampleCache.get(url);
  if (!pending) {
    const heard = listeners;
    pending = fetchBytes(url, (loaded, total) => heard.forEach((l) => l(loaded, total))).then((bytes) =>
      parseSamples(bytes, manifest.samples.count),
    );
    sampleCache.set(url, pending);
    pending.catch(() => sampleCache.delete(url));
  }
  const done = () => listeners.delete(onProgress);
  pending.then(done, done);
  return pending;
}

type Loaded = Omit<ModelState, 'retry' | 'manifest' | 'name'> & { for: string };
const IDLE = { status: 'idle' as const, parts: null, preparing: false, error: null, session: null, samples: null };

/**
 * Loads a model's session (onnxruntime-web + model.onnx, in the model worker) and its held-out
 * samples, with byte-counted progress and a readable error. Starts in an effect once `active`
 * (the figure is about to be seen), so the static HTML never waits for it and pages that do not
 * call it never download the runtime.
 */
export function useModel(name: ModelName, active = true): ModelState {
  const locale = useLocale();
  const manifest = localManifest(name, locale);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Loaded>({ for: '', ...IDLE });
  const key = `${name}#${attempt}`;
  // Not from the hydration render: it shows the default model, not the one the address may name.
  const hydrated = useHydrated();
  const started = active && hydrated;

  useEffect(() => {
    if (!started) return;
    let live = true;
    setState({ for: key, ...IDLE, status: 'loading', parts: startParts(expectedBytes(name)) });
    // Reports are folded in batches (a few redraws a second), not one render of the figure per chunk.
    const reports = batchReports<LoadProgress>((batch) =>
      setState((s) => {
        if (s.status !== 'loading' || !s.parts) return s;
        let next = s;
        for (const progress of batch)
          next =
            progress.part === 'prepare'
              ? { ...next, preparing: true }
              : { ...next, parts: updatePart(next.parts!, progress.part, progress) };
        return next;
      }),
    );
    const onProgress = (progress: LoadProgress) => {
      if (live) reports.report(progress);
    };
    const opening = modelOpening(name);
    const samples = loadSamples(name, manifest, (loaded, total) => onProgress({ part: 'samples', loaded, total }));
    samples.then(
      () => onProgress({ part: 'samples', loaded: 0, total: 0, done: true }),
      () => undefined,
    );
    Promise.all([getModelSession(opening.url, onProgress, opening.warmup), samples]).then(
      // A transition: the first render with the model (every map of the figure) may yield to the
      // browser instead of holding the main thread in one task.
      ([session, samples]) =>
        live && startTransition(() => setState({ for: key, ...IDLE, status: 'ready', session, samples })),
      (error: unknown) => live && setState({ for: key, ...IDLE, status: 'error', error: errorMessage(error, locale) }),
    );
    return () => {
      live = false;
      reports.cancel();
    };
  }, [key, name, manifest, started, locale]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  // Until the effect for the current model has run, report "loading" (or idle) rather than the previous model.
  const current = state.for === key ? state : { ...IDLE, status: active ? ('loading' as const) : ('idle' as const) };
  return { name, manifest, ...current, retry };
}
