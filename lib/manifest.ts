/**
 * The model manifest: public/models/<name>/manifest.json, written by training/export.py.
 *
 * The app reads everything it needs to know about a shipped model from here (input
 * preprocessing, class names, the named intermediate tensors, the layout of every unit)
 * instead of hard-coding it. No URL logic lives in this module.
 */

import type { OpKind, UnitType } from './units';

/** 'layer': an op inside a unit's branch whose result is not one of the unit's four named tensors (e.g. 'stage2.unit1.right.dw') */
export type OutputRole = 'stem' | 'branch' | 'layer' | 'concat' | 'shuffle' | 'conv5' | 'pool' | 'logits' | 'probs';

/** One named graph output of model.onnx, in network order. */
export interface OutputSpec {
  /** e.g. 'stem', 'stage2.unit1.left', 'stage3.unit2.shuffle', 'conv5', 'pool', 'logits', 'probs' */
  name: string;
  role: OutputRole;
  /** 2, 3 or 4 for tensors inside a unit (the paper's stage numbers), otherwise null */
  stage: number | null;
  /** 1-based unit index within its stage, otherwise null */
  unit: number | null;
  unitType: UnitType | null;
  /** only for role 'branch': 'left' is the untouched half (basic) or the left branch (down) */
  branch?: 'left' | 'right';
  /** e.g. [1, 48, 14, 14]; [1, C] for pool, [1, 10] for logits and probs */
  shape: number[];
  /** the op that made this tensor, its inputs and weights (OutputLayer); present in every shipped manifest */
  layer?: OutputLayer;
}

/** The op that makes an output. 'conv3x3' is the stem's full 3×3 convolution. */
export type LayerOp =
  'conv3x3' | 'maxpool' | 'split' | 'conv1x1' | 'dwconv3x3' | 'concat' | 'shuffle' | 'avgpool' | 'fc' | 'softmax';
/** Where in its unit an output sits: the left path (untouched half or left branch), the right branch, or the merge (concat, shuffle). */
export type OutputPath = 'left' | 'right' | 'merge';
/** 'nonnegative': after a ReLU, or data movement / pooling of such values; 'signed': no ReLU (depthwise convs, logits). */
export type OutputValues = 'nonnegative' | 'signed' | 'probability';

/**
 * The BN-folded weights of a conv or the FC layer, by the names of their ONNX initializers in model.onnx.
 * Conv weight: [outChannels, inChannels / groups, kernel, kernel]; bias: [outChannels].
 * FC weight: [classes, inputs] (row k holds class k's weights; Gemm with transB); bias: [classes].
 */
export interface LayerWeights {
  weight: string;
  bias: string;
  inChannels: number;
  outChannels: number;
  /** convs only */
  kernel?: number;
  stride?: number;
  padding?: number;
  groups?: number;
  /** FC only: the weight is stored [inputs, classes] (MatMul, or Gemm without transB), column k for class k */
  transposed?: boolean;
}

/** A max pool's window: kernel × kernel, at stride, with padding on every side (which never wins the max). */
export interface PoolWindow {
  kernel: number;
  stride: number;
  padding: number;
}

/** How an output is computed, as manifest.json lists it next to the output's name. */
export interface OutputLayer {
  op: LayerOp;
  /** null outside units (stem, conv5, pool, FC, softmax) */
  path: OutputPath | null;
  /** the tensors it is computed from: the model input's name, or earlier outputs */
  inputs: string[];
  /** whether a ReLU is its last step */
  relu: boolean;
  values: OutputValues;
  /** one or two sentences for a reader */
  description: string;
  /** for 'conv3x3', 'conv1x1', 'dwconv3x3' and 'fc' */
  weights?: LayerWeights;
  /** for 'maxpool' */
  window?: PoolWindow;
}

/**
 * One operation inside a unit, in order, for drawing. For a 'split', outChannels is the number of
 * channels in EACH half; for 'concat', inChannels is the total over both inputs.
 * `bn: true` means the op is followed by BatchNorm in the design (in model.onnx every BN is folded
 * into its conv); `relu: true` means a ReLU follows.
 */
