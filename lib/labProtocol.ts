/**
 * The benchmark lab's worker protocol and the measuring loop, free of any Worker or DOM API so
 * node tests can drive it with the real runtime or with fakes.
 *
 *   page → worker   { type: 'start', experiment, setting, optimize }   (one run at a time)
 *   worker → page   { type: 'progress', done, total, variant, phase }  (after every step)
 *                   { type: 'result', result }                          (then idle)
 *   page → worker   { type: 'cancel' }
 *   worker → page   { type: 'cancelled' }                               (then idle)
 *                   { type: 'error', message }                          (then idle)
 *
 * Method: build every variant's graph and open its session first; warm each variant up with
 * untimed runs; then time runs round-robin — one run of every variant per round, starting from
 * a different variant each round — so that a slow drift of the machine (another tab, heat)
 * spreads over all variants instead of landing on whichever ran last. Between runs the loop
 * yields to the event loop, which is when a `cancel` message can arrive.
 */
import {
  EXPERIMENTS,
  SETTINGS,
  buildVariant,
  isExperimentId,
  isSettingId,
  type ExperimentId,
  type Setting,
  type SettingId,
} from './labExperiments';
import { makeInput } from './onnxBuilder';
import { noisiest, summarize, type TimingSummary } from './labStats';
import { isModelProblem, problem, problemText, type ModelProblem } from './loadMessages';
import { problemOf } from './ort';

export interface StartMessage {
  type: 'start';
  experiment: ExperimentId;
  setting: SettingId;
  /** Let the runtime fuse operators (onnxruntime's default). */
  optimize: boolean;
}
export interface CancelMessage {
  type: 'cancel';
}
export type LabRequest = StartMessage | CancelMessage;

export type LabPhase = 'prepare' | 'warmup' | 'measure';

export interface ProgressMessage {
  type: 'progress';
  done: number;
  total: number;
  /** Label of the variant the step belonged to. */
  variant: string;
  phase: LabPhase;
}

export interface VariantResult {
  id: string;
  label: string;
  detail: string;
  flops: number;
  mac: number;
  /** Timed runs in milliseconds, in the order they ran. */
  timesMs: number[];
  summary: TimingSummary;
  outputDims: number[];
}

export interface LabResult {
  experiment: ExperimentId;
  setting: SettingId;
  size: number;
  optimize: boolean;
  warmup: number;
  runs: number;
  variants: VariantResult[];
  /** Wall-clock time of the whole experiment, ms. */
  elapsedMs: number;
}

export type LabResponse =
  | ProgressMessage
  | { type: 'result'; result: LabResult }
  | { type: 'cancelled' }
  /** `problem`: the failure's code and parameters, for the page to say in its language (lib/loadMessages.ts) */
  | { type: 'error'; message: string; problem?: ModelProblem };

/** Validates a message from the page; anything else is answered with an error, never thrown. */
export function parseRequest(data: unknown): LabRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'cancel') return { type: 'cancel' };
  if (m.type === 'start' && isExperimentId(m.experiment) && isSettingId(m.setting)) {
    return { type: 'start', experiment: m.experiment, setting: m.setting, optimize: m.optimize !== false };
  }
  return null;
}

/** Recognises a message from the worker (the page ignores anything else). */
export function parseResponse(data: unknown): LabResponse | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'progress':
      return typeof m.done === 'number' && typeof m.total === 'number' && typeof m.variant === 'string'
        ? (m as unknown as ProgressMessage)
        : null;
    case 'result':
      return typeof m.result === 'object' && m.result !== null && Array.isArray((m.result as LabResult).variants)
        ? (m as unknown as LabResponse)
        : null;
    case 'cancelled':
      return { type: 'cancelled' };
    case 'error':
      return typeof m.message === 'string'
        ? { type: 'error', message: m.message, ...(isModelProblem(m.problem) ? { problem: m.problem } : {}) }
        : { type: 'error', message: problemText(problem('labFailed')) };
    default:
      return null;
  }
}

/** The subset of lib/ort.ts's ModelSession the loop needs. */
export interface TimedSession {
  run(feeds: Record<string, { data: Float32Array; dims: number[] }>): Promise<Record<string, { dims: number[] }>>;
  release(): Promise<void>;
}

