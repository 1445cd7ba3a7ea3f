/**
 * The page's side of the model worker (lib/modelProtocol.ts): one worker per page hosts every
 * model's session; each model is opened once and shared by every widget, like lib/ort.ts's
 * cache, and a failed open is forgotten so that Retry starts afresh: when nothing has opened in
 * the worker yet, it is ended too, since the runtime cannot start twice in one worker (after a
 * failed or damaged download of its WebAssembly only a new worker recovers). The session returned here
 * has the same shape as lib/ort.ts's, so widgets do not know where the model runs. Without
 * Worker support it falls back to running on the main thread.
 */
import {
  EDITED_SESSION_LIMIT,
  sessionKey,
  type ModelRequest,
  type ModelResponse,
  type Warmup,
} from '../../lib/modelProtocol';
import { announceLoaded, holdServiceWorker } from '../offline/serviceWorker';
import { adoptStartedWorker, modelWorkerUrl, workerFiles } from './workerStart';
import { isModelProblem, problem, type ModelProblem } from '../../lib/loadMessages';
import {
  BookError,
  createSession,
  errorMessage,
  fetchBytes,
  getSession,
  problemOf,
  type LoadProgress,
  type ModelSession,
  type PlainTensor,
} from '../../lib/ort';
import { heldOutAccuracy, timeRuns, type HeldOutResult, type HeldOutSpec } from '../../lib/heldOut';
import type { createEditedSessions } from '../../lib/editedSessions';
import type { Intervention } from '../../lib/onnxIntervene';
import type { PreparedOwnModel } from '../../lib/ownModel';
import { OwnModelError, ownModelError } from '../../lib/ownModelError';
import { isOwnProblem } from '../../lib/ownModelMessages';
import { runWaits } from '../../lib/runWaits';

interface Opening {
  listeners: Set<(progress: LoadProgress) => void>;
  resolve(session: ModelSession): void;
  reject(error: Error): void;
}
interface PendingRun {
  resolve(tensors: Record<string, PlainTensor>): void;
  reject(error: Error): void;
}
/** A measurement in the worker (held-out accuracy, timed runs), answered by one message, with progress. */
interface PendingMeasure {
  resolve(value: HeldOutResult | number[]): void;
  reject(error: Error): void;
  onProgress?(done: number, total: number): void;
}

let worker: Worker | null = null;
/** Whether the current worker's runtime has opened a model (then it works, and is kept). */
let workerOpenedOne = false;
let nextRunId = 1;
const sessions = new Map<string, Promise<ModelSession>>();
const openings = new Map<string, Opening>();
const runs = new Map<number, PendingRun>();
const measures = new Map<number, PendingMeasure>();
/** the reader's own model being opened, by its key */
const ownOpenings = new Map<string, { resolve(opened: OwnOpened): void; reject(error: OwnModelError): void }>();
let nextOwnKey = 1;
/** Which worker session a proxy stands for, so a measurement can be sent to the worker instead of run here. */
const proxyKeys = new WeakMap<ModelSession, string>();

/** The worker died (its script failed to load, or it crashed): everything waiting on it fails. */
function failEverything(reason: ModelProblem | string) {
  worker?.terminate();
  worker = null;
  const error = typeof reason === 'string' ? new Error(reason) : new BookError(reason);
  for (const opening of openings.values()) opening.reject(error);
  for (const run of runs.values()) run.reject(error);
  for (const measure of measures.values()) measure.reject(error);
  for (const own of ownOpenings.values())
    own.reject(new OwnModelError('failed-to-run', error.message, problemOf(error)));
  ownOpenings.clear();
  openings.clear();
  runs.clear();
  measures.clear();
  sessions.clear();
}

function sessionProxy(url: string, inputNames: string[], outputNames: string[]): ModelSession {
  const proxy: ModelSession = {
    inputNames,
    outputNames,
    run(feeds, outputs) {
      return new Promise((resolve, reject) => {
        const current = worker;
        if (!current) {
          reject(new BookError(problem('workerStopped')));
          return;
        }
        const id = nextRunId++;
        runs.set(id, { resolve, reject });
        const request: ModelRequest = {
          type: 'run',
          id,
          url,
          feeds,
          outputs: outputs ? [...outputs] : undefined,
          sentAt: performance.timeOrigin + performance.now(),
        };
        current.postMessage(request);
      });
    },
    weights(names) {
      return new Promise((resolve, reject) => {
        if (!worker) return reject(new BookError(problem('workerStopped')));
        const id = nextRunId++;
        runs.set(id, { resolve, reject });
        const request: ModelRequest = { type: 'weights', id, url, names: [...names] };
        worker.postMessage(request);
      });
    },
    // Sessions live as long as the page: every widget shares them.
    release: () => Promise.resolve(),
  };
  proxyKeys.set(proxy, url);
  return proxy;
}

