import { useEffect, useRef } from 'react';
import { preprocessPixels } from '../../lib/manifest';
import type { ModelState } from '../model/useModel';
import type { ForwardResult } from '../model/useForward';

/** What `window.__explorerBench` offers when the page is opened with ?bench=1 (scripts/bench.mjs, e2e tests). */
export interface ExplorerBench {
  /** ms since navigation start when the model was ready and the first result was shown (null before) */
  readyAt: number | null;
  /** runs the session `runs` times on the current input, fetching every intermediate (or only `outputs`); ms per run */
  forward(runs: number, outputs?: string[]): Promise<number[]>;
  /**
   * feeds held-out sample `index` as if drawn and resolves with ms until every visible map has
   * repainted (`total`), and how much of it was the forward pass (`forward`)
   */
  repaint(index: number): Promise<{ total: number; forward: number }>;
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
export function useBenchHook(model: ModelState, result: ForwardResult | null, feed: (pixels: Uint8Array) => void) {
  const pending = useRef<{ pixels: Uint8Array; start: number; resolve(ms: { total: number; forward: number }): void } | null>(null);
  const state = useRef({ model, result, feed, readyAt: null as number | null });
  state.current.model = model;
  state.current.result = result;
  state.current.feed = feed;

  useEffect(() => {
    if (result && state.current.readyAt === null) state.current.readyAt = performance.now();
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
        return s.readyAt;
      },
      async forward(runs, outputs) {
        const { session, manifest } = s.model;
        const pixels = s.result?.pixels;
        if (!session || !pixels) throw new Error('the model has not run yet');
        const { name, shape, preprocessing } = manifest.input;
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          await session.run({ [name]: { data: preprocessPixels(pixels, preprocessing), dims: shape } }, outputs);
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
