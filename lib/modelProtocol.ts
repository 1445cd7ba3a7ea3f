/**
 * The model worker's protocol. The trained models run in a Web Worker so that compiling the
 * runtime's WebAssembly, opening a session and running it never freeze the page (on the main thread
 * they made one long task while the explorer loaded; the README's Speed section has the figures).
 * Free of Worker and DOM APIs, so node tests drive it with the real runtime.
 *
 *   page → worker  { type: 'open', url, warmup? }            (idempotent: one session per url)
 *   worker → page  { type: 'progress', url, progress }       (while loading: bytes per file, then 'prepare')
 *                  { type: 'opened', url, inputNames, outputNames } | { type: 'failed', url, message }
 *   page → worker  { type: 'run', id, url, feeds, outputs?, sentAt? }   (sentAt: epoch ms, see 'ran')
 *   worker → page  { type: 'ran', id, tensors } | { type: 'runFailed', id, message }
 *   page → worker  { type: 'weights', id, url, names }       (initializers of the model file, by name)
 *   worker → page  { type: 'weightsRead', id, tensors } | { type: 'runFailed', id, message }
 * A failure's `problem` (if the book knows it) is its code and parameters: the page says it in its
 * own language (lib/loadMessages.ts); `message` is the English text.
 *
 * Interventions and measurements (the shuffle-experiments chapter):
 *   page → worker  { type: 'open', url, edits }               the model at `url` with ONNX edits applied in the
 *                                                            worker (lib/onnxIntervene.ts); its session is named
 *                                                            sessionKey(url, edits) in every later message
 *   page → worker  { type: 'evaluate', id, url, images, labels, spec }
 *   worker → page  { type: 'evaluating', id, done, total }   (every 50 samples)
 *                  { type: 'evaluated', id, result } | { type: 'runFailed', id, message }
 *   page → worker  { type: 'time', id, url, feeds, runs, outputs? }
 *   worker → page  { type: 'timed', id, times } | { type: 'runFailed', id, message }
 *
 * A reader's own model (the explorer's "open your own ShuffleNetV2"): the file's bytes, never uploaded anywhere,
 * are recognised and edited (lib/onnxRecognizeSummary.ts prepareOwnModel) in the worker:
 *   page → worker  { type: 'openBytes', key, bytes, inputSize? }   (key: 'own:<n>'; later 'run' requests name it as url)
 *   worker → page  { type: 'openedBytes', key, model, inputNames, outputNames }
 *                  | { type: 'openBytesFailed', key, message, code, problem? }
 * Only the latest own model is kept: opening another releases the previous session.
 *
 * Result tensors are transferred, not copied: the page receives the worker's own buffers.
 */
import { BookError, problemOf, type LoadProgress, type ModelSession, type PlainTensor } from './ort';
import { problem, type ModelProblem } from './loadMessages';
import { heldOutAccuracy, timeRuns, type HeldOutResult, type HeldOutSpec } from './heldOut';
import type { Intervention } from './onnxIntervene';
import type { describeOwnModelFailure, openOwnSession, prepareForWorker, PreparedOwnModel } from './ownModel';
import { OwnModelError, ownModelError, type OwnModelFailure } from './ownModelError';
import { ownProblem, type OwnProblem } from './ownModelMessages';

/**
 * An input to run once, with zeros, as soon as a session opens and before any run a page asks for:
 * the runtime's first run plans its memory and is far slower than the rest, and a reader's first
 * result should not be.
 */
export interface Warmup {
  input: string;
  dims: number[];
}

export type ModelRequest =
  | { type: 'open'; url: string; warmup?: Warmup; edits?: Intervention[] }
  | { type: 'run'; id: number; url: string; feeds: Record<string, PlainTensor>; outputs?: string[]; sentAt?: number }
  | { type: 'weights'; id: number; url: string; names: string[] }
  | { type: 'evaluate'; id: number; url: string; images: Uint8Array; labels: Uint8Array; spec: HeldOutSpec }
  | { type: 'time'; id: number; url: string; feeds: Record<string, PlainTensor>; runs: number; outputs?: string[] }
  | { type: 'openBytes'; url: string; bytes: Uint8Array; inputSize?: number };

