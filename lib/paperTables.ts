/**
 * The speeds the ShuffleNetV2 paper measured for its four guideline experiments (Ma et al. 2018,
 * arXiv 1807.11164, Sec. 2, Tables 1–4). These are published figures, quoted with their source —
 * the only measured numbers in the book that are typed in rather than computed, and the book never
 * computes anything from them except ratios between rows of the same column.
 *
 * Transcribed from the paper's tables (checked against two independent transcriptions of the
 * arXiv text). Speeds are throughput: GPU in batches per second (GeForce GTX 1080Ti), ARM in
 * images per second (Qualcomm Snapdragon 810, single thread). The paper's own column heading
 * for the ARM figures of Tables 2–4 reads "CPU"; its text and Table 1 call the same device ARM.
 * Higher is faster. Rows are in the paper's order, which is also the benchmark lab's variant order.
 */
import type { ExperimentId } from './labExperiments';

export type Platform = 'gpu' | 'arm';

export interface PaperColumn {
  /** e.g. '×1' (the base width; ×2 and ×4 scale every channel count) or 'c = 128' */
  heading: string;
}

export interface PaperRow {
  /** the row's label in the paper, e.g. '1:2', 'g = 4', '2-fragment-series', 'ReLU, no shortcut' */
  label: string;
  /** channel setting of the base width where the paper gives one per row, per platform */
  channels?: { gpu: string; arm: string };
  gpu: readonly [number, number, number];
  arm: readonly [number, number, number];
}

export interface PaperTable {
  experiment: ExperimentId;
  /** 'Table 1' … 'Table 4' */
  table: string;
  guideline: string;
  /** what the table varies, in the book's words */
  caption: string;
  /** heading of the label column and, if rows have one, of the channel column */
  rowHeading: string;
  channelHeading?: string;
  columns: Record<Platform, readonly [string, string, string]>;
  rows: readonly PaperRow[];
  /** the paper's input size for the micro-networks, when its caption states one */
  inputSize?: string;
}

export const PLATFORM_LABEL: Record<Platform, string> = {
  gpu: 'GPU, batches/s',
  arm: 'ARM, images/s',
};

const WIDTHS = ['×1', '×2', '×4'] as const;

