import { useEffect, useMemo, useRef, useState } from 'react';
import { preprocessPixels } from '../../lib/manifest';
import { errorMessage, latestOnly, type PlainTensor } from '../../lib/ort';
import type { ModelState } from './useModel';

export interface ForwardResult {
  /** the 28×28 ink image that was run */
  pixels: Uint8Array;
  /** every output of the model by name, plus the normalised input under the input's name */
  tensors: Record<string, PlainTensor>;
  /** milliseconds of the forward pass (inference + copying every intermediate out) */
  ms: number;
}

/**
 * Runs the model on `pixels` whenever they change, returning the latest result. Runs never queue
 * up: while one runs, only the newest request waits (latestOnly), so a fast pen is never followed
 * by a backlog. Results arrive for every run that completes, so the prediction moves while drawing.
 */
export function useForward(model: ModelState, pixels: Uint8Array | null): { result: ForwardResult | null; error: string | null } {
  const { session, manifest } = model;
  const [result, setResult] = useState<ForwardResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useMemo(() => {
    if (!session) return null;
    const { name, shape, preprocessing } = manifest.input;
    return latestOnly(async (px: Uint8Array): Promise<ForwardResult> => {
      const input = { data: preprocessPixels(px, preprocessing), dims: shape };
      const start = performance.now();
      const outputs = await session.run({ [name]: input });
      return { pixels: px, tensors: { [name]: input, ...outputs }, ms: performance.now() - start };
    });
  }, [session, manifest]);
  const current = useRef(run);
  current.current = run;

  useEffect(() => {
    if (!run) setResult(null);
  }, [run]);

  useEffect(() => {
    if (!run || !pixels) return;
    run(pixels).then(
      (r) => {
        // A result of another model's session (the reader switched models) is dropped.
        if (r && current.current === run) {
          setResult(r);
          setError(null);
        }
      },
      (e: unknown) => current.current === run && setError(`The model failed to run: ${errorMessage(e)}`),
    );
  }, [run, pixels]);

  return { result: run ? result : null, error };
}
