/**
 * The one module that imports onnxruntime-web. Everything else gets plain typed arrays.
 *
 * - ORT itself is loaded lazily (dynamic import), so pages that never run a model never
 *   download its JavaScript or wasm. The bundler copies the wasm next to the page's chunks,
 *   which keeps it on the site's origin and under any basePath; `env.wasm.wasmPaths` stays unset.
 * - One cached session per key (e.g. a model URL); concurrent requests share the same promise.
 * - Runs on a session are serialised: onnxruntime-web rejects overlapping runs on one session.
 */
import type * as OrtTypes from 'onnxruntime-web';

type Ort = typeof OrtTypes;

export interface PlainTensor {
  data: Float32Array;
  dims: number[];
}

export interface ModelSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  /** Runs the model; resolves to every requested output (all outputs by default) as plain arrays. */
  run(feeds: Record<string, PlainTensor>, outputs?: readonly string[]): Promise<Record<string, PlainTensor>>;
  release(): Promise<void>;
}

export type LoadPhase = 'runtime' | 'model' | 'session';
export interface LoadProgress {
  phase: LoadPhase;
  /** Bytes received so far and expected (0 when the server does not say). */
  loaded: number;
  total: number;
}

let ortPromise: Promise<Ort> | null = null;

/** Loads onnxruntime-web's wasm build once, single-threaded (no cross-origin isolation needed). */
export function loadOrt(): Promise<Ort> {
  if (!ortPromise) {
    ortPromise = import('onnxruntime-web/wasm')
      .then((ort) => {
        ort.env.wasm.numThreads = 1;
        ort.env.logLevel = 'error';
        return ort as unknown as Ort;
      })
      .catch((error: unknown) => {
        ortPromise = null; // let a later attempt retry
        throw new Error(`Could not load the ONNX runtime (onnxruntime-web): ${errorMessage(error)}`);
      });
  }
  return ortPromise;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** fetch() that reports progress and turns HTTP errors into readable messages. */
export async function fetchBytes(url: string, onProgress?: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new Error(`Could not download ${url}: ${errorMessage(error)}`);
  }
  if (!response.ok) throw new Error(`Could not download ${url}: the server answered HTTP ${response.status}.`);
  const total = Number(response.headers.get('Content-Length') ?? 0);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress?.(bytes.length, total || bytes.length);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function wrapSession(ort: Ort, session: OrtTypes.InferenceSession): ModelSession {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    inputNames: session.inputNames,
    outputNames: session.outputNames,
    run(feeds, outputs) {
      const task = queue.then(async () => {
        const ortFeeds: Record<string, OrtTypes.Tensor> = {};
        for (const [name, t] of Object.entries(feeds)) ortFeeds[name] = new ort.Tensor('float32', t.data, t.dims);
        const result = outputs ? await session.run(ortFeeds, [...outputs]) : await session.run(ortFeeds);
        const plain: Record<string, PlainTensor> = {};
        for (const [name, tensor] of Object.entries(result)) {
          plain[name] = { data: tensor.data as Float32Array, dims: tensor.dims.map(Number) };
        }
        return plain;
      });
      queue = task.catch(() => undefined); // one failed run must not block the next
      return task;
    },
    release: () => session.release(),
  };
}

/**
 * Creates a session from model bytes (no caching). Used directly by tests and generated graphs.
 * `optimize: false` turns off the runtime's graph rewrites (operator fusion), which the
 * benchmark lab needs to time element-wise operations as separate operators.
 */
export async function createSession(bytes: Uint8Array, options: { optimize?: boolean } = {}): Promise<ModelSession> {
  const ort = await loadOrt();
  try {
    const graphOptimizationLevel = options.optimize === false ? 'disabled' : 'all';
    const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel });
    return wrapSession(ort, session);
  } catch (error) {
    throw new Error(`The model could not be opened (corrupt or not an ONNX file?): ${errorMessage(error)}`);
  }
}

const sessions = new Map<string, Promise<ModelSession>>();

/**
 * The cached session for a model URL: downloads ORT and the model once (with progress),
 * then every caller shares the session. A failed load is forgotten so "try again" works.
 */
export function getSession(url: string, onProgress?: (progress: LoadProgress) => void): Promise<ModelSession> {
  let pending = sessions.get(url);
  if (!pending) {
    pending = (async () => {
      onProgress?.({ phase: 'runtime', loaded: 0, total: 0 });
      await loadOrt();
      const bytes = await fetchBytes(url, (loaded, total) => onProgress?.({ phase: 'model', loaded, total }));
      onProgress?.({ phase: 'session', loaded: bytes.length, total: bytes.length });
      return createSession(bytes);
    })();
    sessions.set(url, pending);
    pending.catch(() => sessions.delete(url));
  }
  return pending;
}

/**
 * Wraps an async function so that calls made while one is running do not queue up: only the
 * most recent pending call runs next, older ones resolve to `null`. Live drawing uses this so
 * the prediction never falls behind the pen.
 */
export function latestOnly<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R | null> {
  let running = false;
  let pending: { args: A; resolve: (r: R | null) => void; reject: (e: unknown) => void } | null = null;
  const start = (args: A, resolve: (r: R | null) => void, reject: (e: unknown) => void) => {
    running = true;
    fn(...args).then(resolve, reject).finally(() => {
      running = false;
      const next = pending;
      pending = null;
      if (next) start(next.args, next.resolve, next.reject);
    });
  };
  return (...args: A) =>
    new Promise<R | null>((resolve, reject) => {
      if (!running) return start(args, resolve, reject);
      pending?.resolve(null); // superseded
      pending = { args, resolve, reject };
    });
}