export const PAPER_TABLES: Record<ExperimentId, PaperTable> = {
  g1: {
    experiment: 'g1',
    table: 'Table 1',
    guideline: 'G1',
    caption: 'Ten blocks of two 1×1 convolutions (c₁ → c₂, then c₂ → c₁), four ratios c₁ : c₂ at the same total FLOPs.',
    rowHeading: 'c₁ : c₂',
    channelHeading: '(c₁, c₂) at ×1',
    columns: { gpu: WIDTHS, arm: WIDTHS },
    inputSize: '56 × 56',
    rows: [
      {
        label: '1 : 1',
        channels: { gpu: '(128, 128)', arm: '(32, 32)' },
        gpu: [1480, 723, 232],
        arm: [76.2, 21.7, 5.3],
      },
      {
        label: '1 : 2',
        channels: { gpu: '(90, 180)', arm: '(22, 44)' },
        gpu: [1296, 586, 206],
        arm: [72.9, 20.5, 5.1],
      },
      { label: '1 : 6', channels: { gpu: '(52, 312)', arm: '(13, 78)' }, gpu: [876, 489, 189], arm: [69.1, 17.9, 4.6] },
      {
        label: '1 : 12',
        channels: { gpu: '(36, 432)', arm: '(9, 108)' },
        gpu: [748, 392, 163],
        arm: [57.6, 15.1, 4.4],
      },
    ],
  },
  g2: {
    experiment: 'g2',
    table: 'Table 2',
    guideline: 'G2',
    caption: 'Ten 1×1 group convolutions, four group counts g, channels c widened so that the total FLOPs stay fixed.',
    rowHeading: 'g',
    channelHeading: 'c at ×1',
    columns: { gpu: WIDTHS, arm: WIDTHS },
    inputSize: '56 × 56',
    rows: [
      { label: 'g = 1', channels: { gpu: '128', arm: '64' }, gpu: [2451, 1289, 437], arm: [40.0, 10.2, 2.3] },
      { label: 'g = 2', channels: { gpu: '180', arm: '90' }, gpu: [1725, 873, 341], arm: [35.0, 9.5, 2.2] },
      { label: 'g = 4', channels: { gpu: '256', arm: '128' }, gpu: [1026, 644, 338], arm: [32.9, 8.7, 2.1] },
      { label: 'g = 8', channels: { gpu: '360', arm: '180' }, gpu: [634, 445, 230], arm: [27.8, 7.5, 1.8] },
    ],
  },
  g3: {
    experiment: 'g3',
    table: 'Table 3',
    guideline: 'G3',
    caption:
      'Ten blocks of one to four 1×1 convolutions in series or in parallel; c is the width of the 1-fragment block, the others are adjusted to the same FLOPs.',
    rowHeading: 'block',
    columns: { gpu: ['c = 128', 'c = 256', 'c = 512'], arm: ['c = 64', 'c = 128', 'c = 256'] },
    inputSize: '56 × 56',
    rows: [
      { label: '1-fragment', gpu: [2446, 1274, 434], arm: [40.2, 10.1, 2.3] },
      { label: '2-fragment-series', gpu: [1790, 909, 336], arm: [38.6, 10.1, 2.2] },
      { label: '4-fragment-series', gpu: [752, 745, 349], arm: [38.4, 10.1, 2.3] },
      { label: '2-fragment-parallel', gpu: [1537, 803, 320], arm: [33.4, 9.1, 2.2] },
      { label: '4-fragment-parallel', gpu: [691, 572, 292], arm: [35.0, 8.4, 2.1] },
    ],
  },
  g4: {
    experiment: 'g4',
    table: 'Table 4',
    guideline: 'G4',
    caption:
      'Ten ResNet bottleneck units, with their ReLUs and identity shortcut removed separately; c is the number of channels in the unit.',
    rowHeading: 'ReLU, shortcut',
    columns: { gpu: ['c = 32', 'c = 64', 'c = 128'], arm: ['c = 32', 'c = 64', 'c = 128'] },
    rows: [
      { label: 'ReLU + shortcut', gpu: [2427, 2066, 1436], arm: [56.7, 16.9, 5.0] },
      { label: 'ReLU only', gpu: [2647, 2256, 1735], arm: [61.9, 18.8, 5.2] },
      { label: 'shortcut only', gpu: [2672, 2121, 1458], arm: [57.3, 18.2, 5.1] },
      { label: 'neither', gpu: [2842, 2376, 1782], arm: [66.3, 20.2, 5.4] },
    ],
  },
};

/**
 * Each row's speed relative to the first row of the same column, in percent (the first row is
 * 100; higher is faster) — how the book puts the paper's figures beside the reader's own.
 */
export function paperRelative(table: PaperTable, platform: Platform, column = 0): number[] {
  const base = table.rows[0][platform][column];
  return table.rows.map((r) => (100 * r[platform][column]) / base);
}

// ---------------------------------------------------------------------------------------------
// Section 4 (Experiment): the paper's results on ImageNet and COCO, quoted the same way.
// Transcribed from the arXiv text (Tables 6, 7, 8); the tests check them against the claims the
// paper's prose makes about them ("58 % faster than MobileNet v2 at 500 MFLOPs", …).
// ---------------------------------------------------------------------------------------------

/** The four complexity levels at which Table 8 compares networks, in MFLOPs. */
export const COMPLEXITY_LEVELS = [40, 140, 300, 500] as const;
export type ComplexityLevel = (typeof COMPLEXITY_LEVELS)[number];

/** Families the book groups Table 8's rows into (the paper's Fig. 1 plots four of them). */
export type NetworkFamily =
  | 'ShuffleNet v2'
  | 'ShuffleNet v1'
  | 'MobileNet v1'
  | 'MobileNet v2'
  | 'Xception'
  | 'DenseNet'
  | 'IGCV2'
  | 'IGCV3'
  | 'CondenseNet'
  | 'NASNet-A'
  | 'PNASNet-5';

export interface Table8Row {
  /** the row's label as the paper prints it */
  model: string;
  family: NetworkFamily;
  level: ComplexityLevel;
  mflops: number;
  /** ImageNet top-1 error, % (single crop, 224×224) */
  top1Error: number;
  /** batches/s on a GTX 1080Ti (batch 8); null where the paper gives "-" */
  gpu: number | null;
  /** images/s on a Snapdragon 810, single thread; null where the paper gives "-" */
  arm: number | null;
  /** the paper's notes: its own reimplementation, the SE variant */
  note?: 'our impl.' | 'with SE';
}

