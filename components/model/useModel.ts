import { useCallback, useEffect, useState } from 'react';
import type { ModelManifest } from '../../lib/manifest';
import { parseSamples } from '../../lib/manifest';
import { errorMessage, fetchBytes, type LoadProgress, type ModelSession } from '../../lib/ort';
import { MANIFESTS, modelFileUrl, type ModelName } from './catalog';
import { getModelSession } from './workerSession';

export interface Samples {
  images: Uint8Array[];
  labels: Uint8Array;
}

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface ModelState {
  name: ModelName;
  manifest: ModelManifest;
  status: LoadStatus;
  /** the latest progress report while loading */
  progress: LoadProgress | null;
  error: string | null;
  session: ModelSession | null;
  samples: Samples | null;
  /** forgets a failed load and tries again */
  retry(): void;
}

// Held-out samples are immutable: one download per page, shared by every widget (like ORT's sessions).
const sampleCache = new Map<string, Promise<Samples>>();

function loadSamples(name: ModelName, manifest: ModelManifest): Promise<Samples> {
  const url = modelFileUrl(name, manifest.samples.file);
  let pending = sampleCache.get(url);
  if (!pending) {
    pending = fetchBytes(url).then((bytes) => parseSamples(bytes, manifest.samples.count));
    sampleCache.set(url, pending);
    pending.catch(() => sampleCache.delete(url));
  }
  return pending;
}

/**
 * Loads a model's session (onnxruntime-web + model.onnx, in the model worker) and its held-out
 * samples, with progress and a readable error. Starts in an effect, so the static HTML never waits for it and pages that
 * do not call it never download the runtime.
 */
export function useModel(name: ModelName): ModelState {
  const manifest = MANIFESTS[name];
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<ModelState, 'retry' | 'manifest' | 'name'> & { for: string }>({
    for: '', status: 'loading', progress: null, error: null, session: null, samples: null,
  });
  const key = `${name}#${attempt}`;

  useEffect(() => {
    let live = true;
    setState({ for: key, status: 'loading', progress: null, error: null, session: null, samples: null });
    const onProgress = (progress: LoadProgress) => {
      if (live) setState((s) => (s.status === 'loading' ? { ...s, progress } : s));
    };
    const warmup = { input: manifest.input.name, dims: manifest.input.shape };
    Promise.all([getModelSession(modelFileUrl(name, manifest.modelFile), onProgress, warmup), loadSamples(name, manifest)]).then(
      ([session, samples]) => live && setState({ for: key, status: 'ready', progress: null, error: null, session, samples }),
      (error: unknown) => live && setState({ for: key, status: 'error', progress: null, error: errorMessage(error), session: null, samples: null }),
    );
    return () => {
      live = false;
    };
  }, [key, name, manifest]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  // Until the effect for the current model has run, report "loading" rather than the previous model.
  const current = state.for === key ? state : { status: 'loading' as const, progress: null, error: null, session: null, samples: null };
  return { name, manifest, ...current, retry };
}
