/**
 * How long a run waited before it began (ms), by its result (the tensors record it resolved to): in
 * the model worker, a model's first run can queue behind the warm-up run that follows its opening.
 * The worker says so in its answer; forward-pass times shown to the reader leave the wait out.
 */
export const runWaits = new WeakMap<object, number>();
