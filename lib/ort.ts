/**
 * The one module that imports onnxruntime-web. Everything else gets plain typed arrays.
 *
 * - ORT itself is loaded lazily (dynamic import, or bundled into the model worker), so pages that never run a model never
 *   download its JavaScript or wasm. The bundler copies the wasm next to the page's chunks,
 *   which keeps it on the site's origin and under any basePath; `env.wasm.wasmPaths` stays unset.
 * - One cached session per key (e.g. a model URL); concurrent requests share the same promise.
 * - Runs on a session are serialised: onnxruntime-web rejects overlapping runs on one session.
 */
import type * as OrtTypes from 'onnxruntime-web';
import type { Locale } from './i18n';
import type { LoadPart } from './loadProgress';
import { adoptEarly, bundledWasmUrl } from './earlyRequests';
import { isModelProblem, problem, problemText, type ModelProblem } from './loadMessages';

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
  /** The model file's weights (float initializers) by name, e.g. a conv's BN-folded kernel and bias. */
  weights?(names: readonly string[]): Promise<Record<string, PlainTensor>>;
  release(): Promise<void>;
}

/** One report of the model worker while it loads (lib/loadProgress.ts folds them into one bar). */
export type LoadProgress =
  | { part: LoadPart; loaded: number; total: number; done?: boolean }
  /** every byte is in; the runtime starts and the model is opened and run once */
  | { part: 'prepare' };

/** A download that fails with no data for this long is given up, so a hung request ends with Retry. */
export const STALL_MS = 15_000;

/**
 * A failure the reader is told about, kept as code and parameters so that each edition says it in
 * its language (lib/loadMessages.ts); its message is the English text.
 */
export class BookError extends Error {
  constructor(readonly problem: ModelProblem) {
    super(problemText(problem));
    this.name = 'BookError';
  }
}

/** A load that failed, said in the reader's words: which file, what happened, what to try. */
export class LoadFailure extends BookError {
  constructor(
    problem: ModelProblem,
    readonly file: string,
  ) {
    super(problem);
    this.name = 'LoadFailure';
  }
}

/** The problem an error stands for, if it is one the book can say in both languages. */
export function problemOf(error: unknown): ModelProblem | undefined {
  if (error instanceof BookError) return error.problem;
  const p = (error as { problem?: unknown } | null)?.problem;
  return isModelProblem(p) ? p : undefined;
}