const t8 = (
  model: string,
  family: NetworkFamily,
  level: ComplexityLevel,
  mflops: number,
  top1Error: number,
  gpu: number | null,
  arm: number | null,
  note?: Table8Row['note'],
): Table8Row => ({ model, family, level, mflops, top1Error, gpu, arm, ...(note ? { note } : {}) });

/** Table 8: classification error on ImageNet val and speed on both platforms, at four complexity levels. */
export const TABLE8: readonly Table8Row[] = [
  t8('ShuffleNet v2 0.5×', 'ShuffleNet v2', 40, 41, 39.7, 417, 57.0),
  t8('0.25 MobileNet v1', 'MobileNet v1', 40, 41, 49.4, 502, 36.4),
  t8('0.4 MobileNet v2 (our impl.)*', 'MobileNet v2', 40, 43, 43.4, 333, 33.2, 'our impl.'),
  t8('0.15 MobileNet v2 (our impl.)', 'MobileNet v2', 40, 39, 55.1, 351, 33.6, 'our impl.'),
  t8('ShuffleNet v1 0.5× (g=3)', 'ShuffleNet v1', 40, 38, 43.2, 347, 56.8),
  t8('DenseNet 0.5× (our impl.)', 'DenseNet', 40, 42, 58.6, 366, 39.7, 'our impl.'),
  t8('Xception 0.5× (our impl.)', 'Xception', 40, 40, 44.9, 384, 52.9, 'our impl.'),
  t8('IGCV2-0.25', 'IGCV2', 40, 46, 45.1, 183, 31.5),
  t8('ShuffleNet v2 1×', 'ShuffleNet v2', 140, 146, 30.6, 341, 24.4),
  t8('0.5 MobileNet v1', 'MobileNet v1', 140, 149, 36.3, 382, 16.5),
  t8('0.75 MobileNet v2 (our impl.)**', 'MobileNet v2', 140, 145, 32.1, 235, 15.9, 'our impl.'),
  t8('0.6 MobileNet v2 (our impl.)', 'MobileNet v2', 140, 141, 33.3, 249, 14.9, 'our impl.'),
  t8('ShuffleNet v1 1× (g=3)', 'ShuffleNet v1', 140, 140, 32.6, 213, 21.8),
  t8('DenseNet 1× (our impl.)', 'DenseNet', 140, 142, 45.2, 279, 15.8, 'our impl.'),
  t8('Xception 1× (our impl.)', 'Xception', 140, 145, 34.1, 278, 19.5, 'our impl.'),
  t8('IGCV2-0.5', 'IGCV2', 140, 156, 34.5, 132, 15.5),
  t8('IGCV3-D (0.7)', 'IGCV3', 140, 210, 31.5, 143, 11.7),
  t8('ShuffleNet v2 1.5×', 'ShuffleNet v2', 300, 299, 27.4, 255, 11.8),
  t8('0.75 MobileNet v1', 'MobileNet v1', 300, 325, 31.6, 314, 10.6),
  t8('1.0 MobileNet v2', 'MobileNet v2', 300, 300, 28.0, 180, 8.9),
  t8('1.0 MobileNet v2 (our impl.)', 'MobileNet v2', 300, 301, 28.3, 180, 8.9, 'our impl.'),
  t8('ShuffleNet v1 1.5× (g=3)', 'ShuffleNet v1', 300, 292, 28.5, 164, 10.3),
  t8('DenseNet 1.5× (our impl.)', 'DenseNet', 300, 295, 39.9, 274, 9.7, 'our impl.'),
  t8('CondenseNet (G=C=8)', 'CondenseNet', 300, 274, 29.0, null, null),
  t8('Xception 1.5× (our impl.)', 'Xception', 300, 305, 29.4, 219, 10.5, 'our impl.'),
  t8('IGCV3-D', 'IGCV3', 300, 318, 27.8, 102, 6.3),
  t8('ShuffleNet v2 2×', 'ShuffleNet v2', 500, 591, 25.1, 217, 6.7),
  t8('1.0 MobileNet v1', 'MobileNet v1', 500, 569, 29.4, 247, 6.5),
  t8('1.4 MobileNet v2', 'MobileNet v2', 500, 585, 25.3, 137, 5.4),
  t8('1.4 MobileNet v2 (our impl.)', 'MobileNet v2', 500, 587, 26.7, 137, 5.4, 'our impl.'),
  t8('ShuffleNet v1 2× (g=3)', 'ShuffleNet v1', 500, 524, 26.3, 133, 6.4),
  t8('DenseNet 2× (our impl.)', 'DenseNet', 500, 519, 34.6, 197, 6.1, 'our impl.'),
  t8('CondenseNet (G=C=4)', 'CondenseNet', 500, 529, 26.2, null, null),
  t8('Xception 2× (our impl.)', 'Xception', 500, 525, 27.6, 174, 6.7, 'our impl.'),
  t8('IGCV2-1.0', 'IGCV2', 500, 564, 29.3, 81, 4.9),
  t8('IGCV3-D (1.4)', 'IGCV3', 500, 610, 25.5, 82, 4.5),
  t8('ShuffleNet v2 2× (with SE)', 'ShuffleNet v2', 500, 597, 24.6, 161, 5.6, 'with SE'),
  t8('NASNet-A (4 @ 1056, our impl.)', 'NASNet-A', 500, 564, 26.0, 130, 4.6, 'our impl.'),
  t8('PNASNet-5 (our impl.)', 'PNASNet-5', 500, 588, 25.8, 115, 4.1, 'our impl.'),
];