/** The name of a session: its model's URL, and the edits applied to it if any. */
export function sessionKey(url: string, edits?: readonly Intervention[]): string {
  return edits && edits.length ? `${url}#edits=${encodeURIComponent(JSON.stringify(edits))}` : url;
}

/** The most sessions of edited models a worker keeps: each one holds its own copy of the weights. */
export const EDITED_SESSION_LIMIT = 4;

export type ModelResponse =
  | { type: 'progress'; url: string; progress: LoadProgress }
  /** `resources`: the worker's script and the files it fetched (its chunks, the wasm, the model), for offline reading */
  | {
      type: 'opened';
      url: string;
      inputNames: string[];
      outputNames: string[];
      resources?: string[];
    }
  | { type: 'failed'; url: string; message: string; problem?: ModelProblem }
  /**
   * `waitedMs`: how long the request waited before its run began, from the page's `sentAt` (epoch ms, a clock
   * the page and its workers share), or else from its arrival: a worker busy with the model's warm-up run
   * receives and runs a request only after it
   */
  | { type: 'ran'; id: number; tensors: Record<string, PlainTensor>; waitedMs?: number }
  /** a conv's or the FC layer's weights, read from the model file (copies: the worker keeps its own) */
  | { type: 'weightsRead'; id: number; tensors: Record<string, PlainTensor> }
  | { type: 'runFailed'; id: number; message: string; problem?: ModelProblem }
  | { type: 'evaluating'; id: number; done: number; total: number }
  | { type: 'evaluated'; id: number; result: HeldOutResult }
  | { type: 'timed'; id: number; times: number[] }
  /** a reader's own model, recognised, edited and opened (`url` is the key the page chose) */
  | { type: 'openedBytes'; url: string; model: PreparedOwnModel; inputNames: string[]; outputNames: string[] }
  | {
      type: 'openBytesFailed';
      url: string;
      message: string;
      code: OwnModelFailure;
      problem?: OwnProblem | ModelProblem;
    };

/** lib/ownModel.ts's worker side, loaded by the worker only when a reader opens a file (it carries protobufjs). */
export interface OwnModelTools {
  prepareForWorker: typeof prepareForWorker;
  openOwnSession: typeof openOwnSession;
  describeOwnModelFailure: typeof describeOwnModelFailure;
}

export interface ModelHandlerDeps {
  /** A cached session per url (lib/ort.ts getSession); a failed load must be retryable. */
  getSession(url: string, onProgress: (progress: LoadProgress) => void): Promise<ModelSession>;
  /** The model at `url` with `edits` applied (lib/editedSessions.ts); without it, edits are refused. */
  getEditedSession?(
    url: string,
    edits: readonly Intervention[],
    onProgress: (progress: LoadProgress) => void,
  ): Promise<ModelSession>;
  /** A session of model bytes (a reader's own, edited model); without it, own models are refused. */
  createSession?(bytes: Uint8Array): Promise<ModelSession>;
  /**
   * Recognising and editing a reader's model (lib/ownModel.ts), passed in by the worker: this
   * protocol module is also on every page with a model, which must not carry the recogniser.
   */
  loadOwnModel?(): Promise<OwnModelTools>;
}

const KINDS = new Set<Intervention['kind']>(['bypass-shuffle', 'zero-untouched', 'zero-branch', 'channels-off']);
function isIntervention(e: unknown): e is Intervention {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  if (!KINDS.has(x.kind as Intervention['kind']) || typeof x.unit !== 'string') return false;
  return x.kind !== 'channels-off' || (Array.isArray(x.channels) && x.channels.every((c) => Number.isInteger(c)));
}
const isSpec = (s: unknown): s is HeldOutSpec => {
  const x = s as Partial<HeldOutSpec> | null;
  return (
    !!x &&
    typeof x.input === 'string' &&
    typeof x.output === 'string' &&
    Array.isArray(x.dims) &&
    typeof x.preprocessing?.mean === 'number' &&
    typeof x.preprocessing?.std === 'number'
  );
};

const isTensor = (t: unknown): t is PlainTensor =>
  typeof t === 'object' &&
  t !== null &&
  (t as PlainTensor).data instanceof Float32Array &&
  Array.isArray((t as PlainTensor).dims);

