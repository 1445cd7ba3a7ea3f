/**
 * The whole ShuffleNetV2 as a specification, and its layer table (the paper's Table 5) computed
 * from it: output sizes, channels, parameters and FLOPs (multiply-adds) of every layer.
 *
 * Layout (paper Table 5; torchvision's ShuffleNetV2 class):
 *   Image → Conv1 3×3 stride 2 (BN, ReLU) → MaxPool 3×3 stride 2
 *         → Stage2, Stage3, Stage4: one down-sampling unit then (repeats − 1) basic units
 *         → Conv5 1×1 (BN, ReLU) → global average pool → FC
 *
 * Counting conventions (the same as lib/units.ts and scripts/make-torchvision-fixtures.py):
 * - params: conv weights (no conv biases) + BN γ and β + FC weight and bias.
 * - FLOPs: multiply-adds of convolutions and of the FC layer. BN (folded into the conv at
 *   inference), ReLU, pooling, bias additions and split/concat/shuffle are not counted.
 * Every padded 3×3 layer (conv, depthwise conv, max pool with padding 1) maps a size n to ⌈n/s⌉.
 */
import { conv, convFlops, convParams, outSize } from './cost';
import { basicUnit, downUnit, type UnitSpec } from './units';
import { MAX_STAGE_CHANNELS, WIDTHS, type Width } from './paramDomains';
import type { Locale } from './i18n';
import { networkMessages } from './networkMessages';

export interface StageConfig {
  name: string;
  outChannels: number;
  /** units in the stage, counting the down-sampling unit that opens it */
  repeats: number;
}

export interface NetworkSpec {
  name: string;
  input: { c: number; h: number; w: number };
  stem: { outChannels: number; kernel: number; stride: number };
  /** the 3×3 stride-2 max pool after Conv1, or null when there is none (the book's small model) */
  maxPool: { kernel: number; stride: number } | null;
  stages: StageConfig[];
  conv5: { outChannels: number };
  classes: number;
}

export type LayerKind = 'image' | 'conv1' | 'maxpool' | 'stage' | 'conv5' | 'globalpool' | 'fc';

export interface LayerRow {
  name: string;
  kind: LayerKind;
  /** spatial output size; null for the FC layer */
  outSize: { h: number; w: number } | null;
  /** e.g. '3×3'; for a stage, the depthwise kernel of its units */
  kernel: string;
  /** a stage's units: the down-sampling unit has stride 2, the others stride 1 */
  stride: number[];
  repeat: number[];
  outChannels: number;
  params: number;
  flops: number;
  /** values written by BatchNorm / by ReLU layers: what other counting conventions would add */
  bnValues: number;
  reluValues: number;
  /** a stage's units in order (down-sampling unit first); empty for other layers */
  units: UnitSpec[];
}

export interface NetworkTable {
  spec: NetworkSpec;
  rows: LayerRow[];
  params: number;
  flops: number;
  bnValues: number;
  reluValues: number;
}

const size = (s: { c: number; h: number; w: number }) => s.c * s.h * s.w;

function unitElementwise(units: UnitSpec[]): { bnValues: number; reluValues: number } {
  let bnValues = 0;
  let reluValues = 0;
  for (const op of units.flatMap((u) => u.ops)) {
    if (op.bn) bnValues += size(op.output);
    if (op.relu) reluValues += size(op.output);
  }
  return { bnValues, reluValues };
}

// The four widths of the paper (Table 5) and the largest stage width: declared with the URL
// table's other domains (lib/paramDomains.ts), which must not pull this module in.
export { MAX_STAGE_CHANNELS, WIDTHS, type Width };

/** Output channels of Stage2, Stage3, Stage4 and Conv5 for each width (paper Table 5). */
export const WIDTH_CHANNELS: Record<Width, { stages: [number, number, number]; conv5: number }> = {
  '0.5': { stages: [48, 96, 192], conv5: 1024 },
  '1.0': { stages: [116, 232, 464], conv5: 1024 },
  '1.5': { stages: [176, 352, 704], conv5: 1024 },
  '2.0': { stages: [244, 488, 976], conv5: 2048 },
};

/** Units per stage (one down-sampling unit + 3, 7, 3 basic units). */
export const IMAGENET_REPEATS: [number, number, number] = [4, 8, 4];