/** Table 6: large models (FLOPs in GFLOPs, ImageNet top-1 error in %). */
export const TABLE6: readonly { model: string; gflops: number; top1Error: number; residual: boolean }[] = [
  { model: 'ShuffleNet v2-50', gflops: 2.3, top1Error: 22.8, residual: false },
  { model: 'ShuffleNet v1-50 (our impl.)', gflops: 2.3, top1Error: 25.2, residual: false },
  { model: 'ResNet-50', gflops: 3.8, top1Error: 24.0, residual: true },
  { model: 'SE-ShuffleNet v2-164 (with residual)', gflops: 12.7, top1Error: 18.56, residual: true },
  { model: 'SENet', gflops: 20.7, top1Error: 18.68, residual: true },
];

/** Table 7: COCO detection with Light-Head R-CNN (mmAP %, minival) and GPU speed (images/s, batch 4). */
export const TABLE7: readonly {
  backbone: string;
  mmAP: readonly [number, number, number, number];
  gpu: readonly [number, number, number, number];
}[] = [
  { backbone: 'Xception', mmAP: [21.9, 29.0, 31.3, 32.9], gpu: [178, 131, 101, 83] },
  { backbone: 'ShuffleNet v1', mmAP: [20.9, 27.0, 29.9, 32.9], gpu: [152, 85, 76, 60] },
  { backbone: 'MobileNet v2', mmAP: [20.7, 24.4, 30.0, 30.6], gpu: [146, 111, 94, 72] },
  { backbone: 'ShuffleNet v2', mmAP: [22.5, 29.0, 31.8, 33.3], gpu: [188, 146, 109, 87] },
  { backbone: 'ShuffleNet v2*', mmAP: [23.7, 29.6, 32.2, 34.2], gpu: [183, 138, 105, 83] },
];

/** The row of a family at a level: the paper's own row, not its reimplementation, where it has both. */
export function table8Row(family: NetworkFamily, level: ComplexityLevel): Table8Row | undefined {
  const rows = TABLE8.filter((r) => r.family === family && r.level === level && r.note !== 'with SE');
  return rows.find((r) => r.note !== 'our impl.') ?? rows[0];
}

/**
 * How much faster row `to` runs than row `from`, in percent, over every column of both platforms:
 * the range behind a summary like Table 4's "around 20 %" (so the book can quote both).
 */
export function speedupRange(table: PaperTable, from: number, to: number): { min: number; max: number } {
  const gains = (['gpu', 'arm'] as const).flatMap((p) =>
    table.rows[to][p].map((v, i) => (100 * v) / table.rows[from][p][i] - 100),
  );
  return { min: Math.min(...gains), max: Math.max(...gains) };
}

/** Families the paper's Fig. 1 plots: the four architectures with good accuracy (Sec. 4). */
export const FIG1_FAMILIES: readonly NetworkFamily[] = ['ShuffleNet v2', 'MobileNet v2', 'ShuffleNet v1', 'Xception'];

/** Every family of Table 8, in the table's order. */
export const TABLE8_FAMILIES: readonly NetworkFamily[] = [...new Set(TABLE8.map((r) => r.family))];

