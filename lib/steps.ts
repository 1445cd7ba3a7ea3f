/**
 * The explorer's steps, read from a model manifest: input → stem → every unit of stages 2–4 →
 * conv5 → global pool → fully connected (logits) → softmax. Each step names the tensor that feeds
 * it and the tensors it produces, so the explorer can show the real activations of that step.
 *
 * Nothing here knows the particular model: change the manifest (more units, other widths) and the
 * steps follow. A manifest that does not describe a chain of tensors raises a clear error instead.
 */
import type {
  LayerOp,
  ManifestOp,
  ManifestUnit,
  ModelManifest,
  OutputPath,
  OutputSpec,
  OutputValues,
} from './manifest';
import type { Locale } from './i18n';
import { opLabel, opName } from './opNames';
import { stepsMessages } from './stepsMessages';
import { manifestTensorNodes } from './unitDiagram';

/** 'op': one op inside a unit (a manifest that lists every op's tensor); 'unit': a whole unit (an older manifest). */
export type StepKind = 'input' | 'stem' | 'maxpool' | 'unit' | 'op' | 'conv5' | 'pool' | 'logits' | 'probs';

/** What an op step inside a unit computes. */
export interface StepOp {
  op: LayerOp;
  path: OutputPath;
  /** the diagram node of the op (lib/unitDiagram's fromManifestUnit ids: 'split', 'right.dw', 'concat', …) */
  node: string;
  /** every tensor the op reads (two for a concat) */
  inputs: string[];
  /** signed: no ReLU after it (the depthwise convolutions) */
  values: OutputValues;
  /** the manifest's sentence for a reader */
  description: string;
  /** the op in the book's words ('3×3 depthwise conv · BN') */
  label: string;
}

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
  /** op steps only */
  op?: StepOp;
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
  return {
    input: unit.input,
    left: `${unit.name}.left`,
    right: `${unit.name}.right`,
    concat: `${unit.name}.concat`,
    shuffle: `${unit.name}.shuffle`,
  };
}

/** Shape without the leading batch dimension. */
export function dropBatch(shape: readonly number[]): number[] {
  return shape.length > 1 && shape[0] === 1 ? shape.slice(1) : [...shape];
}

export function unitTitle(unit: ManifestUnit, locale: Locale = 'en'): string {
  return stepsMessages[locale].unitTitle(unit.stage, unit.unit, unit.type === 'down');
}

function describeUnit(unit: ManifestUnit, locale: Locale): string {
  const t = stepsMessages[locale];
  const [h, w] = unit.inSize;
  const [oh, ow] = unit.outSize;
  if (unit.type === 'basic') {
    const half = unit.before.find((op) => op.op === 'split')?.outChannels ?? unit.inChannels / 2;
    return t.describeBasic(unit.inChannels, half, unit.inChannels - half, `${h}×${w}`, `${oh}×${ow}`);
  }
  return t.describeDown(unit.inChannels, unit.outChannels, `${h}×${w}`, `${oh}×${ow}`);
}

export class StepsError extends Error {
  constructor(problem: string) {
    super(`The model manifest cannot be stepped through: ${problem}`);
    this.name = 'StepsError';
  }
}