/** ShuffleNetV2 for ImageNet (224×224×3 in, 1000 classes) with the given stage and Conv5 widths. */
export function imagenetSpec(stageChannels: readonly number[], conv5 = 1024, name = 'custom'): NetworkSpec {
  return {
    name,
    input: { c: 3, h: 224, w: 224 },
    stem: { outChannels: 24, kernel: 3, stride: 2 },
    maxPool: { kernel: 3, stride: 2 },
    stages: stageChannels.map((outChannels, i) => ({
      name: `Stage${i + 2}`,
      outChannels,
      repeats: IMAGENET_REPEATS[i],
    })),
    conv5: { outChannels: conv5 },
    classes: 1000,
  };
}

export function shuffleNetV2(width: Width): NetworkSpec {
  const { stages, conv5 } = WIDTH_CHANNELS[width];
  return imagenetSpec(stages, conv5, `ShuffleNetV2 ${width}×`);
}

/** Why a spec cannot be built, in words; null when it can. */
export function networkError(spec: NetworkSpec, locale: Locale = 'en'): string | null {
  const t = networkMessages[locale];
  const whole = (v: number) => Number.isInteger(v) && v >= 1;
  const { input, stem, conv5 } = spec;
  if (![input.c, input.h, input.w].every(whole)) return t.input;
  if (![stem.outChannels, stem.kernel, stem.stride].every(whole)) return t.conv1;
  if (spec.stages.length === 0) return t.noStage;
  for (const s of spec.stages) {
    if (!whole(s.outChannels)) return t.stageChannels(s.name, s.outChannels);
    if (s.outChannels % 2 !== 0) return t.stageOdd(s.name, s.outChannels);
    if (!whole(s.repeats)) return t.stageUnits(s.name, s.repeats);
  }
  if (!whole(conv5.outChannels)) return t.conv5(conv5.outChannels);
  if (!whole(spec.classes)) return t.classes(spec.classes);
  return null;
}

/** Validates the reader's stage widths for the custom column of Table 5. */
export function customWidthError(
  stageChannels: readonly number[],
  conv5: number,
  locale: Locale = 'en',
): string | null {
  const t = networkMessages[locale];
  const why = (v: number) => (Number.isNaN(v) ? t.notANumber : t.got(v));
  for (const [i, c] of stageChannels.entries()) {
    if (!Number.isInteger(c) || c < 2 || c > MAX_STAGE_CHANNELS) return t.stageRange(i + 2, MAX_STAGE_CHANNELS, why(c));
  }
  if (!Number.isInteger(conv5) || conv5 < 1 || conv5 > 2 * MAX_STAGE_CHANNELS) {
    return t.conv5Range(2 * MAX_STAGE_CHANNELS, why(conv5));
  }
  return networkError(imagenetSpec(stageChannels, conv5), locale);
}

/** The layer table of a network: one row per Table 5 line, with params and FLOPs. Throws RangeError on an invalid spec. */
export function networkTable(spec: NetworkSpec): NetworkTable {
  const err = networkError(spec);
  if (err) throw new RangeError(err);
  const rows: LayerRow[] = [];
  type RowInput = Omit<LayerRow, 'units' | 'bnValues' | 'reluValues'> &
    Partial<Pick<LayerRow, 'units' | 'bnValues' | 'reluValues'>>;
  const row = (r: RowInput) => rows.push({ units: [], bnValues: 0, reluValues: 0, ...r });
  const convBnRelu = (c: number, h: number, w: number) => ({ bnValues: c * h * w, reluValues: c * h * w });
  let { c, h, w } = spec.input;
  row({
    name: 'Image',
    kind: 'image',
    outSize: { h, w },
    kernel: '',
    stride: [],
    repeat: [],
    outChannels: c,
    params: 0,
    flops: 0,
  });

  const { kernel, stride, outChannels } = spec.stem;
  const stem = conv({ h, w, cin: c, cout: outChannels, kernel, stride });
  [c, h, w] = [outChannels, outSize(h, stride), outSize(w, stride)];
  row({
    name: 'Conv1',
    kind: 'conv1',
    outSize: { h, w },
    kernel: `${kernel}×${kernel}`,
    stride: [stride],
    repeat: [1],
    outChannels: c,
    params: convParams(stem) + 2 * c,
    flops: convFlops(stem),
    ...convBnRelu(c, h, w),
  });

  if (spec.maxPool) {
    const p = spec.maxPool;
    [h, w] = [outSize(h, p.stride), outSize(w, p.stride)];
    row({
      name: 'MaxPool',
      kind: 'maxpool',
      outSize: { h, w },
      kernel: `${p.kernel}×${p.kernel}`,
      stride: [p.stride],
      repeat: [1],
      outChannels: c,
      params: 0,
      flops: 0,
    });
  }

  for (const stage of spec.stages) {
    const units = [downUnit(c, stage.outChannels, h, w)];
    [c, h, w] = [units[0].output.c, units[0].output.h, units[0].output.w];
    for (let i = 1; i < stage.repeats; i++) units.push(basicUnit(c, h, w));
    row({
      name: stage.name,
      kind: 'stage',
      outSize: { h, w },
      kernel: '3×3',
      stride: stage.repeats > 1 ? [2, 1] : [2],
      repeat: stage.repeats > 1 ? [1, stage.repeats - 1] : [1],
      outChannels: c,
      params: units.reduce((s, u) => s + u.totals.params, 0),
      flops: units.reduce((s, u) => s + u.totals.flops, 0),
      ...unitElementwise(units),
      units,
    });
  }

  const conv5 = conv({ h, w, cin: c, cout: spec.conv5.outChannels });
  c = spec.conv5.outChannels;
  row({
    name: 'Conv5',
    kind: 'conv5',
    outSize: { h, w },
    kernel: '1×1',
    stride: [1],
    repeat: [1],
    outChannels: c,
    params: convParams(conv5) + 2 * c,
    flops: convFlops(conv5),
    ...convBnRelu(c, h, w),
  });
  row({
    name: 'GlobalPool',
    kind: 'globalpool',
    outSize: { h: 1, w: 1 },
    kernel: `${h}×${w}`,
    stride: [],
    repeat: [],
    outChannels: c,
    params: 0,
    flops: 0,
  });
  row({
    name: 'FC',
    kind: 'fc',
    outSize: null,
    kernel: '',
    stride: [],
    repeat: [],
    outChannels: spec.classes,
    params: c * spec.classes + spec.classes,
    flops: c * spec.classes,
  });

  return {
    spec,
    rows,
    params: rows.reduce((s, r) => s + r.params, 0),
    flops: rows.reduce((s, r) => s + r.flops, 0),
    bnValues: rows.reduce((s, r) => s + r.bnValues, 0),
    reluValues: rows.reduce((s, r) => s + r.reluValues, 0),
  };
}

