/**
 * The page's side of the model worker (lib/modelProtocol.ts): one worker per page hosts every
 * model's session; each model is opened once and shared by every widget, like lib/ort.ts's
 * cache, and a failed open is forgotten so that Retry starts afresh: when nothing has opened in
 * the worker yet, it is ended too, since the runtime cannot start twice in one worker (after a
 * failed or damaged download of its WebAssembly only a new worker recovers). The session returned here
 * has the same shape as lib/ort.ts's, so widgets do not know where the model runs. Without
 * Worker support it falls back to running on the main thread.
 */
import type { ModelRequest, ModelResponse, Warmup } from '../../lib/modelProtocol';
import { announceLoaded } from '../offline/serviceWorker';
import { errorMessage, getSession, type LoadProgress, type ModelSession, type PlainTensor } from '../../lib/ort';

interface Opening {
  listeners: Set<(progress: LoadProgress) => void>;
  resolve(session: ModelSession): void;
  reject(error: Error): void;
}
interface PendingRun {
  resolve(tensors: Record<string, PlainTensor>): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
/** Whether the current worker's runtime has opened a model (then it works, and is kept). */
let workerOpenedOne = false;
let nextRunId = 1;
const sessions = new Map<string, Promise<ModelSession>>();
const openings = new Map<string, Opening>();
const runs = new Map<number, PendingRun>();

/** The worker died (its script failed to load, or it crashed): everything waiting on it fails. */
function failEverything(reason: string) {
  worker?.terminate();
  worker = null;
  const error = new Error(reason);
  for (const opening of openings.values()) opening.reject(error);
  for (const run of runs.values()) run.reject(error);
  openings.clear();
  runs.clear();
  sessions.clear();
}

function sessionProxy(url: string, inputNames: string[], outputNames: string[]): ModelSession {
  return {
    inputNames,
    outputNames,
    run(feeds, outputs) {
      return new Promise((resolve, reject) => {
        const current = worker;
        if (!current) {
          reject(new Error('The model worker has stopped. Reload the page to start it again.'));
          return;
        }
        const id = nextRunId++;
        runs.set(id, { resolve, reject });
        const request: ModelRequest = { type: 'run', id, url, feeds, outputs: outputs ? [...outputs] : undefined };
        current.postMessage(request);
      });
    },
    weights(names) {
      return new Promise((resolve, reject) => {
        if (!worker) return reject(new Error('The model worker has stopped. Reload the page to start it again.'));
        const id = nextRunId++;
        runs.set(id, { resolve, reject });
        const request: ModelRequest = { type: 'weights', id, url, names: [...names] };
        worker.postMessage(request);
      });
    },
    // Sessions live as long as the page: every widget shares them.
    release: () => Promise.resolve(),
  };
}

function onResponse(response: ModelResponse) {
  if (response.type === 'progress') {
    openings.get(response.url)?.listeners.forEach((listener) => listener(response.progress));
  } else if (response.type === 'opened' || response.type === 'failed') {
    const opening = openings.get(response.url);
    openings.delete(response.url);
    if (response.type === 'opened') {
      workerOpenedOne = true;
      announceLoaded(response.resources ?? []);
      opening?.resolve(sessionProxy(response.url, response.inputNames, response.outputNames));
    } else {
      opening?.reject(new Error(response.message));
      if (!workerOpenedOne) failEverything(response.message);
    }
  } else {
    const run = runs.get(response.id);
    runs.delete(response.id);
    if (response.type === 'ran' || response.type === 'weightsRead') run?.resolve(response.tensors);
    else run?.reject(new Error(response.message));
  }
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./modelWorker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent) => onResponse(event.data as ModelResponse));
  started.addEventListener('error', (event: ErrorEvent) => {
    started.terminate();
    if (worker === started) failEverything(`The model worker failed: ${event.message || 'its script could not be loaded'}.`);
  });
  worker = started;
  workerOpenedOne = false;
  return started;
}

/** The shared session for a model URL, opened (and run once on zeros, `warmup`) in the worker, with load progress. */
export function getModelSession(url: string, onProgress?: (progress: LoadProgress) => void, warmup?: Warmup): Promise<ModelSession> {
  if (typeof Worker === 'undefined') return getSession(url, onProgress);
  // The worker resolves URLs against its own script's address, so it is given absolute ones.
  const absolute = new URL(url, window.location.href).href;
  const existing = sessions.get(absolute);
  if (existing) {
    if (onProgress) openings.get(absolute)?.listeners.add(onProgress);
    return existing;
  }
  const pending = new Promise<ModelSession>((resolve, reject) => {
    let target: Worker;
    try {
      target = ensureWorker();
    } catch (error) {
      reject(new Error(`This browser could not start the model's Web Worker: ${errorMessage(error)}`));
      return;
    }
    openings.set(absolute, { listeners: new Set(onProgress ? [onProgress] : []), resolve, reject });
    const request: ModelRequest = { type: 'open', url: absolute, warmup };
    target.postMessage(request);
  });
  sessions.set(absolute, pending);
  pending.catch(() => sessions.delete(absolute));
  return pending;
}
