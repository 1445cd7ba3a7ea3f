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
      { label: '1 : 1', channels: { gpu: '(128, 128)', arm: '(32, 32)' }, gpu: [1480, 723, 232], arm: [76.2, 21.7, 5.3] },
      { label: '1 : 2', channels: { gpu: '(90, 180)', arm: '(22, 44)' }, gpu: [1296, 586, 206], arm: [72.9, 20.5, 5.1] },
      { label: '1 : 6', channels: { gpu: '(52, 312)', arm: '(13, 78)' }, gpu: [876, 489, 189], arm: [69.1, 17.9, 4.6] },
      { label: '1 : 12', channels: { gpu: '(36, 432)', arm: '(9, 108)' }, gpu: [748, 392, 163], arm: [57.6, 15.1, 4.4] },
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
    caption: 'Ten blocks of one to four 1×1 convolutions in series or in parallel; c is the width of the 1-fragment block, the others are adjusted to the same FLOPs.',
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
    caption: 'Ten ResNet bottleneck units, with their ReLUs and identity shortcut removed separately; c is the number of channels in the unit.',
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