export interface ManifestOp {
  op: OpKind;
  stride?: number;
  inChannels: number;
  outChannels: number;
  bn: boolean;
  relu: boolean;
  /** conv groups for a depthwise conv; shuffle groups for a shuffle */
  groups?: number;
  /** the output this op produces (not for a split, which produces two: the unit's left and right.split) */
  output?: string;
}

export interface ManifestUnit {
  /** e.g. 'stage2.unit1'; its tensors are `${name}.left`, `.right`, `.concat`, `.shuffle` */
  name: string;
  stage: number;
  unit: number;
  type: UnitType;
  /** name of the tensor feeding the unit: 'stem' or the previous unit's shuffle output */
  input: string;
  inChannels: number;
  outChannels: number;
  inSize: [number, number];
  outSize: [number, number];
  /** ops applied before the two branches: [split] for a basic unit, [] for a down-sampling unit */
  before: ManifestOp[];
  /** basic unit: [identity] on the first half; down-sampling unit: [dwconv3x3 s2 bn, conv1x1 bn relu] */
  left: ManifestOp[];
  right: ManifestOp[];
  /** [concat, shuffle g=2] */
  after: ManifestOp[];
  /** every output of the unit in network order (e.g. left.dw, left, right.conv1, right.dw, right, concat, shuffle) */
  tensors?: string[];
}

export interface StageSpec {
  name: string;
  outChannels: number;
  /** number of units, counting the down-sampling unit that opens the stage */
  repeats: number;
  outSize: [number, number];
}

export interface Preprocessing {
  /** normalisation applied after pixel/255: (x − mean) / std */
  mean: number;
  std: number;
  /** an RGB model (a reader's own): one mean and std per channel, used instead of mean and std */
  channelMean?: number[];
  channelStd?: number[];
  /** inputs are white ink on black: 0 = background, 255 (→ 1) = ink */
  background: 'black';
  description: string;
}

export interface ModelManifest {
  name: string;
  title: string;
  modelFile: string;
  modelBytes?: number;
  opset?: number;
  input: { name: string; shape: number[]; preprocessing: Preprocessing };
  classes: string[];
  outputs: OutputSpec[];
  units: ManifestUnit[];
  stem: { outChannels: number; kernel: number; stride: number };
  /** a max pool after the stem (torchvision's layout; its output is named 'maxpool'); the book's models have none */
  maxPool?: { kernel: number; stride: number } | null;
  stages: StageSpec[];
  conv5: { outChannels: number };
  /** trainable PyTorch parameters (conv weights, BN γ/β, FC) */
  params: number;
  /** float weights in model.onnx after BN folding (= params − total BN channels) */
  paramsFolded: number;
  paramsNote?: string;
  /** multiply-accumulates for one image (convs + FC; see multiplyAddsNote) */
  multiplyAdds: number;
  multiplyAddsNote?: string;
  /** measured in eval mode after training on the whole held-out / test set */
  accuracy: { value: number; testSetSize: number; testSet: string };
  samples: { file: string; count: number; format: string; description?: string };
  training: {
    epochs: number;
    seed: number;
    /** wall-clock seconds of the training loop (the machine may have been shared) */
    seconds: number;
    /** CPU seconds used by the training process, when recorded */
    cpuSeconds?: number;
    optimizer: string;
    torch: string;
    augmentation?: string;
    trainSet?: string;
    threads?: number;
  };
}

const ROLES: readonly OutputRole[] = [
  'stem',
  'branch',
  'layer',
  'concat',
  'shuffle',
  'conv5',
  'pool',
  'logits',
  'probs',
];
const LAYER_OPS: readonly LayerOp[] = [
  'conv3x3',
  'split',
  'conv1x1',
  'dwconv3x3',
  'concat',
  'shuffle',
  'avgpool',
  'fc',
  'softmax',
];
const WEIGHTED: readonly LayerOp[] = ['conv3x3', 'conv1x1', 'dwconv3x3', 'fc'];
const OPS: readonly OpKind[] = ['split', 'identity', 'conv1x1', 'dwconv3x3', 'concat', 'shuffle'];
const UNIT_TYPES: readonly UnitType[] = ['basic', 'down'];

class ManifestError extends Error {
  constructor(path: string, problem: string) {
    super(`Invalid model manifest: ${path} ${problem}`);
    this.name = 'ManifestError';
  }
}