export interface RunnerDeps {
  createSession(bytes: Uint8Array, options: { optimize: boolean }): Promise<TimedSession>;
  now(): number;
  /** Lets pending messages (a cancel) be handled; called between runs, outside the timed region. */
  yieldToEvents(): Promise<void>;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function stepCount(variants: number, setting: Pick<Setting, 'warmup' | 'runs'>): number {
  return variants * (1 + setting.warmup + setting.runs);
}

/**
 * Runs one experiment. `setting` may be overridden (tests use tiny sizes). Throws `Cancelled`
 * when `isCancelled()` turns true between steps; sessions are released either way.
 */
export async function runExperiment(
  request: Omit<StartMessage, 'type'>,
  deps: RunnerDeps,
  onProgress: (p: ProgressMessage) => void,
  isCancelled: () => boolean,
  settingOverride?: Partial<Setting>,
): Promise<LabResult> {
  const experiment = EXPERIMENTS[request.experiment];
  const setting = { ...SETTINGS[request.setting], ...settingOverride };
  let total = stepCount(experiment.variants.length, setting);
  let done = 0;
  const started = deps.now();
  const step = async (variant: string, phase: LabPhase) => {
    done += 1;
    onProgress({ type: 'progress', done, total, variant, phase });
    await deps.yieldToEvents();
    if (isCancelled()) throw new Cancelled();
  };

  const prepared: {
    model: ReturnType<typeof buildVariant>;
    session: TimedSession;
    input: Float32Array;
    times: number[];
    dims: number[];
  }[] = [];
  try {
    await deps.yieldToEvents();
    if (isCancelled()) throw new Cancelled();
    for (const [i, variant] of experiment.variants.entries()) {
      const model = buildVariant(experiment.id, variant.id, setting.size);
      const session = await deps.createSession(model.bytes, { optimize: request.optimize });
      prepared.push({ model, session, input: makeInput(model.input, 7919 + i), times: [], dims: [] });
      await step(variant.label, 'prepare');
    }
    const runOnce = async (p: (typeof prepared)[number]) => {
      const { c, h, w } = p.model.input;
      const t0 = deps.now();
      const out = await p.session.run({ [p.model.inputName]: { data: p.input, dims: [1, c, h, w] } });
      const elapsed = deps.now() - t0;
      p.dims = out[p.model.outputName]?.dims ?? [];
      return elapsed;
    };
    for (const [i, p] of prepared.entries()) {
      for (let k = 0; k < setting.warmup; k++) {
        await runOnce(p);
        await step(experiment.variants[i].label, 'warmup');
      }
    }
    const n = prepared.length;
    // Keep sampling while the spread is large, one more round at a time, until every variant's
    // interquartile range is within NOISE_LIMIT of its median or the setting's maxRuns is reached.
    const maxRounds = Math.max(setting.runs, setting.maxRuns);
    let round = 0;
    const stillNoisy = () =>
      noisiest(prepared.map((p, i) => ({ label: experiment.variants[i].label, summary: summarize(p.times) })))?.noisy ??
      false;
    while (round < setting.runs || (round < maxRounds && stillNoisy())) {
      if (round >= setting.runs) total += n;
      for (let j = 0; j < n; j++) {
        const i = (round + j) % n;
        prepared[i].times.push(await runOnce(prepared[i]));
        await step(experiment.variants[i].label, 'measure');
      }
      round += 1;
    }
    return {
      experiment: experiment.id,
      setting: setting.id,
      size: setting.size,
      optimize: request.optimize,
      warmup: setting.warmup,
      runs: round,
      elapsedMs: deps.now() - started,
      variants: prepared.map((p, i) => {
        const v = experiment.variants[i];
        return {
          id: v.id,
          label: v.label,
          detail: v.detail,
          flops: p.model.totals.flops,
          mac: p.model.totals.mac,
          timesMs: p.times,
          summary: summarize(p.times),
          outputDims: p.dims,
        };
      }),
    };
  } finally {
    await Promise.all(prepared.map((p) => p.session.release().catch(() => undefined)));
  }
}

/**
 * The worker's message handler: one experiment at a time, `cancel` honoured between runs.
 * A `start` while busy is refused with an error message (the page disables the button anyway).
 */
export function createLabHandler(
  deps: RunnerDeps,
  post: (message: LabResponse) => void,
  settingOverride?: Partial<Setting>,
) {
  let busy = false;
  let cancelRequested = false;
  return async function handle(data: unknown): Promise<void> {
    const request = parseRequest(data);
    if (!request) {
      post({
        type: 'error',
        message: problemText(problem('labUnknownMessage')),
        problem: problem('labUnknownMessage'),
      });
      return;
    }
    if (request.type === 'cancel') {
      if (busy) cancelRequested = true;
      else post({ type: 'cancelled' });
      return;
    }
    if (busy) {
      post({ type: 'error', message: problemText(problem('labBusy')), problem: problem('labBusy') });
      return;
    }
    busy = true;
    cancelRequested = false;
    try {
      const result = await runExperiment(request, deps, post, () => cancelRequested, settingOverride);
      post({ type: 'result', result });
    } catch (error) {
      if (error instanceof Cancelled) post({ type: 'cancelled' });
      else {
        const known = problemOf(error);
        post({
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
          ...(known ? { problem: known } : {}),
        });
      }
    } finally {
      busy = false;
      cancelRequested = false;
    }
  };
}
