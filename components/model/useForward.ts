import { useEffect, useMemo, useRef, useState } from 'react';
import { fetchedOutputs, runForward } from '../../lib/derivedTensors';
import { errorMessage, latestOnly, type PlainTensor } from '../../lib/ort';
import type { ModelState } from './useModel';
import { useLocale } from '../i18n/locale';
import { modelMessages } from './modelMessages';

export interface ForwardResult {
  /** the 28×28 ink image that was run */
  pixels: Uint8Array;
  /**
   * every output of the model by name, plus the normalised input under the input's name; each
   * unit's concat, shuffle and (basic unit) untouched half are rebuilt on first access (lib/derivedTensors)
   */
  tensors: Record<string, PlainTensor>;
  /** milliseconds of the forward pass (inference + copying every computed intermediate out) */
  ms: number;
  /** how many tensors the runtime returned, and how many are rebuilt from them on demand */
  fetched: number;
  derived: number;
}

const NONE: readonly string[] = [];

/**
 * Runs the model on `pixels` whenever they change, returning the latest result. Runs never queue
 * up: while one runs, only the newest request waits (latestOnly), so a fast pen is never followed
 * by a backlog. Results arrive for every run that completes, so the prediction moves while drawing.
 * `shown` names the tensors on screen: derived outputs among them come from the runtime,
 * the others are rebuilt from the branches when read (lib/derivedTensors); changing it re-runs.
 */
export function useForward(
  model: ModelState,
  pixels: Uint8Array | null,
  shown: readonly string[] = NONE,
): { result: ForwardResult | null; error: string | null } {
  const { session, manifest } = model;
  const locale = useLocale();
  const [result, setResult] = useState<ForwardResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shownKey = shown.join(','); // a new array with the same names must not re-run the model
  const run = useMemo(() => {
    if (!session) return null;
    const fetch = fetchedOutputs(manifest, shownKey ? shownKey.split(',') : []);
    return latestOnly(async (px: Uint8Array): Promise<ForwardResult> => {
      const { tensors, runMs } = await runForward(session, manifest, px, fetch);
      return { pixels: px, tensors, ms: runMs, fetched: fetch.length, derived: manifest.outputs.length - fetch.length };
    });
  }, [session, manifest, shownKey]);
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
      (e: unknown) => current.current === run && setError(modelMessages[locale].failedToRun(errorMessage(e, locale))),
    );
  }, [run, pixels, locale]);

  return { result: run ? result : null, error };
}