type Obj = Record<string, unknown>;

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ManifestError(path, `must be an object (got ${describe(v)})`);
  return v as Obj;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v === undefined) return 'nothing';
  return typeof v === 'string' ? `"${v}"` : `${typeof v} ${String(v)}`;
}

function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.length === 0)
    throw new ManifestError(`${path}.${key}`, `must be a non-empty string (got ${describe(v)})`);
  return v;
}

function num(o: Obj, key: string, path: string, opts: { int?: boolean; min?: number; max?: number } = {}): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new ManifestError(`${path}.${key}`, `must be a finite number (got ${describe(v)})`);
  if (opts.int && !Number.isInteger(v)) throw new ManifestError(`${path}.${key}`, `must be a whole number (got ${v})`);
  if (opts.min !== undefined && v < opts.min)
    throw new ManifestError(`${path}.${key}`, `must be ≥ ${opts.min} (got ${v})`);
  if (opts.max !== undefined && v > opts.max)
    throw new ManifestError(`${path}.${key}`, `must be ≤ ${opts.max} (got ${v})`);
  return v;
}

function intOrNull(o: Obj, key: string, path: string): number | null {
  return o[key] === null ? null : num(o, key, path, { int: true, min: 1 });
}

function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new ManifestError(
      `${path}.${key}`,
      `must be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${describe(v)})`,
    );
  }
  return v as T;
}

function arr(o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new ManifestError(`${path}.${key}`, `must be an array (got ${describe(v)})`);
  return v;
}

function dims(o: Obj, key: string, path: string, length?: number): number[] {
  const a = arr(o, key, path);
  if (length !== undefined && a.length !== length)
    throw new ManifestError(`${path}.${key}`, `must have ${length} entries (got ${a.length})`);
  if (a.length === 0) throw new ManifestError(`${path}.${key}`, 'must not be empty');
  a.forEach((d, i) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1) {
      throw new ManifestError(`${path}.${key}[${i}]`, `must be a positive whole number (got ${describe(d)})`);
    }
  });
  return a as number[];
}

function parseOp(v: unknown, path: string): ManifestOp {
  const o = obj(v, path);
  const op: ManifestOp = {
    op: oneOf(o, 'op', path, OPS),
    inChannels: num(o, 'inChannels', path, { int: true, min: 1 }),
    outChannels: num(o, 'outChannels', path, { int: true, min: 1 }),
    bn: bool(o, 'bn', path),
    relu: bool(o, 'relu', path),
  };
  if (o.stride !== undefined) op.stride = num(o, 'stride', path, { int: true, min: 1 });
  if (o.groups !== undefined) op.groups = num(o, 'groups', path, { int: true, min: 1 });
  if (o.output !== undefined) op.output = str(o, 'output', path);
  return op;
}

function bool(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new ManifestError(`${path}.${key}`, `must be true or false (got ${describe(v)})`);
  return v;
}

function ops(o: Obj, key: string, path: string): ManifestOp[] {
  return arr(o, key, path).map((v, i) => parseOp(v, `${path}.${key}[${i}]`));
}

function parseOutputLayer(o: Obj, path: string): OutputLayer {
  const layer: OutputLayer = {
    op: oneOf(o, 'op', path, LAYER_OPS),
    path: o.path === null ? null : oneOf(o, 'path', path, ['left', 'right', 'merge'] as const),
    inputs: arr(o, 'inputs', path).map((v, i) => {
      if (typeof v !== 'string' || v.length === 0)
        throw new ManifestError(`${path}.inputs[${i}]`, `must be a non-empty string (got ${describe(v)})`);
      return v;
    }),
    relu: bool(o, 'relu', path),
    values: oneOf(o, 'values', path, ['nonnegative', 'signed', 'probability'] as const),
    description: str(o, 'description', path),
  };
  if (layer.inputs.length === 0) throw new ManifestError(`${path}.inputs`, 'must not be empty');
  if (layer.relu && layer.values !== 'nonnegative')
    throw new ManifestError(`${path}.values`, `must be 'nonnegative' after a ReLU (got '${layer.values}')`);
  if ((WEIGHTED as readonly string[]).includes(layer.op)) {
    const wp = `${path}.weights`;
    const w = obj(o.weights, wp);
    const weights: LayerWeights = {
      weight: str(w, 'weight', wp),
      bias: str(w, 'bias', wp),
      inChannels: num(w, 'inChannels', wp, { int: true, min: 1 }),
      outChannels: num(w, 'outChannels', wp, { int: true, min: 1 }),
    };
    if (layer.op !== 'fc') {
      weights.kernel = num(w, 'kernel', wp, { int: true, min: 1 });
      weights.stride = num(w, 'stride', wp, { int: true, min: 1 });
      weights.padding = num(w, 'padding', wp, { int: true, min: 0 });
      weights.groups = num(w, 'groups', wp, { int: true, min: 1 });
    }
    layer.weights = weights;
  } else if (o.weights !== undefined) {
    throw new ManifestError(`${path}.weights`, `must not be given for a '${layer.op}' (it has no weights)`);
  }
  return layer;
}

