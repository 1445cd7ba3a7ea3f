/**
 * The explorer's steps, read from a model manifest: input → stem → every unit of stages 2–4 →
 * conv5 → global pool → fully connected (logits) → softmax. Each step names the tensor that feeds
 * it and the tensors it produces, so the explorer can show the real activations of that step.
 *
 * Nothing here knows the particular model: change the manifest (more units, other widths) and the
 * steps follow. A manifest that does not describe a chain of tensors raises a clear error instead.
 */
import type { ManifestUnit, ModelManifest, OutputSpec } from './manifest';

export type StepKind = 'input' | 'stem' | 'unit' | 'conv5' | 'pool' | 'logits' | 'probs';

export interface Step {
  /** stable id for URLs: 'input', 'stem', 'stage2.unit1', 'conv5', 'pool', 'fc', 'softmax' */
  id: string;
  kind: StepKind;
  index: number;
  /** a few characters for the overview strip: 'in', 'stem', '2.1', 'conv5', 'pool', 'FC', 'soft' */
  short: string;
  title: string;
  /** what the step computes, in words */
  operation: string;
  /** tensor feeding the step (the model input's name for the stem) and its shape without the batch */
  input: string | null;
  inputShape: number[] | null;
  /** tensors the step produces, in order; the last one is the step's output */
  tensors: string[];
  outputShape: number[];
  unit?: ManifestUnit;
}

/** Names of the four tensors a unit produces. */
export interface UnitTensors {
  input: string;
  left: string;
  right: string;
  concat: string;
  shuffle: string;
}

export function unitTensors(unit: ManifestUnit): UnitTensors {
  return { input: unit.input, left: `${unit.name}.left`, right: `${unit.name}.right`, concat: `${unit.name}.concat`, shuffle: `${unit.name}.shuffle` };
}

/** Shape without the leading batch dimension. */
export function dropBatch(shape: readonly number[]): number[] {
  return shape.length > 1 && shape[0] === 1 ? shape.slice(1) : [...shape];
}


export function unitTitle(unit: ManifestUnit): string {
  return `Stage ${unit.stage}, unit ${unit.unit} (${unit.type === 'down' ? 'down-sampling' : 'basic'})`;
}

function describeUnit(unit: ManifestUnit): string {
  const [h, w] = unit.inSize;
  const [oh, ow] = unit.outSize;
  if (unit.type === 'basic') {
    const half = unit.before.find((op) => op.op === 'split')?.outChannels ?? unit.inChannels / 2;
    return `split ${unit.inChannels} channels into ${half} untouched + ${unit.inChannels - half} through the branch, concat, shuffle; ${h}×${w} stays ${oh}×${ow}`;
  }
  return `two branches on all ${unit.inChannels} channels at stride 2, concat to ${unit.outChannels} channels, shuffle; ${h}×${w} → ${oh}×${ow}`;
}

export class StepsError extends Error {
  constructor(problem: string) {
    super(`The model manifest cannot be stepped through: ${problem}`);
    this.name = 'StepsError';
  }
}