// formatMillions lives in lib/format.ts; re-exported for existing imports.
export { formatMillions } from './format';

/** Published figures of the paper's Table 5 (rounded there to 2–3 significant digits). */
export const PAPER_TABLE5: Record<Width, { flops: number; params: number }> = {
  '0.5': { flops: 41e6, params: 1.4e6 },
  '1.0': { flops: 146e6, params: 2.3e6 },
  '1.5': { flops: 299e6, params: 3.5e6 },
  '2.0': { flops: 591e6, params: 7.4e6 },
};

/**
 * The fields of a model manifest (public/models/<name>/manifest.json) that describe the
 * architecture. Only what this module reads is listed, so any manifest version that has these fits.
 */
export interface ManifestArchitecture {
  name: string;
  input: { shape: number[] };
  classes: string[];
  stem: { outChannels: number; kernel: number; stride: number };
  stages: { name: string; outChannels: number; repeats: number; outSize: number[] }[];
  conv5: { outChannels: number };
  maxPool?: { kernel: number; stride: number } | null;
}

function stageLabel(name: string): string {
  return name.replace(/^stage/i, 'Stage');
}

/**
 * A NetworkSpec for a model described by its manifest. The manifest lists every stage's output
 * size; whether a max pool follows Conv1 is read from `maxPool` if given, otherwise it is the one
 * choice (with or without) under which the computed stage sizes match the listed ones.
 */
export function specFromManifest(m: ManifestArchitecture): NetworkSpec {
  const [, c, h, w] = m.input.shape;
  const base = (maxPool: NetworkSpec['maxPool']): NetworkSpec => ({
    name: m.name,
    input: { c, h, w },
    stem: { ...m.stem },
    maxPool,
    stages: m.stages.map((s) => ({ name: stageLabel(s.name), outChannels: s.outChannels, repeats: s.repeats })),
    conv5: { outChannels: m.conv5.outChannels },
    classes: m.classes.length,
  });
  const matches = (spec: NetworkSpec) => {
    if (networkError(spec)) return false;
    const stages = networkTable(spec).rows.filter((r) => r.kind === 'stage');
    return stages.every((r, i) => r.outSize!.h === m.stages[i].outSize[0] && r.outSize!.w === m.stages[i].outSize[1]);
  };
  const candidates = m.maxPool !== undefined ? [m.maxPool] : [null, { kernel: 3, stride: 2 }];
  for (const pool of candidates) {
    const spec = base(pool);
    if (matches(spec)) return spec;
  }
  throw new RangeError(`The manifest of "${m.name}" lists stage output sizes that this architecture cannot produce.`);
}