/** Validates a message from the page; anything malformed is ignored (null). */
export function parseModelRequest(data: unknown): ModelRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.url !== 'string') return null;
  if (m.type === 'openBytes') {
    if (!(m.bytes instanceof Uint8Array)) return null;
    const size = m.inputSize;
    const valid = typeof size === 'number' && Number.isInteger(size) && size >= 8 && size <= 1024;
    return { type: 'openBytes', url: m.url, bytes: m.bytes, ...(valid ? { inputSize: size } : {}) };
  }
  if (m.type === 'open') {
    const w = m.warmup as Partial<Warmup> | undefined;
    const valid =
      w && typeof w.input === 'string' && Array.isArray(w.dims) && w.dims.every((d) => Number.isInteger(d) && d > 0);
    const request: ModelRequest = valid
      ? { type: 'open', url: m.url, warmup: { input: w.input!, dims: w.dims! } }
      : { type: 'open', url: m.url };
    if (m.edits !== undefined) {
      if (!Array.isArray(m.edits) || !m.edits.every(isIntervention)) return null;
      if (m.edits.length) request.edits = m.edits;
    }
    return request;
  }
  if (
    m.type === 'evaluate' &&
    typeof m.id === 'number' &&
    m.images instanceof Uint8Array &&
    m.labels instanceof Uint8Array &&
    isSpec(m.spec)
  ) {
    return { type: 'evaluate', id: m.id, url: m.url, images: m.images, labels: m.labels, spec: m.spec };
  }
  if (
    m.type === 'time' &&
    typeof m.id === 'number' &&
    Number.isInteger(m.runs) &&
    (m.runs as number) > 0 &&
    (m.runs as number) <= 1000 &&
    typeof m.feeds === 'object' &&
    m.feeds !== null &&
    Object.values(m.feeds).every(isTensor)
  ) {
    const outputs =
      Array.isArray(m.outputs) && m.outputs.every((o) => typeof o === 'string') ? (m.outputs as string[]) : undefined;
    return {
      type: 'time',
      id: m.id,
      url: m.url,
      feeds: m.feeds as Record<string, PlainTensor>,
      runs: m.runs as number,
      outputs,
    };
  }
  if (m.type === 'run' && typeof m.id === 'number' && typeof m.feeds === 'object' && m.feeds !== null) {
    const feeds = m.feeds as Record<string, unknown>;
    if (!Object.values(feeds).every(isTensor)) return null;
    const outputs =
      Array.isArray(m.outputs) && m.outputs.every((o) => typeof o === 'string') ? (m.outputs as string[]) : undefined;
    const sentAt = typeof m.sentAt === 'number' && Number.isFinite(m.sentAt) ? m.sentAt : undefined;
    return { type: 'run', id: m.id, url: m.url, feeds: feeds as Record<string, PlainTensor>, outputs, sentAt };
  }
  if (
    m.type === 'weights' &&
    typeof m.id === 'number' &&
    Array.isArray(m.names) &&
    m.names.every((n) => typeof n === 'string')
  ) {
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
  if (response.type === 'evaluated') return [response.result.predictions.buffer as ArrayBuffer];
  if (response.type !== 'ran' && response.type !== 'weightsRead') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const { data } of Object.values(response.tensors)) {
    if (data.buffer instanceof ArrayBuffer && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength)
      buffers.add(data.buffer);
  }
  return [...buffers];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** A failure's English text and, if the book knows it, its code for the page to say in its language. */
const failure = (error: unknown) => {
  const known = problemOf(error);
  return known ? { message: message(error), problem: known } : { message: message(error) };
};