/** Builds the steps in network order, in the reader's language. Throws StepsError when the manifest is not a chain. */
export function buildSteps(manifest: ModelManifest, locale: Locale = 'en'): Step[] {
  const t = stepsMessages[locale];
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
    id: 'input',
    kind: 'input',
    short: t.shortInput,
    title: t.inputTitle,
    operation: manifest.input.preprocessing.channelMean
      ? t.inputRgb(inputShape.slice(1).join('×'), inputShape[0])
      : t.inputGray(inputShape.slice(1).join('×'), manifest.input.preprocessing.mean, manifest.input.preprocessing.std),
    input: null,
    inputShape: null,
    tensors: [manifest.input.name],
    outputShape: inputShape,
  });
  const { kernel, stride, outChannels } = manifest.stem;
  raw.push({
    id: 'stem',
    kind: 'stem',
    short: t.shortStem,
    title: t.stemTitle,
    operation: t.stemOperation(kernel, stride, outChannels),
    input: manifest.input.name,
    inputShape,
    tensors: [stem.name],
    outputShape: shapeOf(stem.name),
  });
  let previous = stem.name;
  // torchvision's layout: a max pool after the stem (the book's small models have none)
  const maxPool = manifest.outputs.find((o) => o.layer?.op === 'maxpool');
  if (maxPool && manifest.maxPool) {
    const { kernel: k, stride: s } = manifest.maxPool;
    raw.push({
      id: 'maxpool',
      kind: 'maxpool',
      short: t.shortPool,
      title: t.maxPoolTitle,
      operation: t.maxPoolOperation(k, s),
      input: stem.name,
      inputShape: shapeOf(stem.name),
      tensors: [maxPool.name],
      outputShape: shapeOf(maxPool.name),
    });
    previous = maxPool.name;
  }
  for (const unit of units) {
    const t = unitTensors(unit);
    if (unit.input !== previous)
      throw new StepsError(`${unit.name} reads "${unit.input}" but the previous step produced "${previous}"`);
    if (unit.tensors && unit.tensors.every((n) => byName.get(n)?.layer))
      raw.push(...opSteps(unit, byName, shapeOf, locale));
    else {
      raw.push({
        id: unit.name,
        kind: 'unit',
        short: `${unit.stage}.${unit.unit}`,
        title: unitTitle(unit, locale),
        operation: describeUnit(unit, locale),
        input: unit.input,
        inputShape: shapeOf(unit.input),
        tensors: unit.tensors ?? [t.left, t.right, t.concat, t.shuffle],
        outputShape: shapeOf(t.shuffle),
        unit,
      });
    }
    previous = t.shuffle;
  }
  const c5 = shapeOf(conv5.name);
  raw.push({
    id: 'conv5',
    kind: 'conv5',
    short: 'conv5',
    title: 'conv5',
    operation: t.conv5Operation(c5[0]),
    input: previous,
    inputShape: shapeOf(previous),
    tensors: [conv5.name],
    outputShape: c5,
  });
  raw.push({
    id: 'pool',
    kind: 'pool',
    short: t.shortPool,
    title: t.poolTitle,
    operation: t.poolOperation(c5[0], c5.slice(1).join('×')),
    input: conv5.name,
    inputShape: c5,
    tensors: [pool.name],
    outputShape: shapeOf(pool.name),
  });
  raw.push({
    id: 'fc',
    kind: 'logits',
    short: 'FC',
    title: t.fcTitle,
    operation: t.fcOperation(shapeOf(pool.name)[0], manifest.classes.length),
    input: pool.name,
    inputShape: shapeOf(pool.name),
    tensors: [logits.name],
    outputShape: shapeOf(logits.name),
  });
  raw.push({
    id: 'softmax',
    kind: 'probs',
    short: t.shortSoftmax,
    title: t.softmaxTitle,
    operation: t.softmaxOperation,
    input: logits.name,
    inputShape: shapeOf(logits.name),
    tensors: [probs.name],
    outputShape: shapeOf(probs.name),
  });
  return raw.map((s, index) => ({ ...s, index }));
}

/**
 * The index of the step with `id`, or null for an id the model has no step for (an old or
 * hand-edited URL). A unit's name ('stage3.unit2') opens its first op.
 */
export function resolveStep(steps: readonly Step[], id: string): number | null {
  const i = steps.findIndex((s) => s.id === id);
  if (i >= 0) return i;
  const first = steps.findIndex((s) => s.unit?.name === id);
  return first >= 0 ? first : null;
}

