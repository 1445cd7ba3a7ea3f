import { useEffect, useRef } from 'react';
import { fetchedOutputs, runForward } from '../../lib/derivedTensors';
import { preprocessPixels } from '../../lib/manifest';
import type { ModelState } from '../model/useModel';
import type { ForwardResult } from '../model/useForward';

/** What `window.__explorerBench` offers when the page is opened with ?bench=1 (scripts/bench.mjs, e2e tests). */
export interface ExplorerBench {
  /** ms since navigation start when the model was ready and the first result was shown (null before) */
  readyAt: number | null;
  /** ms since navigation start when the explorer began rendering its first result (readyAt minus this: the first render and paint) */
  firstResultAt: number | null;
  /**
   * runs the session `runs` times on the current input as the explorer does (every computed tensor
   * and the current step's tensors copied out, other concats and shuffles rebuilt on access), ms per run. `materialise` also builds every
   * derived tensor; `outputs` instead requests exactly those names from the runtime ('all': every output).
   */
  forward(runs: number, options?: { outputs?: string[] | 'all'; materialise?: boolean }): Promise<number[]>;
  /**
   * feeds held-out sample `index` as if drawn and resolves with ms until every visible map has
   * repainted (`total`), and how much of it was the forward pass (`forward`)
   */
  repaint(index: number): Promise<{ total: number; forward: number }>;
  /** the names the explorer requests from the runtime, and the names it rebuilds from them */
  outputs(): { fetched: string[]; derived: string[] };
  /** the tensors of the result on screen, as plain arrays */
  tensors(): Record<string, { dims: number[]; data: number[] }> | null;
}

declare global {
  interface Window {
    __explorerBench?: ExplorerBench;
  }
}

/**
 * Installs the benchmark/test hook, only when the URL says ?bench=1: a reader's page never has it.
 * `feed` must put pixels into the explorer as a drawing does; the hook resolves a repaint when the
 * explorer's effect for a result with exactly those pixels runs — React runs the children's
 * effects (which paint the canvases) before the parent's, so by then every visible map is painted.
 */
export function useBenchHook(
  model: ModelState,
  result: ForwardResult | null,
  feed: (pixels: Uint8Array) => void,
  shown: readonly string[],
) {
  const pending = useRef<{
    pixels: Uint8Array;
    start: number;
    resolve(ms: { total: number; forward: number }): void;
  } | null>(null);
  const state = useRef({
    model,
    result,
    feed,
    shown,
    readyAt: null as number | null,
    firstResultAt: null as number | null,
  });
  // noted while rendering (a ref, idempotent): when the first result began to render
  if (result && state.current.firstResultAt === null) state.current.firstResultAt = performance.now();
  state.current.model = model;
  state.current.shown = shown;
  state.current.result = result;
  state.current.feed = feed;

  useEffect(() => {
    // Every map has drawn its canvas in its own effect by now (children's effects run first); the
    // first frame after this one is when the reader sees them.
    if (result && state.current.readyAt === null) {
      state.current.readyAt = -1;
      requestAnimationFrame(() => setTimeout(() => (state.current.readyAt = performance.now()), 0));
    }
    const p = pending.current;
    if (p && result && result.pixels === p.pixels) {
      pending.current = null;
      p.resolve({ total: performance.now() - p.start, forward: result.ms });
    }
  }, [result]);

  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('bench') !== '1') return;
    const s = state.current;
    window.__explorerBench = {
      get readyAt() {
        return s.readyAt === -1 ? null : s.readyAt;
      },
      get firstResultAt() {
        return s.firstResultAt;
      },
      async forward(runs, options = {}) {
        const { session, manifest } = s.model;
        const pixels = s.result?.pixels;
        if (!session || !pixels) throw new Error('the model has not run yet');
        const { name, shape, preprocessing } = manifest.input;
        const fetch = fetchedOutputs(manifest, s.shown);
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          if (options.outputs) {
            // a comparison: exactly these outputs ('all': every one) copied out, nothing rebuilt
            const outputs = options.outputs === 'all' ? undefined : options.outputs;
            await session.run({ [name]: { data: preprocessPixels(pixels, preprocessing), dims: shape } }, outputs);
          } else {
            const { tensors } = await runForward(session, manifest, pixels, fetch); // the explorer's own path
            if (options.materialise) for (const t of Object.values(tensors)) void t.data;
          }
          times.push(performance.now() - start);
        }
        return times;
      },
      repaint(index) {
        const samples = s.model.samples;
        if (!samples) return Promise.reject(new Error('samples not loaded'));
        const pixels = samples.images[index].slice(); // a new array: the result must be for this feed
        return new Promise((resolve) => {
          pending.current = { pixels, start: performance.now(), resolve };
          s.feed(pixels);
        });
      },
      outputs() {
        const fetched = fetchedOutputs(s.model.manifest, s.shown);
        return { fetched, derived: s.model.manifest.outputs.map((o) => o.name).filter((n) => !fetched.includes(n)) };
      },
      tensors() {
        const t = s.result?.tensors;
        if (!t) return null;
        return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, { dims: v.dims, data: Array.from(v.data) }]));
      },
    };
    return () => {
      delete window.__explorerBench;
    };
  }, []);
}