/** The worker's side: answers every request, never throws. */
export function createModelHandler(deps: ModelHandlerDeps, post: (response: ModelResponse) => void) {
  const warmed = new Map<string, Promise<void>>();
  /** what each edited session's key stands for, so that a later message can name it by its key */
  const edited = new Map<string, { url: string; edits: Intervention[] }>();
  /** the reader's own model (one at a time), by the key the page chose */
  let own: { key: string; session: Promise<ModelSession> } | null = null;
  const sessionFor = (key: string, onProgress: (progress: LoadProgress) => void) => {
    if (own?.key === key) return own.session;
    const spec = edited.get(key);
    if (!spec) return deps.getSession(key, onProgress);
    if (!deps.getEditedSession) return Promise.reject(new BookError(problem('cannotEdit')));
    return deps.getEditedSession(spec.url, spec.edits, onProgress);
  };
  /**
   * The session for `url`, run once on zeros first if asked (`warmup`). Requests that use the session
   * wait for that run; the 'open' request itself does not (`awaitWarmup: false`): the page is told the
   * model is open while the warm-up runs, so the page's first real run is already on its way while
   * the runtime plans its memory, and queues right behind it.
   */
  const open = async (url: string, warmup?: Warmup, awaitWarmup = true) => {
    const session = await sessionFor(url, (progress) => post({ type: 'progress', url, progress }));
    if (warmup && !warmed.has(url)) {
      const size = warmup.dims.reduce((a, b) => a * b, 1);
      const run = session
        .run({ [warmup.input]: { data: new Float32Array(size), dims: warmup.dims } })
        .then(() => undefined);
      warmed.set(url, run);
      run.catch(() => warmed.delete(url));
    }
    if (awaitWarmup) await warmed.get(url);
    return session;
  };

  return async (data: unknown): Promise<void> => {
    const request = parseModelRequest(data);
    if (!request) return;
    if (request.type === 'openBytes') {
      const { url } = request;
      const previous = own;
      own = null;
      if (previous) void previous.session.then((s) => s.release()).catch(() => undefined);
      let tools: OwnModelTools | null = null;
      try {
        if (!deps.createSession || !deps.loadOwnModel)
          throw ownModelError('failed-to-run', ownProblem('cannotOpenFiles'));
        tools = await deps.loadOwnModel();
        const prepared = tools.prepareForWorker(request.bytes, request.inputSize);
        const session = tools.openOwnSession(deps.createSession, prepared.bytes, prepared.model);
        own = { key: url, session };
        const opened = await session;
        post({
          type: 'openedBytes',
          url,
          model: prepared.model,
          inputNames: [...opened.inputNames],
          outputNames: [...opened.outputNames],
        });
      } catch (error) {
        if (own?.key === url) own = null;
        const failure: { code: OwnModelFailure; message: string; problem?: OwnProblem | ModelProblem } = tools
          ? tools.describeOwnModelFailure(error)
          : error instanceof OwnModelError
            ? { code: error.code, message: error.message, problem: error.problem }
            : ownModelError('failed-to-run', ownProblem('couldNotOpen', String(error)));
        // the refusal as code and parameters too: the page says it in its language
        post({
          type: 'openBytesFailed',
          url,
          message: failure.message,
          code: failure.code,
          ...(failure.problem ? { problem: failure.problem } : {}),
        });
      }
      return;
    }
    if (request.type === 'open') {
      const key = sessionKey(request.url, request.edits);
      if (request.edits) edited.set(key, { url: request.url, edits: request.edits });
      try {
        const session = await open(key, request.warmup, false);
        post({ type: 'opened', url: key, inputNames: [...session.inputNames], outputNames: [...session.outputNames] });
      } catch (error) {
        post({ type: 'failed', url: key, ...failure(error) });
      }
      return;
    }
    if (request.type === 'weights') {
      try {
        const session = await open(request.url);
        if (!session.weights) throw new BookError(problem('cannotReadWeights'));
        post({ type: 'weightsRead', id: request.id, tensors: await session.weights(request.names) });
      } catch (error) {
        post({ type: 'runFailed', id: request.id, ...failure(error) });
      }
      return;
    }
    const received = performance.timeOrigin + performance.now();
    try {
      const session = await open(request.url);
      if (request.type === 'run') {
        const waitedMs = Math.max(0, performance.timeOrigin + performance.now() - (request.sentAt ?? received));
        post({ type: 'ran', id: request.id, tensors: await session.run(request.feeds, request.outputs), waitedMs });
      } else if (request.type === 'evaluate') {
        const { id } = request;
        const result = await heldOutAccuracy(session, request.images, request.labels, request.spec, (done, total) =>
          post({ type: 'evaluating', id, done, total }),
        );
        post({ type: 'evaluated', id, result });
      } else {
        post({
          type: 'timed',
          id: request.id,
          times: await timeRuns(session, request.feeds, request.runs, request.outputs),
        });
      }
    } catch (error) {
      post({ type: 'runFailed', id: request.id, ...failure(error) });
    }
  };
}
