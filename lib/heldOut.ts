/**
 * Measurements on a whole session that the model worker makes in one request, so that a
 * thousand runs are not a thousand round trips to the page: accuracy over the shipped held-out
 * samples (with progress), and the time of repeated runs on one input. Free of Worker and DOM
 * APIs; node tests drive them with the real runtime.
 */
import { preprocessPixels } from './manifest';
import type { ModelSession, PlainTensor } from './ort';
import { summarize } from './labStats';
import { argmax } from './featureMaps';

export interface HeldOutSpec {
  /** the model's input name and dims (batch 1) */
  input: string;
  dims: number[];
  preprocessing: { mean: number; std: number };
  /** the output whose arg-max is the prediction (logits or probs) */
  output: string;
}

export interface HeldOutResult {
  correct: number;
  total: number;
  /** the predicted class of every sample, in order */
  predictions: Uint8Array;
}

/**
 * Runs every sample (N×pixels uint8, row-major) through the session and counts the arg-max
 * predictions that equal the label. `onProgress(done, total)` is called every `every` samples
 * and at the end.
 */
export async function heldOutAccuracy(
  session: ModelSession,
  images: Uint8Array,
  labels: Uint8Array,
  spec: HeldOutSpec,
  onProgress?: (done: number, total: number) => void,
  every = 50,
): Promise<HeldOutResult> {
  const total = labels.length;
  const pixels = spec.dims.reduce((a, b) => a * b, 1);
  if (images.length !== total * pixels)
    throw new RangeError(`${images.length} pixels is not ${total} images of ${pixels}`);
  const predictions = new Uint8Array(total);
  let correct = 0;
  for (let i = 0; i < total; i++) {
    const data = preprocessPixels(images.subarray(i * pixels, (i + 1) * pixels), spec.preprocessing);
    const out = await session.run({ [spec.input]: { data, dims: spec.dims } }, [spec.output]);
    predictions[i] = argmax(out[spec.output].data);
    if (predictions[i] === labels[i]) correct++;
    if ((i + 1) % every === 0 || i + 1 === total) onProgress?.(i + 1, total);
  }
  return { correct, total, predictions };
}

/** Milliseconds of each of `runs` runs on `feeds` (after one untimed run), asking only for `outputs`. */
export async function timeRuns(
  session: ModelSession,
  feeds: Record<string, PlainTensor>,
  runs: number,
  outputs?: readonly string[],
  now: () => number = () => performance.now(),
): Promise<number[]> {
  await session.run(feeds, outputs);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await session.run(feeds, outputs);
    times.push(now() - start);
  }
  return times;
}

/** The median of timings (the lab's robust summary: a slow outlier does not move it). */
export function medianMs(times: readonly number[]): number {
  return summarize(times).median;
}
