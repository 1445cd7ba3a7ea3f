/**
 * The model worker's protocol. The trained models run in a Web Worker so that compiling the
 * runtime's WebAssembly, opening a session and running it never freeze the page (on the main thread
 * they made one long task while the explorer loaded; the README's Speed section has the figures).
 * Free of Worker and DOM APIs, so node tests drive it with the real runtime.
 *
 *   page → worker  { type: 'open', url, warmup? }            (idempotent: one session per url)
 *   worker → page  { type: 'progress', url, progress }       (while loading: bytes per file, then 'prepare')
 *                  { type: 'opened', url, inputNames, outputNames } | { type: 'failed', url, message }
 *   page → worker  { type: 'run', id, url, feeds, outputs? }
 *   worker → page  { type: 'ran', id, tensors } | { type: 'runFailed', id, message }
 *   page → worker  { type: 'weights', id, url, names }       (initializers of the model file, by name)
 *   worker → page  { type: 'weightsRead', id, tensors } | { type: 'runFailed', id, message }
 *
 * Result tensors are transferred, not copied: the page receives the worker's own buffers.
 */
import type { LoadProgress, ModelSession, PlainTensor } from './ort';

/**
 * An input to run once, with zeros, before a session is reported open: the runtime's first run
 * plans its memory and is far slower than the rest, and a reader's first result should not be.
 */
export interface Warmup {
  input: string;
  dims: number[];
}

export type ModelRequest =
  | { type: 'open'; url: string; warmup?: Warmup }
  | { type: 'run'; id: number; url: string; feeds: Record<string, PlainTensor>; outputs?: string[] }
  | { type: 'weights'; id: number; url: string; names: string[] };

export type ModelResponse =
  | { type: 'progress'; url: string; progress: LoadProgress }
  /** `resources`: the files the worker fetched (the runtime's code and wasm, the model), for offline reading */
  | { type: 'opened'; url: string; inputNames: string[]; outputNames: string[]; resources?: string[] }
  | { type: 'failed'; url: string; message: string }
  | { type: 'ran'; id: number; tensors: Record<string, PlainTensor> }
  /** a conv's or the FC layer's weights, read from the model file (copies: the worker keeps its own) */
  | { type: 'weightsRead'; id: number; tensors: Record<string, PlainTensor> }
  | { type: 'runFailed'; id: number; message: string };

export interface ModelHandlerDeps {
  /** A cached session per url (lib/ort.ts getSession); a failed load must be retryable. */
  getSession(url: string, onProgress: (progress: LoadProgress) => void): Promise<ModelSession>;
}

const isTensor = (t: unknown): t is PlainTensor =>
  typeof t === 'object' && t !== null && (t as PlainTensor).data instanceof Float32Array && Array.isArray((t as PlainTensor).dims);

/** Validates a message from the page; anything malformed is ignored (null). */
export function parseModelRequest(data: unknown): ModelRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.url !== 'string') return null;
  if (m.type === 'open') {
    const w = m.warmup as Partial<Warmup> | undefined;
    const valid = w && typeof w.input === 'string' && Array.isArray(w.dims) && w.dims.every((d) => Number.isInteger(d) && d > 0);
    return valid ? { type: 'open', url: m.url, warmup: { input: w.input!, dims: w.dims! } } : { type: 'open', url: m.url };
  }
  if (m.type === 'run' && typeof m.id === 'number' && typeof m.feeds === 'object' && m.feeds !== null) {
    const feeds = m.feeds as Record<string, unknown>;
    if (!Object.values(feeds).every(isTensor)) return null;
    const outputs = Array.isArray(m.outputs) && m.outputs.every((o) => typeof o === 'string') ? (m.outputs as string[]) : undefined;
    return { type: 'run', id: m.id, url: m.url, feeds: feeds as Record<string, PlainTensor>, outputs };
  }
  if (m.type === 'weights' && typeof m.id === 'number' && Array.isArray(m.names) && m.names.every((n) => typeof n === 'string')) {
    return { type: 'weights', id: m.id, url: m.url, names: m.names as string[] };
  }
  return null;
}

/**
 * The buffers a response can hand over without copying: only arrays that own their whole buffer
 * (never a view into a larger one, such as the runtime's WebAssembly memory, which transferring
 * would detach).
 */
export function transferables(response: ModelResponse): ArrayBuffer[] {
  if (response.type !== 'ran' && response.type !== 'weightsRead') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const { data } of Object.values(response.tensors)) {
    if (data.buffer instanceof ArrayBuffer && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) buffers.add(data.buffer);
  }
  return [...buffers];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The worker's side: answers every request, never throws. */
export function createModelHandler(deps: ModelHandlerDeps, post: (response: ModelResponse) => void) {
  const warmed = new Map<string, Promise<void>>();
  const open = async (url: string, warmup?: Warmup) => {
    const session = await deps.getSession(url, (progress) => post({ type: 'progress', url, progress }));
    if (warmup && !warmed.has(url)) {
      const size = warmup.dims.reduce((a, b) => a * b, 1);
      const run = session.run({ [warmup.input]: { data: new Float32Array(size), dims: warmup.dims } }).then(() => undefined);
      warmed.set(url, run);
      run.catch(() => warmed.delete(url));
    }
    await warmed.get(url);
    return session;
  };

  return async (data: unknown): Promise<void> => {
    const request = parseModelRequest(data);
    if (!request) return;
    if (request.type === 'open') {
      try {
        const session = await open(request.url, request.warmup);
        post({ type: 'opened', url: request.url, inputNames: [...session.inputNames], outputNames: [...session.outputNames] });
      } catch (error) {
        post({ type: 'failed', url: request.url, message: message(error) });
      }
      return;
    }
    if (request.type === 'weights') {
      try {
        const session = await open(request.url);
        if (!session.weights) throw new Error('This session cannot read the model’s weights.');
        post({ type: 'weightsRead', id: request.id, tensors: await session.weights(request.names) });
      } catch (error) {
        post({ type: 'runFailed', id: request.id, message: message(error) });
      }
      return;
    }
    try {
      const session = await open(request.url);
      post({ type: 'ran', id: request.id, tensors: await session.run(request.feeds, request.outputs) });
    } catch (error) {
      post({ type: 'runFailed', id: request.id, message: message(error) });
    }
  };
}