/** The index of the step with `id`, or 0 (the input) for an unknown id. */
export function stepIndex(steps: readonly Step[], id: string): number {
  return resolveStep(steps, id) ?? 0;
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

const UNIT_TENSOR = /^stage(\d+)\.unit(\d+)\.(left|right)?\.?(split|dw|conv1|concat|shuffle)?$/;

/**
 * A tensor's name for a reader, in the words of the explorer's step titles:
 * 'stage3.unit1.shuffle' → 'Stage 3, unit 1 · channel shuffle (g = 2)' (阶段 3，单元 1 · 通道混洗（g = 2）);
 * inside the unit the reader is looking at (`within`) without the unit: 'untouched half',
 * 'branch · 3×3 depthwise conv'. The stem and the head are called as their steps are. A name that
 * is not one of the book's (a reader's own model) comes back unchanged: then it is all there is.
 */
export function tensorTitle(name: string, locale: Locale = 'en', within?: ManifestUnit): string {
  const t = stepsMessages[locale];
  const head: Record<string, string> = {
    input: t.inputTitle,
    stem: t.stemTitle,
    conv5: 'conv5',
    pool: t.poolTitle,
    logits: t.fcTitle,
    probs: t.softmaxTitle,
  };
  if (head[name]) return head[name];
  const m = UNIT_TENSOR.exec(name);
  if (!m || (!m[3] && !m[4])) return name;
  const [stage, unit] = [Number(m[1]), Number(m[2])];
  const path = m[3] as 'left' | 'right' | undefined;
  const part = m[4];
  const own = within?.stage === stage && within.unit === unit;
  // unit 1 of every stage is the down-sampling unit (the paper's Table 5)
  const type = own ? within.type : unit === 1 ? 'down' : 'basic';
  const where = path ? pathWords(type, path, locale) : '';
  const label =
    part === 'shuffle'
      ? opName({ kind: 'shuffle', groups: 2 }, locale)
      : part === 'concat'
        ? opName({ kind: 'concat' }, locale)
        : part === 'dw'
          ? opName({ kind: 'dwconv3x3', stride: type === 'down' ? 2 : 1 }, locale)
          : part === 'conv1'
            ? opName({ kind: 'conv1x1' }, locale)
            : part === 'split' && path === 'right'
              ? t.branchHalf
              : '';
  // the split's right half is the branch's input: "the half that enters the branch", not "branch"
  const words = part === 'split' ? label : [where, label].filter(Boolean).join(' · ');
  return own ? words : t.opTitle(stage, unit, '', words);
}

function pathWords(type: ManifestUnit['type'], path: 'left' | 'right', locale: Locale): string {
  const t = stepsMessages[locale];
  if (type === 'basic') return path === 'left' ? t.basicLeft : t.basicRight;
  return path === 'left' ? t.downLeft : t.downRight;
}

/** A few characters for the overview: 'L dw', 'R 1×1', 'split', 'cat', 'shuf'. */
function opShort(op: LayerOp, path: OutputPath, type: ManifestUnit['type'], locale: Locale): string {
  const t = stepsMessages[locale];
  const name =
    { conv1x1: '1×1', dwconv3x3: t.shortDw, split: t.shortSplit, concat: t.shortConcat, shuffle: t.shortShuffle }[
      op as string
    ] ?? op;
  // the slab's colour says which branch; the label stays short so the whole network fits in one row
  void path;
  void type;
  return name;
}

/**
 * One step per op of a unit, in network order (lib/manifest's `unit.tensors`): a basic unit's split
 * (which makes both halves: one step), its branch's three convolutions, the concat and the shuffle;
 * a down-sampling unit's two branches op by op, then concat and shuffle.
 */
function opSteps(
  unit: ManifestUnit,
  byName: Map<string, OutputSpec>,
  shapeOf: (name: string) => number[],
  locale: Locale,
): Omit<Step, 'index'>[] {
  const t = stepsMessages[locale];
  const nodes = manifestTensorNodes(unit);
  const ops = new Map<string, ManifestOp>(
    [...unit.left, ...unit.right, ...unit.after].filter((o) => o.output).map((o) => [o.output!, o]),
  );
  const half = `${unit.name}.right.split`;
  const steps: Omit<Step, 'index'>[] = [];
  for (const name of unit.tensors!) {
    const spec = byName.get(name)!;
    const layer = spec.layer!;
    if (name === half) continue; // the split step shows both halves
    const split = layer.op === 'split';
    const path = layer.path ?? 'merge';
    const manifestOp = ops.get(name);
    const label = split
      ? t.splitLabel(unit.inChannels, unit.inChannels / 2)
      : manifestOp
        ? opLabel(
            {
              kind: manifestOp.op,
              stride: manifestOp.stride,
              groups: manifestOp.op === 'shuffle' ? manifestOp.groups : 1,
              bn: manifestOp.bn,
              relu: manifestOp.relu,
            },
            locale,
          )
        : layer.op;
    const where = path === 'merge' || split ? '' : pathWords(unit.type, path, locale);
    steps.push({
      id: split ? `${unit.name}.split` : name,
      kind: 'op',
      short: opShort(layer.op, path, unit.type, locale),
      title: t.opTitle(unit.stage, unit.unit, where, label),
      operation: layer.description,
      input: layer.inputs[0],
      inputShape: shapeOf(layer.inputs[0]),
      tensors: split && byName.has(half) ? [name, half] : [name],
      outputShape: shapeOf(name),
      unit,
      op: {
        op: layer.op,
        path,
        node: nodes[name] ?? layer.op,
        inputs: layer.inputs,
        values: layer.values,
        description: layer.description,
        label,
      },
    });
  }
  return steps;
}