/** Every output's inputs come before it; either every output says how it is computed, or none does. */
function checkLayers(outputs: OutputSpec[], inputName: string, p: string): void {
  const described = outputs.filter((o) => o.layer).length;
  if (described === 0) return;
  const seen = new Set<string>([inputName]);
  outputs.forEach((o, i) => {
    if (!o.layer)
      throw new ManifestError(
        `${p}.outputs[${i}].op`,
        `is missing ("${o.name}"; the other outputs say how they are computed)`,
      );
    for (const input of o.layer.inputs) {
      if (!seen.has(input))
        throw new ManifestError(
          `${p}.outputs[${i}].inputs`,
          `names "${input}", which is not the model input or an earlier output`,
        );
    }
    seen.add(o.name);
  });
}

function unitTensorNames(o: Obj, path: string, names: Set<string>): string[] {
  return arr(o, 'tensors', path).map((v, i) => {
    if (typeof v !== 'string' || !names.has(v))
      throw new ManifestError(`${path}.tensors[${i}]`, `must name one of the outputs (got ${describe(v)})`);
    return v;
  });
}

/**
 * The outputs of one unit in network order — the ops of both paths, then concat and shuffle — as
 * the manifest lists them (`unit.tensors`), or for an older manifest its four named tensors.
 */
export function unitOutputs(
  manifest: Pick<ModelManifest, 'outputs'>,
  unit: Pick<ManifestUnit, 'name' | 'tensors'>,
): OutputSpec[] {
  const names = unit.tensors ?? ['left', 'right', 'concat', 'shuffle'].map((part) => `${unit.name}.${part}`);
  return names.map((n) => {
    const spec = manifest.outputs.find((o) => o.name === n);
    if (!spec) throw new RangeError(`the manifest has no output "${n}"`);
    return spec;
  });
}

/**
 * Validates a parsed manifest.json and returns it typed. Throws an Error whose message names the
 * offending field (e.g. `Invalid model manifest: manifest.outputs[3].role must be one of …`).
 */