/** Builds the steps in network order. Throws StepsError when the manifest is not a chain. */
export function buildSteps(manifest: ModelManifest): Step[] {
  const byName = new Map<string, OutputSpec>(manifest.outputs.map((o) => [o.name, o]));
  const one = (role: OutputSpec['role']): OutputSpec => {
    const found = manifest.outputs.filter((o) => o.role === role);
    if (found.length !== 1) throw new StepsError(`expected exactly one '${role}' output, found ${found.length}`);
    return found[0];
  };
  const shapeOf = (name: string): number[] => {
    if (name === manifest.input.name) return dropBatch(manifest.input.shape);
    const spec = byName.get(name);
    if (!spec) throw new StepsError(`no output named "${name}"`);
    return dropBatch(spec.shape);
  };

  const stem = one('stem');
  const conv5 = one('conv5');
  const pool = one('pool');
  const logits = one('logits');
  const probs = one('probs');
  const units = [...manifest.units].sort((a, b) => a.stage - b.stage || a.unit - b.unit);
  if (units.length === 0) throw new StepsError('it lists no units');

  const raw: Omit<Step, 'index'>[] = [];
  const inputShape = dropBatch(manifest.input.shape);
  raw.push({
    id: 'input', kind: 'input', short: 'in', title: 'Input image',
    operation: `the ${inputShape.slice(1).join('×')} picture, normalised as (pixel/255 − ${manifest.input.preprocessing.mean}) / ${manifest.input.preprocessing.std}`,
    input: null, inputShape: null, tensors: [manifest.input.name], outputShape: inputShape,
  });
  const { kernel, stride, outChannels } = manifest.stem;
  raw.push({
    id: 'stem', kind: 'stem', short: 'stem', title: 'Stem convolution',
    operation: `${kernel}×${kernel} convolution, stride ${stride}, ${outChannels} filters, BN, ReLU`,
    input: manifest.input.name, inputShape, tensors: [stem.name], outputShape: shapeOf(stem.name),
  });
  let previous = stem.name;
  for (const unit of units) {
    const t = unitTensors(unit);
    if (unit.input !== previous) throw new StepsError(`${unit.name} reads "${unit.input}" but the previous step produced "${previous}"`);
    raw.push({
      id: unit.name, kind: 'unit', short: `${unit.stage}.${unit.unit}`, title: unitTitle(unit), operation: describeUnit(unit),
      // every op's output inside the unit when the manifest lists them, else its four named tensors
      input: unit.input, inputShape: shapeOf(unit.input), tensors: unit.tensors ?? [t.left, t.right, t.concat, t.shuffle],
      outputShape: shapeOf(t.shuffle), unit,
    });
    previous = t.shuffle;
  }
  const c5 = shapeOf(conv5.name);
  raw.push({
    id: 'conv5', kind: 'conv5', short: 'conv5', title: 'conv5',
    operation: `1×1 convolution to ${c5[0]} channels, BN, ReLU`,
    input: previous, inputShape: shapeOf(previous), tensors: [conv5.name], outputShape: c5,
  });
  raw.push({
    id: 'pool', kind: 'pool', short: 'pool', title: 'Global average pool',
    operation: `the mean of each of the ${c5[0]} maps over its ${c5.slice(1).join('×')} positions`,
    input: conv5.name, inputShape: c5, tensors: [pool.name], outputShape: shapeOf(pool.name),
  });
  raw.push({
    id: 'fc', kind: 'logits', short: 'FC', title: 'Fully connected layer (logits)',
    operation: `${shapeOf(pool.name)[0]} → ${manifest.classes.length} weighted sums plus biases, one score per class`,
    input: pool.name, inputShape: shapeOf(pool.name), tensors: [logits.name], outputShape: shapeOf(logits.name),
  });
  raw.push({
    id: 'softmax', kind: 'probs', short: 'soft', title: 'Softmax (class probabilities)',
    operation: 'exponentiate the scores and divide by their sum',
    input: logits.name, inputShape: shapeOf(logits.name), tensors: [probs.name], outputShape: shapeOf(probs.name),
  });
  return raw.map((s, index) => ({ ...s, index }));
}

/** The index of the step with `id`, or 0 (the input) for an unknown id — an old or hand-edited URL. */
export function stepIndex(steps: readonly Step[], id: string): number {
  const i = steps.findIndex((s) => s.id === id);
  return i < 0 ? 0 : i;
}

/** Every tensor the steps show, in order (the model input first). */
export function allTensors(steps: readonly Step[]): string[] {
  return steps.flatMap((s) => s.tensors);
}

/** Moves `delta` steps from `index`, clamped to the ends (what ←/→ do). */
export function moveStep(steps: readonly Step[], index: number, delta: number): number {
  return Math.max(0, Math.min(steps.length - 1, index + delta));
}

/** The step of a given unit, for chapters that embed one unit. */
export function findUnit(manifest: ModelManifest, stage: number, unit: number): ManifestUnit | null {
  return manifest.units.find((u) => u.stage === stage && u.unit === unit) ?? null;
}

/** The name of the model's output with a head role ('probs', 'logits', 'pool', 'conv5', 'stem'). */
export function outputName(manifest: ModelManifest, role: 'stem' | 'conv5' | 'pool' | 'logits' | 'probs'): string {
  const found = manifest.outputs.find((o) => o.role === role);
  if (!found) throw new StepsError(`no '${role}' output`);
  return found.name;
}
