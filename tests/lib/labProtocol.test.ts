import { describe, expect, it } from 'vitest';
import { EXPERIMENTS } from '../../lib/labExperiments';
import {
  createLabHandler,
  parseRequest,
  parseResponse,
  runExperiment,
  stepCount,
  type LabResponse,
  type RunnerDeps,
  type TimedSession,
} from '../../lib/labProtocol';
import { createSession } from '../../lib/ort';

const tick = () => new Promise<void>((r) => setTimeout(r, 0));
const realDeps: RunnerDeps = { createSession, now: () => performance.now(), yieldToEvents: tick };
const tiny = { size: 6, warmup: 1, runs: 3, maxRuns: 3 };

/** A fake session whose run takes `ms` of a fake clock. */
function fakeDeps(msFor: (bytes: number) => number) {
  let clock = 0;
  const released: number[] = [];
  let created = 0;
  const deps: RunnerDeps = {
    now: () => clock,
    yieldToEvents: tick,
    async createSession(bytes): Promise<TimedSession> {
      const id = created++;
      return {
        async run() {
          clock += msFor(bytes.length);
          return {};
        },
        async release() {
          released.push(id);
        },
      };
    },
  };
  return { deps, released, created: () => created };
}

describe('parseRequest', () => {
  it('accepts well-formed start and cancel messages only', () => {
    expect(parseRequest({ type: 'start', experiment: 'g2', setting: 'quick' })).toEqual({
      type: 'start',
      experiment: 'g2',
      setting: 'quick',
      optimize: true,
    });
    expect(parseRequest({ type: 'start', experiment: 'g2', setting: 'full', optimize: false })?.type).toBe('start');
    expect(parseRequest({ type: 'cancel' })).toEqual({ type: 'cancel' });
    expect(parseRequest({ type: 'start', experiment: 'g9', setting: 'quick' })).toBeNull();
    expect(parseRequest({ type: 'start', experiment: 'g1', setting: 'huge' })).toBeNull();
    expect(parseRequest('start')).toBeNull();
    expect(parseRequest(null)).toBeNull();
  });
});

describe('parseResponse', () => {
  it('recognises the worker’s four message types and nothing else', () => {
    expect(parseResponse({ type: 'progress', done: 1, total: 4, variant: 'g = 1', phase: 'prepare' })?.type).toBe(
      'progress',
    );
    expect(parseResponse({ type: 'progress', done: '1' })).toBeNull();
    expect(parseResponse({ type: 'result', result: { variants: [] } })?.type).toBe('result');
    expect(parseResponse({ type: 'result', result: {} })).toBeNull();
    expect(parseResponse({ type: 'cancelled' })).toEqual({ type: 'cancelled' });
    expect(parseResponse({ type: 'error', message: 'x' })).toEqual({ type: 'error', message: 'x' });
    expect(parseResponse({ type: 'error' })).toEqual({ type: 'error', message: 'The benchmark failed.' });
    expect(parseResponse({ type: 'webpackOk' })).toBeNull();
    expect(parseResponse(42)).toBeNull();
  });
});

describe('runExperiment with the real runtime', () => {
  it('reports every step and returns timings, costs and output shapes for every variant', async () => {
    const progress: { done: number; total: number; variant: string; phase: string }[] = [];
    const result = await runExperiment(
      { experiment: 'g1', setting: 'quick', optimize: true },
      realDeps,
      (p) => progress.push(p),
      () => false,
      tiny,
    );
    const n = EXPERIMENTS.g1.variants.length;
    const total = stepCount(n, tiny);
    expect(total).toBe(n * (1 + 1 + 3));
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(progress.every((p) => p.total === total)).toBe(true);
    expect(progress.filter((p) => p.phase === 'measure')).toHaveLength(n * 3);
    expect(result.variants.map((v) => v.id)).toEqual(EXPERIMENTS.g1.variants.map((v) => v.id));
    for (const v of result.variants) {
      expect(v.timesMs).toHaveLength(3);
      expect(v.timesMs.every((t) => t > 0)).toBe(true);
      expect(v.summary.median).toBeGreaterThan(0);
      expect(v.outputDims).toEqual([1, v.detail.startsWith('128') ? 128 : Number(v.detail.split(' ')[0]), 6, 6]);
      expect(v.flops).toBeGreaterThan(0);
    }
  });
});