/** The last path segment of a URL without its query: what a reader could look for ("model.onnx"). */
export function fileName(url: string): string {
  const path = url.split(/[?#]/)[0];
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || path;
}

let ortPromise: Promise<Ort> | null = null;

/**
 * Hands this module onnxruntime-web's code when the caller bundles it itself (the model worker
 * does, so that it arrives with the worker's script instead of after it).
 */
export function provideOrt(ort: typeof import('onnxruntime-web/wasm')): void {
  ortPromise ??= Promise.resolve(configure(ort));
}

function configure(ort: typeof import('onnxruntime-web/wasm')): Ort {
  const wasm = bundledWasmUrl();
  if (wasm) ort.env.wasm.wasmPaths = { wasm };
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  return ort as unknown as Ort;
}

/** Loads onnxruntime-web's wasm build once, single-threaded (no cross-origin isolation needed). */
export function loadOrt(): Promise<Ort> {
  if (!ortPromise) {
    ortPromise = import('onnxruntime-web/wasm').then(configure).catch(() => {
      ortPromise = null; // let a later attempt retry
      throw new LoadFailure(problem('ortCode'), 'onnxruntime-web');
    });
  }
  return ortPromise;
}

/** An error in the reader's words: in the page's language if it is a problem the book knows. */
export function errorMessage(error: unknown, locale: Locale = 'en'): string {
  const known = problemOf(error);
  if (known) return problemText(known, locale);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Watches one response's body as it arrives: reports bytes, gives up after `stallMs` without any
 * (aborting `controller`), and notices a body shorter than the server announced. Resolves to the
 * bytes (or, with `keep: false`, to an empty array: the caller only wanted the counting).
 */
async function readBody(
  response: Response,
  file: string,
  controller: AbortController,
  stallMs: number,
  onProgress?: (loaded: number, total: number) => void,
  keep = true,
): Promise<Uint8Array> {
  const total = Number(response.headers.get('Content-Length') ?? 0);
  // A compressed response announces the compressed size, while the body arrives uncompressed.
  const compressed = Boolean(response.headers.get('Content-Encoding'));
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let stalled = false;
  let timer = setTimeout(() => ((stalled = true), controller.abort()), stallMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (keep) chunks.push(value);
      loaded += value.length;
      clearTimeout(timer);
      timer = setTimeout(() => ((stalled = true), controller.abort()), stallMs);
      onProgress?.(loaded, compressed ? 0 : total);
    }
  } catch {
    if (stalled) throw new LoadFailure(problem('stalled', file, stallMs / 1000), file);
    throw new LoadFailure(problem('brokeOff', file, (loaded / 1e6).toFixed(1)), file);
  } finally {
    clearTimeout(timer);
  }
  if (total && !compressed && loaded < total) {
    throw new LoadFailure(problem('incomplete', file, loaded, total), file);
  }
  const bytes = new Uint8Array(keep ? loaded : 0);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** fetch() with a stall timeout, whose failures say which file and what to try. */
async function fetchChecked(
  url: string,
  init: RequestInit | undefined,
  controller: AbortController,
  stallMs: number,
): Promise<Response> {
  const file = fileName(url);
  let stalled = false;
  const timer = setTimeout(() => ((stalled = true), controller.abort()), stallMs);
  let response: Response;
  try {
    // A request the worker's entry began for this URL is adopted: timed and aborted from here on.
    const early = adoptEarly(url);
    if (early) {
      controller.signal.addEventListener('abort', () => early.controller.abort());
      response = await early.response;
    } else {
      // The browser's own fetch, also when watchWasmFetches has wrapped it (which calls this).
      const plainFetch = (globalThis as { __bookFetch?: typeof fetch }).__bookFetch ?? fetch;
      response = await plainFetch(url, { ...init, signal: controller.signal });
    }
  } catch {
    if (stalled) throw new LoadFailure(problem('noAnswer', file, stallMs / 1000), file);
    throw new LoadFailure(problem('offline', file), file);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new LoadFailure(problem('httpStatus', response.status, response.statusText, file), file);
  }
  return response;
}

/** Downloads a file with progress, a stall timeout and readable failures. */
export async function fetchBytes(
  url: string,
  onProgress?: (loaded: number, total: number) => void,
  options: { stallMs?: number } = {},
): Promise<Uint8Array> {
  const stallMs = options.stallMs ?? STALL_MS;
  const controller = new AbortController();
  const response = await fetchChecked(url, undefined, controller, stallMs);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress?.(bytes.length, bytes.length);
    return bytes;
  }
  return readBody(response, fileName(url), controller, stallMs, onProgress);
}

/**
 * The runtime fetches its own WebAssembly and compiles it while it streams in (and the browser
 * caches the compiled code for the next visit), so it is not handed the bytes. Instead this
 * module watches that fetch: the original response goes to the runtime untouched while a clone
 * is counted for the progress bar, timed out when it stalls, and checked for a short body. Its
 * fault is remembered, because the runtime's own message for it is about its internals.
 */
interface WasmWatch {
  onProgress(loaded: number, total: number): void;
  fault: LoadFailure | null;
  fetched: boolean;
  /** the wasm's request, begun before the runtime asked for it (see beginRuntime), and its address */
  early: { url: string; response: Promise<Response> } | null;
}
let wasmWatch: WasmWatch | null = null;

/** Fetches the wasm for `watch`: counted for the progress bar, timed out when it stalls, checked for a short body. */
async function fetchWasm(watch: WasmWatch, url: string, init: RequestInit | undefined, stallMs: number) {
  watch.fetched = true;
  const controller = new AbortController();
  try {
    const response = await fetchChecked(url, init, controller, stallMs);
    if (response.body) {
      readBody(response.clone(), fileName(url), controller, stallMs, (l, t) => watch.onProgress(l, t), false).then(
        () => undefined,
        (error: LoadFailure) => (watch.fault ??= error),
      );
    }
    return response;
  } catch (error) {
    watch.fault ??= error as LoadFailure;
    throw error;
  }
}

function watchWasmFetches(onProgress: (loaded: number, total: number) => void, stallMs: number) {
  const watch: WasmWatch = { onProgress, fault: null, fetched: false, early: null };
  wasmWatch = watch;
  const scope = globalThis as { fetch: typeof fetch; __bookFetch?: typeof fetch };
  if (!scope.__bookFetch) {
    const original = scope.fetch.bind(globalThis);
    scope.__bookFetch = original;
    scope.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const current = wasmWatch;
      if (!current || !/\.wasm$/.test(url.split(/[?#]/)[0])) return original(input, init);
      if (current.early?.url === url) {
        const { response } = current.early;
        current.early = null;
        return response;
      }
      // After a failure the runtime fetches the same file once more; that attempt must not wait again.
      if (current.fetched) throw new TypeError(current.fault?.message ?? 'already fetched once');
      return fetchWasm(current, url, init, stallMs);
    }) as typeof fetch;
  }
  return watch;
}

/**
 * Begins the runtime's own request for its wasm now, in parallel with whatever the runtime waits
 * for first (a model's download): the runtime asks for it only when it builds its first session.
 */
function fetchWasmEarly(watch: WasmWatch, url: string, stallMs: number): void {
  if (watch.fetched) return;
  const response = fetchWasm(watch, url, undefined, stallMs);
  response.catch(() => undefined); // the runtime's own request reports it
  watch.early = { url, response };
}

/**
 * The smallest valid model (y = Identity(x), one float), written out as ONNX protobuf bytes:
 * opening it makes the runtime fetch and compile its WebAssembly while the real model downloads.
 */
function tinyModel(): Uint8Array {
  const text = (s: string) => [...new TextEncoder().encode(s)];
  const field = (n: number, bytes: number[]) => [(n << 3) | 2, bytes.length, ...bytes];
  const int = (n: number, v: number) => [n << 3, v];
  const valueInfo = (name: string) => [
    ...field(1, text(name)),
    ...field(2, field(1, [...int(1, 1), ...field(2, field(1, int(1, 1)))])), // float tensor of shape [1]
  ];
  const node = [...field(1, text('x')), ...field(2, text('y')), ...field(4, text('Identity'))];
  const graph = [...field(1, node), ...field(2, text('g')), ...field(11, valueInfo('x')), ...field(12, valueInfo('y'))];
  return new Uint8Array([...int(1, 8), ...field(7, graph), ...field(8, int(2, 13))]);
}

let runtimeStarted: Promise<void> | null = null;
/** Who hears the runtime's progress, and its latest report per file (for a listener who joins late). */
const runtimeListeners = new Set<(progress: LoadProgress) => void>();
const runtimeLatest = new Map<string, LoadProgress>();
function reportRuntime(progress: LoadProgress) {
  runtimeLatest.set(progress.part, progress);
  runtimeListeners.forEach((listener) => listener(progress));
}

/** Lets `onProgress` hear the runtime's start: its latest report per file now, the rest as they come. */
function listenToRuntime(onProgress: (progress: LoadProgress) => void): void {
  runtimeListeners.add(onProgress);
  runtimeLatest.forEach((progress) => onProgress(progress));
}

/**
 * Starts the runtime with `firstSession` as the first thing it builds: its JavaScript, then its
 * WebAssembly (fetched and compiled by the runtime itself, watched here). A failure of
 * `firstSession` is the runtime's: a damaged or missing wasm, named by the watch when it saw why.
 */
function beginRuntime(firstSession: (ort: Ort) => Promise<void>, stallMs: number): Promise<void> {
  runtimeStarted = (async () => {
    reportRuntime({ part: 'code', loaded: 0, total: 0 });
    const ort = await loadOrt();
    reportRuntime({ part: 'code', loaded: 0, total: 0, done: true });
    const watch = watchWasmFetches((loaded, total) => reportRuntime({ part: 'wasm', loaded, total }), stallMs);
    const wasmUrl = ort.env.wasm.wasmPaths;
    if (typeof wasmUrl === 'object' && typeof wasmUrl?.wasm === 'string') fetchWasmEarly(watch, wasmUrl.wasm, stallMs);
    try {
      await firstSession(ort);
    } catch {
      if (watch.fault) throw watch.fault;
      throw new LoadFailure(problem('wasmDamaged'), 'the engine’s WebAssembly');
    }
    reportRuntime({ part: 'wasm', loaded: 0, total: 0, done: true });
  })();
  // Not forgotten on failure: the runtime cannot start twice in one context (see startRuntime).
  return runtimeStarted;
}

/** A first session that needs no model: a one-node graph, built and released. */
async function standInSession(ort: Ort): Promise<void> {
  const session = await ort.InferenceSession.create(tinyModel(), { executionProviders: ['wasm'] });
  await session.release();
}

/**
 * Starts the runtime before any model is known (with a stand-in model), or joins its start.
 * Reports `code` and `wasm` progress to every caller, also to one who joins while it is under
 * way. A failure is final for this JavaScript context (the runtime remembers it), so the caller
 * starts a fresh worker to retry.
 */
export function startRuntime(onProgress?: (progress: LoadProgress) => void, stallMs = STALL_MS): Promise<void> {
  if (onProgress) listenToRuntime(onProgress);
  const started = runtimeStarted ?? beginRuntime(standInSession, stallMs);
  if (onProgress)
    void started.then(
      () => runtimeListeners.delete(onProgress),
      () => runtimeListeners.delete(onProgress),
    );
  return started;
}

function wrapSession(ort: Ort, session: OrtTypes.InferenceSession, bytes: Uint8Array): ModelSession {
  let queue: Promise<unknown> = Promise.resolve();
  // The decoder (onnx-proto) loads only when a reader first asks for weights.
  let readWeights: Promise<(names: readonly string[]) => Record<string, PlainTensor>> | null = null;
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
    async weights(names) {
      readWeights ??= import('./onnxWeights').then((m) => m.weightReader(bytes));
      return (await readWeights)(names);
    },
    release: () => session.release(),
  };
}

/** How every model's session is built: the wasm backend, every graph rewrite (operator fusion). */
const SESSION_OPTIONS = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' } as const;

/**
 * Creates a session from model bytes (no caching). Used directly by tests and generated graphs.
 * `optimize: false` turns off the runtime's graph rewrites (operator fusion), which the
 * benchmark lab needs to time element-wise operations as separate operators.
 */
export async function createSession(
  bytes: Uint8Array,
  options: { optimize?: boolean; file?: string } = {},
): Promise<ModelSession> {
  const ort = await loadOrt();
  try {
    const session = await ort.InferenceSession.create(
      bytes,
      options.optimize === false ? { ...SESSION_OPTIONS, graphOptimizationLevel: 'disabled' } : SESSION_OPTIONS,
    );
    return wrapSession(ort, session, bytes);
  } catch {
    throw new LoadFailure(problem('corrupt', options.file ?? ''), options.file ?? 'model');
  }
}

/**
 * Starts the runtime with a model's session as its first, the model downloading while the runtime's
 * code and wasm do. When the session cannot be built, a stand-in session tells the two causes apart:
 * if it builds, the runtime is sound and the model is at fault. A model that cannot be downloaded
 * is reported once the runtime has started (with the stand-in), unless the runtime failed too.
 */
async function startRuntimeWithModel(
  model: Promise<Uint8Array>,
  file: string,
  onProgress?: (progress: LoadProgress) => void,
  stallMs = STALL_MS,
): Promise<ModelSession> {
  const outcome: { session?: ModelSession; download?: { failure: unknown } } = {};
  const started = beginRuntime(async (ort) => {
    let bytes: Uint8Array;
    try {
      bytes = await model;
    } catch (failure) {
      outcome.download = { failure };
      return standInSession(ort);
    }
    onProgress?.({ part: 'model', loaded: bytes.length, total: bytes.length, done: true });
    try {
      outcome.session = wrapSession(ort, await ort.InferenceSession.create(bytes, SESSION_OPTIONS), bytes);
    } catch {
      await standInSession(ort);
    }
  }, stallMs);
  if (onProgress) listenToRuntime(onProgress);
  try {
    await started;
  } finally {
    if (onProgress) runtimeListeners.delete(onProgress);
  }
  if (outcome.download) throw outcome.download.failure;
  if (!outcome.session) throw new LoadFailure(problem('corrupt', file), file);
  return outcome.session;
}

const sessions = new Map<string, Promise<ModelSession>>();

/**
 * The cached session for a model URL. The model downloads while the runtime starts (both with
 * progress); then every caller shares the session. A failed load is forgotten so Retry refetches
 * the model; a runtime that failed to start needs a fresh context (startRuntime).
 */
export function getSession(
  url: string,
  onProgress?: (progress: LoadProgress) => void,
  options: { stallMs?: number } = {},
): Promise<ModelSession> {
  let pending = sessions.get(url);
  if (!pending) {
    pending = (async () => {
      const model = fetchBytes(url, (loaded, total) => onProgress?.({ part: 'model', loaded, total }), options);
      model.catch(() => undefined); // reported below, after the runtime's own failure if both fail
      // The runtime has not started (the worker was started with this request): this model's own
      // session starts it, built as soon as the model (0.5 MB) is in and the runtime's 14 MB wasm
      // compiled; a stand-in first session would cost a second session's work on the way there.
      if (!runtimeStarted) return startRuntimeWithModel(model, fileName(url), onProgress, options.stallMs);
      await startRuntime(onProgress, options.stallMs);
      const bytes = await model;
      onProgress?.({ part: 'model', loaded: bytes.length, total: bytes.length, done: true });
      onProgress?.({ part: 'prepare' });
      return createSession(bytes, { file: fileName(url) });
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
    fn(...args)
      .then(resolve, reject)
      .finally(() => {
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