/** The worker's failure as an error the page can say in its language (lib/loadMessages.ts). */
const failedWith = (response: { message: string; problem?: ModelProblem }) =>
  response.problem ? new BookError(response.problem) : new Error(response.message);

function onResponse(response: ModelResponse) {
  if (response.type === 'openedBytes' || response.type === 'openBytesFailed') {
    const opening = ownOpenings.get(response.url);
    ownOpenings.delete(response.url);
    if (response.type === 'openBytesFailed') {
      // the refusal as code and parameters when the worker sent one (the page says it in its language)
      const said = response.problem && (isOwnProblem(response.problem) || isModelProblem(response.problem));
      opening?.reject(new OwnModelError(response.code, response.message, said ? response.problem : undefined));
    } else {
      workerOpenedOne = true;
      const session = sessionProxy(response.url, response.inputNames, response.outputNames);
      opening?.resolve({ session, model: response.model });
    }
  } else if (response.type === 'progress') {
    openings.get(response.url)?.listeners.forEach((listener) => listener(response.progress));
  } else if (response.type === 'opened' || response.type === 'failed') {
    const opening = openings.get(response.url);
    openings.delete(response.url);
    if (response.type === 'opened') {
      workerOpenedOne = true;
      announceLoaded([...(response.resources ?? []), ...workerFiles]);
      opening?.resolve(sessionProxy(response.url, response.inputNames, response.outputNames));
    } else {
      opening?.reject(failedWith(response));
      if (!workerOpenedOne) failEverything(response.problem ?? response.message);
    }
  } else if (response.type === 'evaluating') {
    measures.get(response.id)?.onProgress?.(response.done, response.total);
  } else if (response.type === 'evaluated' || response.type === 'timed') {
    measures.get(response.id)?.resolve(response.type === 'evaluated' ? response.result : response.times);
    measures.delete(response.id);
  } else {
    const run = runs.get(response.id);
    runs.delete(response.id);
    if (response.type === 'ran' && response.waitedMs) runWaits.set(response.tensors, response.waitedMs);
    if (response.type === 'ran' || response.type === 'weightsRead') run?.resolve(response.tensors);
    else {
      run?.reject(failedWith(response));
      measures.get(response.id)?.reject(failedWith(response));
      measures.delete(response.id);
    }
  }
}

/**
 * Starts the model worker (which starts the runtime at once) before any figure asks for a model:
 * a page whose live figure is at the top calls this while its script loads, so that the wasm's
 * download and compile overlap the page's hydration instead of following it. The service worker
 * waits for that start (holdServiceWorker), so that its copying of the book's files for offline
 * reading does not compete with it.
 */
export function prestartModelWorker(): void {
  if (typeof window === 'undefined' || typeof Worker === 'undefined' || worker) return;
  try {
    ensureWorker();
  } catch {
    return; // the figure's own request reports it
  }
  holdServiceWorker(
    new Promise<void>((resolve) => {
      const started = worker;
      const settled = (event: MessageEvent) => {
        const type = (event.data as ModelResponse).type;
        if (type === 'opened' || type === 'failed') done();
      };
      const done = () => {
        started?.removeEventListener('message', settled);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, 20_000);
      started?.addEventListener('message', settled);
      started?.addEventListener('error', done);
    }),
  );
}

/** What a worker's uncaught error says, without the browser's "Uncaught Error:" (empty: the default text). */
export function crashDetail(message: string): string {
  return message.replace(/^Uncaught\s*(?:\w*Error)?:?\s*/, '');
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const started = adoptStartedWorker() ?? new Worker(modelWorkerUrl, { type: 'module' });
  started.addEventListener('message', (event: MessageEvent) => onResponse(event.data as ModelResponse));
  started.addEventListener('error', (event: ErrorEvent) => {
    started.terminate();
    if (worker === started) failEverything(problem('workerFailed', crashDetail(event.message ?? '')));
  });
  worker = started;
  workerOpenedOne = false;
  return started;
}

// Without a worker, edited models are built on the main thread the same way. The ONNX editing
// code (with protobufjs, about 20 kB gzipped) is loaded only then: every page with a model
// imports this module, and in a browser with workers only the worker needs that code.
let localEdited: Promise<ReturnType<typeof createEditedSessions>> | null = null;
async function localEditedSession(
  url: string,
  edits: readonly Intervention[],
  onProgress?: (progress: LoadProgress) => void,
) {
  localEdited ??= import('../../lib/editedSessions').then(({ createEditedSessions }) =>
    createEditedSessions(
      {
        loadBytes: (u, report) => fetchBytes(u, (loaded, total) => report({ part: 'model', loaded, total })),
        createSession: (bytes) => createSession(bytes, { file: 'the edited model' }),
      },
      EDITED_SESSION_LIMIT,
    ),
  );
  return (await localEdited)(url, edits, onProgress ?? (() => undefined));
}