describe('runExperiment with fake sessions', () => {
  it('measures round-robin with a rotating start and computes medians from the fake clock', async () => {
    const order: string[] = [];
    // run time proportional to model size: bigger graphs "take longer"
    const { deps, released } = fakeDeps((bytes) => Math.ceil(bytes / 1000));
    const result = await runExperiment(
      { experiment: 'g3', setting: 'quick', optimize: true },
      deps,
      (p) => p.phase === 'measure' && order.push(p.variant),
      () => false,
      { size: 4, warmup: 0, runs: 2, maxRuns: 2 },
    );
    const labels = EXPERIMENTS.g3.variants.map((v) => v.label);
    expect(order.slice(0, 5)).toEqual(labels);
    expect(order.slice(5)).toEqual([...labels.slice(1), labels[0]]);
    for (const v of result.variants) {
      expect(v.timesMs[0]).toBe(v.timesMs[1]);
      expect(v.summary.median).toBe(v.timesMs[0]);
    }
    // 4 parallel fragments carry the same weights as 1 fragment; 2-series carries about the same
    expect(result.variants[0].summary.median).toBeGreaterThan(0);
    expect(released).toHaveLength(5);
  });

  it('keeps sampling a noisy measurement until its spread is small, and stops at maxRuns if it never is', async () => {
    // every 4th run of a session is five times slower for the first 12 runs, then the clock is steady
    const steadyAfter = (n: number) => {
      let calls = 0;
      return fakeDeps(() => (++calls <= n && calls % 4 === 0 ? 5 : 1));
    };
    const setting = { size: 4, warmup: 0, runs: 4, maxRuns: 40 };
    const settled = await runExperiment(
      { experiment: 'g1', setting: 'quick', optimize: true },
      steadyAfter(16).deps,
      () => undefined,
      () => false,
      setting,
    );
    expect(settled.runs).toBeGreaterThan(4);
    expect(settled.runs).toBeLessThan(40);
    const never = await runExperiment(
      { experiment: 'g1', setting: 'quick', optimize: true },
      fakeDeps(() => (Math.random() < 0.5 ? 1 : 3)).deps,
      () => undefined,
      () => false,
      { ...setting, maxRuns: 8 },
    );
    expect(never.runs).toBeLessThanOrEqual(8);
    expect(never.variants.every((v) => v.timesMs.length === never.runs)).toBe(true);
  });

  it('stops between runs when cancelled and still releases every session', async () => {
    const { deps, released, created } = fakeDeps(() => 1);
    let steps = 0;
    const promise = runExperiment(
      { experiment: 'g2', setting: 'full', optimize: true },
      deps,
      () => steps++,
      () => steps >= 6,
      { size: 4 },
    );
    await expect(promise).rejects.toThrow('cancelled');
    expect(steps).toBe(6);
    expect(released).toHaveLength(created());
  });
});

describe('createLabHandler (the worker’s message loop)', () => {
  it('answers start with progress then result, and a cancel mid-run with cancelled', async () => {
    const messages: LabResponse[] = [];
    // The handler posts progress that cancels it: the post callback needs the handler it belongs to.
    const late: { handle?: (data: unknown) => Promise<void> } = {};
    const post = (m: LabResponse) => {
      messages.push(m);
      // the page cancels as soon as it sees the third progress message of the second run
      if (m.type === 'progress' && messages.filter((x) => x.type === 'result').length === 1 && m.done === 3)
        void late.handle?.({ type: 'cancel' });
    };
    const handle = createLabHandler(realDeps, post, tiny);
    late.handle = handle;

    await handle({ type: 'start', experiment: 'g4', setting: 'quick', optimize: false });
    const first = messages.splice(0);
    expect(first.at(-1)?.type).toBe('result');
    expect(first.filter((m) => m.type === 'progress')).toHaveLength(stepCount(4, tiny));
    const result = first.at(-1);
    if (result?.type !== 'result') throw new Error('no result');
    expect(result.result.optimize).toBe(false);
    expect(result.result.variants).toHaveLength(4);

    messages.push({ type: 'result', result: result.result }); // marks "second run" for the post hook
    await handle({ type: 'start', experiment: 'g4', setting: 'quick', optimize: true });
    const second = messages.slice(1);
    expect(second.at(-1)).toEqual({ type: 'cancelled' });
    const lastProgress = second.filter((m) => m.type === 'progress').at(-1);
    expect(lastProgress?.type === 'progress' && lastProgress.done).toBe(3);
    expect(second.some((m) => m.type === 'result')).toBe(false);
  });

  it('refuses a second start while busy and rejects malformed messages', async () => {
    const messages: LabResponse[] = [];
    const { deps } = fakeDeps(() => 1);
    const handle = createLabHandler(deps, (m) => messages.push(m), { size: 4, warmup: 0, runs: 1, maxRuns: 1 });
    const running = handle({ type: 'start', experiment: 'g1', setting: 'quick' });
    await handle({ type: 'start', experiment: 'g2', setting: 'quick' });
    await handle({ type: 'bogus' });
    await running;
    const errors = messages.filter((m) => m.type === 'error').map((m) => (m.type === 'error' ? m.message : ''));
    expect(errors).toEqual([expect.stringMatching(/already running/), expect.stringMatching(/does not understand/)]);
    expect(messages.at(-1)?.type).toBe('result');
    // cancel while idle is acknowledged at once
    await handle({ type: 'cancel' });
    expect(messages.at(-1)).toEqual({ type: 'cancelled' });
  });

  it('turns a runtime failure into an error message', async () => {
    const messages: LabResponse[] = [];
    const deps: RunnerDeps = {
      ...realDeps,
      createSession: async () => {
        throw new Error('wasm failed to load');
      },
    };
    await createLabHandler(deps, (m) => messages.push(m))({ type: 'start', experiment: 'g1', setting: 'quick' });
    expect(messages).toEqual([{ type: 'error', message: 'wasm failed to load' }]);
  });
});