export function parseManifest(json: unknown): ModelManifest {
  const p = 'manifest';
  const m = obj(json, p);

  const input = obj(m.input, `${p}.input`);
  const pre = obj(input.preprocessing, `${p}.input.preprocessing`);
  const preprocessing: Preprocessing = {
    mean: num(pre, 'mean', `${p}.input.preprocessing`),
    std: num(pre, 'std', `${p}.input.preprocessing`),
    background: oneOf(pre, 'background', `${p}.input.preprocessing`, ['black'] as const),
    description: str(pre, 'description', `${p}.input.preprocessing`),
  };
  if (preprocessing.std <= 0)
    throw new ManifestError(`${p}.input.preprocessing.std`, `must be > 0 (got ${preprocessing.std})`);

  const classes = arr(m, 'classes', p).map((c, i) => {
    if (typeof c !== 'string' || c.length === 0)
      throw new ManifestError(`${p}.classes[${i}]`, `must be a non-empty string (got ${describe(c)})`);
    return c;
  });
  if (classes.length < 2)
    throw new ManifestError(`${p}.classes`, `must list at least 2 classes (got ${classes.length})`);

  const outputs: OutputSpec[] = arr(m, 'outputs', p).map((v, i) => {
    const path = `${p}.outputs[${i}]`;
    const o = obj(v, path);
    const spec: OutputSpec = {
      name: str(o, 'name', path),
      role: oneOf(o, 'role', path, ROLES),
      stage: intOrNull(o, 'stage', path),
      unit: intOrNull(o, 'unit', path),
      unitType: o.unitType === null ? null : oneOf(o, 'unitType', path, UNIT_TYPES),
      shape: dims(o, 'shape', path),
    };
    if (o.branch !== undefined) spec.branch = oneOf(o, 'branch', path, ['left', 'right'] as const);
    if (spec.role === 'branch' && spec.branch === undefined)
      throw new ManifestError(`${path}.branch`, "must be 'left' or 'right' for a branch output");
    if (o.op !== undefined) spec.layer = parseOutputLayer(o, path);
    return spec;
  });
  if (outputs.length === 0) throw new ManifestError(`${p}.outputs`, 'must not be empty');
  const names = new Set<string>();
  for (const o of outputs) {
    if (names.has(o.name)) throw new ManifestError(`${p}.outputs`, `lists "${o.name}" twice`);
    names.add(o.name);
  }
  checkLayers(outputs, str(obj(m.input, `${p}.input`), 'name', `${p}.input`), p);
  for (const role of ['logits', 'probs'] as const) {
    const o = outputs.find((x) => x.role === role);
    if (!o) throw new ManifestError(`${p}.outputs`, `has no output with role '${role}'`);
    if (o.shape[o.shape.length - 1] !== classes.length) {
      throw new ManifestError(
        `${p}.outputs`,
        `'${o.name}' has ${o.shape[o.shape.length - 1]} values but there are ${classes.length} classes`,
      );
    }
  }

  const units: ManifestUnit[] = arr(m, 'units', p).map((v, i) => {
    const path = `${p}.units[${i}]`;
    const o = obj(v, path);
    const unit: ManifestUnit = {
      name: str(o, 'name', path),
      stage: num(o, 'stage', path, { int: true, min: 1 }),
      unit: num(o, 'unit', path, { int: true, min: 1 }),
      type: oneOf(o, 'type', path, UNIT_TYPES),
      input: str(o, 'input', path),
      inChannels: num(o, 'inChannels', path, { int: true, min: 1 }),
      outChannels: num(o, 'outChannels', path, { int: true, min: 1 }),
      inSize: dims(o, 'inSize', path, 2) as [number, number],
      outSize: dims(o, 'outSize', path, 2) as [number, number],
      before: o.before === undefined ? [] : ops(o, 'before', path),
      left: ops(o, 'left', path),
      right: ops(o, 'right', path),
      after: ops(o, 'after', path),
    };
    if (!names.has(unit.input))
      throw new ManifestError(`${path}.input`, `names "${unit.input}", which is not one of the outputs`);
    for (const part of ['left', 'right', 'concat', 'shuffle']) {
      if (!names.has(`${unit.name}.${part}`))
        throw new ManifestError(`${path}.name`, `"${unit.name}" has no output "${unit.name}.${part}"`);
    }
    if (o.tensors !== undefined) unit.tensors = unitTensorNames(o, path, names);
    for (const [k, op] of [...unit.before, ...unit.left, ...unit.right, ...unit.after].entries()) {
      if (op.output !== undefined && !names.has(op.output))
        throw new ManifestError(`${path}`, `op ${k} names output "${op.output}", which is not one of the outputs`);
    }
    return unit;
  });

  const stem = obj(m.stem, `${p}.stem`);
  const conv5 = obj(m.conv5, `${p}.conv5`);
  const accuracy = obj(m.accuracy, `${p}.accuracy`);
  const samples = obj(m.samples, `${p}.samples`);
  const training = obj(m.training, `${p}.training`);

  const manifest: ModelManifest = {
    name: str(m, 'name', p),
    title: str(m, 'title', p),
    modelFile: str(m, 'modelFile', p),
    input: {
      name: str(input, 'name', `${p}.input`),
      shape: dims(input, 'shape', `${p}.input`),
      preprocessing,
    },
    classes,
    outputs,
    units,
    stem: {
      outChannels: num(stem, 'outChannels', `${p}.stem`, { int: true, min: 1 }),
      kernel: num(stem, 'kernel', `${p}.stem`, { int: true, min: 1 }),
      stride: num(stem, 'stride', `${p}.stem`, { int: true, min: 1 }),
    },
    stages: arr(m, 'stages', p).map((v, i) => {
      const path = `${p}.stages[${i}]`;
      const o = obj(v, path);
      return {
        name: str(o, 'name', path),
        outChannels: num(o, 'outChannels', path, { int: true, min: 1 }),
        repeats: num(o, 'repeats', path, { int: true, min: 1 }),
        outSize: dims(o, 'outSize', path, 2) as [number, number],
      };
    }),
    conv5: { outChannels: num(conv5, 'outChannels', `${p}.conv5`, { int: true, min: 1 }) },
    params: num(m, 'params', p, { int: true, min: 1 }),
    paramsFolded: num(m, 'paramsFolded', p, { int: true, min: 1 }),
    multiplyAdds: num(m, 'multiplyAdds', p, { int: true, min: 1 }),
    accuracy: {
      value: num(accuracy, 'value', `${p}.accuracy`, { min: 0, max: 1 }),
      testSetSize: num(accuracy, 'testSetSize', `${p}.accuracy`, { int: true, min: 1 }),
      testSet: str(accuracy, 'testSet', `${p}.accuracy`),
    },
    samples: {
      file: str(samples, 'file', `${p}.samples`),
      count: num(samples, 'count', `${p}.samples`, { int: true, min: 1 }),
      format: str(samples, 'format', `${p}.samples`),
    },
    training: {
      epochs: num(training, 'epochs', `${p}.training`, { int: true, min: 1 }),
      seed: num(training, 'seed', `${p}.training`, { int: true }),
      seconds: num(training, 'seconds', `${p}.training`, { min: 0 }),
      optimizer: str(training, 'optimizer', `${p}.training`),
      torch: str(training, 'torch', `${p}.training`),
    },
  };
  // optional descriptive fields are copied through when they have the right type
  if (typeof m.modelBytes === 'number') manifest.modelBytes = m.modelBytes;
  if (typeof m.opset === 'number') manifest.opset = m.opset;
  if (typeof m.paramsNote === 'string') manifest.paramsNote = m.paramsNote;
  if (typeof m.multiplyAddsNote === 'string') manifest.multiplyAddsNote = m.multiplyAddsNote;
  if (typeof samples.description === 'string') manifest.samples.description = samples.description;
  if (typeof training.augmentation === 'string') manifest.training.augmentation = training.augmentation;
  if (typeof training.trainSet === 'string') manifest.training.trainSet = training.trainSet;
  if (typeof training.threads === 'number') manifest.training.threads = training.threads;
  if (typeof training.cpuSeconds === 'number') manifest.training.cpuSeconds = training.cpuSeconds;
  return manifest;
}