/**
 * The shared session for a model URL, opened (and run once on zeros, `warmup`) in the worker, with
 * load progress. With `edits`, the worker applies them to the model (real ONNX edits) and opens
 * the result as a session of its own, beside the unmodified one.
 */
export function getModelSession(
  url: string,
  onProgress?: (progress: LoadProgress) => void,
  warmup?: Warmup,
  edits?: readonly Intervention[],
): Promise<ModelSession> {
  const editList = edits && edits.length ? [...edits] : undefined;
  if (typeof Worker === 'undefined')
    return editList ? localEditedSession(url, editList, onProgress) : getSession(url, onProgress);
  // The worker resolves URLs against its own script's address, so it is given absolute ones.
  const base = new URL(url, window.location.href).href;
  const absolute = sessionKey(base, editList);
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
      reject(new BookError(problem('noWorker', errorMessage(error))));
      return;
    }
    openings.set(absolute, { listeners: new Set(onProgress ? [onProgress] : []), resolve, reject });
    const request: ModelRequest = { type: 'open', url: base, warmup, ...(editList ? { edits: editList } : {}) };
    target.postMessage(request);
  });
  sessions.set(absolute, pending);
  pending.catch(() => sessions.delete(absolute));
  return pending;
}

function measureInWorker<T extends HeldOutResult | number[]>(
  request: (id: number) => ModelRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const current = worker;
    if (!current) {
      reject(new BookError(problem('workerStopped')));
      return;
    }
    const id = nextRunId++;
    measures.set(id, { resolve: resolve as (value: HeldOutResult | number[]) => void, reject, onProgress });
    current.postMessage(request(id));
  });
}

/**
 * Accuracy of a session over held-out samples (N×784 uint8 images, N labels), computed where the
 * session lives — in the worker, in one request, with progress every 50 samples.
 */
export function evaluateHeldOut(
  session: ModelSession,
  images: Uint8Array,
  labels: Uint8Array,
  spec: HeldOutSpec,
  onProgress?: (done: number, total: number) => void,
): Promise<HeldOutResult> {
  const key = proxyKeys.get(session);
  if (!key) return heldOutAccuracy(session, images, labels, spec, onProgress);
  return measureInWorker<HeldOutResult>((id) => ({ type: 'evaluate', id, url: key, images, labels, spec }), onProgress);
}

/** Milliseconds of `runs` runs of a session on one input, timed inside the worker (no messaging in the time). */
export function timeSession(
  session: ModelSession,
  feeds: Record<string, PlainTensor>,
  runs: number,
  outputs?: readonly string[],
): Promise<number[]> {
  const key = proxyKeys.get(session);
  if (!key) return timeRuns(session, feeds, runs, outputs);
  return measureInWorker<number[]>((id) => ({
    type: 'time',
    id,
    url: key,
    feeds,
    runs,
    outputs: outputs ? [...outputs] : undefined,
  }));
}

export interface OwnOpened {
  session: ModelSession;
  model: PreparedOwnModel;
}

/**
 * Opens a reader's own model from its file's bytes: the worker recognises it, adds the
 * explorer's outputs and opens it (the bytes are handed to the worker, not copied, and go
 * nowhere else). Rejects with an OwnModelError whose message says what is wrong with the file.
 */
export function openOwnModel(bytes: Uint8Array, inputSize?: number): Promise<OwnOpened> {
  if (typeof Worker === 'undefined') {
    return (async () => {
      // no worker: the recogniser (and protobufjs) load here, on demand, as in the worker
      const { describeOwnModelFailure, openOwnSession, prepareForWorker } = await import('../../lib/ownModel');
      try {
        const prepared = prepareForWorker(bytes, inputSize);
        const session = await openOwnSession(
          (b) => createSession(b, { file: 'your model' }),
          prepared.bytes,
          prepared.model,
        );
        return { session, model: prepared.model };
      } catch (error) {
        const failure = describeOwnModelFailure(error);
        throw new OwnModelError(failure.code, failure.message, failure.problem);
      }
    })();
  }
  return new Promise<OwnOpened>((resolve, reject) => {
    let target: Worker;
    try {
      target = ensureWorker();
    } catch (error) {
      reject(ownModelError('failed-to-run', problem('noWorker', errorMessage(error))));
      return;
    }
    const url = `own:${nextOwnKey++}`;
    ownOpenings.set(url, { resolve, reject });
    const request: ModelRequest = { type: 'openBytes', url, bytes, ...(inputSize ? { inputSize } : {}) };
    target.postMessage(request, [bytes.buffer as ArrayBuffer]);
  });
}