/**
 * One family's points for an accuracy–speed plot (Fig. 1(a)(b)): the family's own row at each
 * complexity level where the paper gives a speed, as (speed, top-1 accuracy %). The SE variant is
 * not part of the ShuffleNet v2 line; it is a point of its own (`seVariant`).
 */
export function accuracySpeedPoints(
  family: NetworkFamily,
  platform: Platform,
): { row: Table8Row; speed: number; accuracy: number }[] {
  return COMPLEXITY_LEVELS.flatMap((level) => {
    const row = table8Row(family, level);
    const speed = row?.[platform];
    return row && speed != null ? [{ row, speed, accuracy: 100 - row.top1Error }] : [];
  });
}

/** A stable id for a Table 8 row (its label is unique in the table). */
export function table8Id(row: Table8Row): string {
  return row.model;
}

// ---------------------------------------------------------------------------------------------
// torchvision's pretrained ShuffleNetV2 weights: a second, independent source of accuracy for the
// same architecture. Quoted from torchvision's model documentation and its shufflenetv2.py
// (ShuffleNet_V2_X*_Weights.IMAGENET1K_V1: acc@1 on ImageNet-1K val, 224×224 centre crop).
// ---------------------------------------------------------------------------------------------

export interface TorchvisionWeights {
  /** the model builder's name in torchvision */
  builder: string;
  /** the width multiplier, as Table 8 labels it */
  width: '0.5×' | '1×' | '1.5×' | '2×';
  level: ComplexityLevel;
  /** top-1 accuracy on ImageNet-1K val, % */
  top1: number;
  top5: number;
  /** where the weights came from, in the documentation's words */
  origin: 'ported' | 'new-recipe';
}

export const TORCHVISION_WEIGHTS: readonly TorchvisionWeights[] = [
  { builder: 'shufflenet_v2_x0_5', width: '0.5×', level: 40, top1: 60.552, top5: 81.746, origin: 'ported' },
  { builder: 'shufflenet_v2_x1_0', width: '1×', level: 140, top1: 69.362, top5: 88.316, origin: 'ported' },
  { builder: 'shufflenet_v2_x1_5', width: '1.5×', level: 300, top1: 72.996, top5: 91.086, origin: 'new-recipe' },
  { builder: 'shufflenet_v2_x2_0', width: '2×', level: 500, top1: 76.23, top5: 93.006, origin: 'new-recipe' },
];

export const TORCHVISION_ORIGIN: Record<TorchvisionWeights['origin'], string> = {
  ported:
    'trained from scratch by a third party to reproduce the paper (the ericsun99/Shufflenet-v2-Pytorch project) and ported into torchvision',
  'new-recipe':
    'trained by the torchvision team with its 2022 recipe (600 epochs, TrivialAugment, mixup, cutmix, label smoothing, random erasing, a 176-pixel training crop), far longer and stronger than the paper’s',
};

/**
 * ShuffleNet V1's ablation of the channel shuffle on ImageNet (Zhang et al. 2018, arXiv 1707.01083,
 * Sec. 4.1.2, Table 3): top-1 classification error (%) of the same V1 network trained with and
 * without the shuffle, at three widths and two group counts. Lower is better. Transcribed from the
 * paper's table (two independent transcriptions agree).
 */
export interface ShuffleAblationRow {
  /** the width multiplier: 1 = "ShuffleNet 1×", 0.5, 0.25 */
  scale: 1 | 0.5 | 0.25;
  groups: 3 | 8;
  noShuffleError: number;
  shuffleError: number;
}

export const V1_SHUFFLE_ABLATION: readonly ShuffleAblationRow[] = [
  { scale: 1, groups: 3, noShuffleError: 34.5, shuffleError: 32.6 },
  { scale: 1, groups: 8, noShuffleError: 37.6, shuffleError: 32.4 },
  { scale: 0.5, groups: 3, noShuffleError: 45.7, shuffleError: 43.2 },
  { scale: 0.5, groups: 8, noShuffleError: 48.1, shuffleError: 42.3 },
  { scale: 0.25, groups: 3, noShuffleError: 56.3, shuffleError: 55.0 },
  { scale: 0.25, groups: 8, noShuffleError: 56.5, shuffleError: 52.7 },
];

/** How many points of top-1 error the shuffle removed in one row (the paper's Δ column). */
export function shuffleGain(row: ShuffleAblationRow): number {
  return Math.round((row.noShuffleError - row.shuffleError) * 10) / 10;
}