/** The float input tensor for one image: (pixel/255 − mean)/std, computed in doubles, stored as float32. */
export function preprocessPixels(
  pixels: ArrayLike<number>,
  pre: Pick<Preprocessing, 'mean' | 'std' | 'channelMean' | 'channelStd'>,
): Float32Array {
  const out = new Float32Array(pixels.length);
  if (pre.channelMean && pre.channelStd) {
    // channel planes one after another (C×H×W), each with its own statistics
    const plane = pixels.length / pre.channelMean.length;
    for (let i = 0; i < pixels.length; i++) {
      const c = Math.floor(i / plane);
      out[i] = (pixels[i] / 255 - pre.channelMean[c]) / pre.channelStd[c];
    }
    return out;
  }
  for (let i = 0; i < pixels.length; i++) out[i] = (pixels[i] / 255 - pre.mean) / pre.std;
  return out;
}

/** Splits samples.bin (N×784 uint8 pixels, then N uint8 labels) into images and labels. */
export function parseSamples(
  bytes: Uint8Array,
  count: number,
  pixelsPerImage = 784,
): { images: Uint8Array[]; labels: Uint8Array } {
  if (bytes.length !== count * (pixelsPerImage + 1)) {
    throw new RangeError(
      `samples file has ${bytes.length} bytes, expected ${count}×(${pixelsPerImage}+1) = ${count * (pixelsPerImage + 1)}`,
    );
  }
  const images: Uint8Array[] = [];
  for (let i = 0; i < count; i++) images.push(bytes.subarray(i * pixelsPerImage, (i + 1) * pixelsPerImage));
  return { images, labels: bytes.subarray(count * pixelsPerImage) };
}
