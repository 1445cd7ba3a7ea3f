/**
 * The benchmark lab's experiments: the micro-networks of the ShuffleNetV2 paper's guideline
 * experiments (Sec. 2, Tables 1–4, Appendix Fig. 1), rebuilt as ONNX graphs small enough to
 * time in a browser. Each network stacks the same block 10 times, as in the paper.
 *
 * Channel counts are the paper's "1×" GPU setting where the paper states them (G1, G2); where
 * it leaves a choice (G3's fragment widths, G4's bottleneck ratio) the choice is ours and is
 * documented next to the variant. FLOPs and MAC come from the built graph (lib/onnxBuilder.ts).
 */
import { GraphBuilder, type BuiltModel, type FeatureShape } from './onnxBuilder';
import { SETTING_IDS, type SettingId } from './paramDomains';

export type ExperimentId = 'g1' | 'g2' | 'g3' | 'g4';
export const EXPERIMENT_IDS: readonly ExperimentId[] = ['g1', 'g2', 'g3', 'g4'];

// The settings' ids are declared with the URL table's other domains (lib/paramDomains.ts), which
// must not pull this module's graph builder (and protobufjs) into every page.
export { SETTING_IDS, type SettingId };

export interface Setting {
  id: SettingId;
  label: string;
  /** Feature-map height and width (batch 1). */
  size: number;
  /** Untimed runs per variant before measuring (JIT, caches, allocator). */
  warmup: number;
  /** Timed runs per variant. */
  runs: number;
  /** While the spread stays above the noise limit, timing goes on, up to this many runs per variant. */
  maxRuns: number;
}

export const SETTINGS: Record<SettingId, Setting> = {
  quick: { id: 'quick', label: 'Quick', size: 28, warmup: 2, runs: 9, maxRuns: 27 },
  full: { id: 'full', label: 'Full', size: 56, warmup: 3, runs: 21, maxRuns: 63 },
};

export const BLOCKS = 10;

/** FLOPs of every variant must lie within this fraction of the baseline's (unless noted). */
export const FLOPS_TOLERANCE = 0.02;

export interface Variant {
  id: string;
  label: string;
  /** Channel widths (and structure) in a few words. */
  detail: string;
  /** Channels of the network's input (= of every block's input and output). */
  channels: number;
  /** Appends one block to the graph and returns its output tensor. */
  block(g: GraphBuilder, x: string): string;
  /**
   * Set when the paper's own channel choice misses the baseline's FLOPs by more than
   * FLOPS_TOLERANCE; says by how much and why it does not flatter the guideline.
   */
  flopsNote?: string;
}

export interface Experiment {
  id: ExperimentId;
  guideline: string;
  title: string;
  /** What is varied, in one sentence. */
  question: string;
  /** Which table of the paper the experiment mirrors. */
  paperRef: string;
  /** The paper's findings, in words; its figures are in lib/paperTables.ts. */
  paperFinding: { gpu: string; arm: string };
  variants: Variant[];
}

/** 1×1 conv c₁ → c₂ → c₁ (paper Table 1: both convs of a block, no activation). */
function g1Variant(c1: number, c2: number, flopsNote?: string): Variant {
  const ratio = c2 / c1;
  return {
    id: `1:${Math.round(ratio)}`,
    label: `c₁:c₂ = 1:${Math.round(ratio)}`,
    detail: `${c1} → ${c2} → ${c1}`,
    channels: c1,
    block: (g, x) => g.conv(g.conv(x, { cout: c2 }), { cout: c1 }),
    flopsNote,
  };
}

/** One 1×1 group convolution c → c with g groups (paper Table 2). */
function g2Variant(groups: number, c: number): Variant {
  return {
    id: `g${groups}`,
    label: `g = ${groups}`,
    detail: `c = ${c}, ${groups} group${groups > 1 ? 's' : ''}`,
    channels: c,
    block: (g, x) => g.conv(x, { cout: c, groups }),
  };
}

const G3_BASE = 128;

/** n 1×1 convs in series, each c′ → c′ with c′ = round(c/√n), so n·c′² ≈ c². */
function g3Series(n: number): Variant {
  const c = Math.round(G3_BASE / Math.sqrt(n));
  return {
    id: `${n}-series`,
    label: `${n}-fragment series`,
    detail: `${n} × (${c} → ${c})`,
    channels: c,
    block: (g, x) => {
      let y = x;
      for (let i = 0; i < n; i++) y = g.conv(y, { cout: c });
      return y;
    },
  };
}

/** n 1×1 convs in parallel on the same input, each c → c/n, concatenated: exactly c² per pixel. */
function g3Parallel(n: number): Variant {
  return {
    id: `${n}-parallel`,
    label: `${n}-fragment parallel`,
    detail: `${n} × (${G3_BASE} → ${G3_BASE / n}), concat`,
    channels: G3_BASE,
    block: (g, x) => g.concat(Array.from({ length: n }, () => g.conv(x, { cout: G3_BASE / n }))),
  };
}

const G4_C = 128;
const G4_INNER = G4_C / 4;

/** ResNet bottleneck: 1×1 c → c/4, 3×3 c/4 → c/4, 1×1 c/4 → c, optional ReLUs and identity shortcut. */
function g4Variant(id: string, label: string, relu: boolean, shortcut: boolean): Variant {
  return {
    id,
    label,
    detail: `${G4_C} → ${G4_INNER} → ${G4_INNER} → ${G4_C}`,
    channels: G4_C,
    block: (g, x) => {
      const gain = relu ? Math.SQRT2 : 1;
      let y = g.conv(x, { cout: G4_INNER, gain });
      if (relu) y = g.relu(y);
      y = g.conv(y, { cout: G4_INNER, kernel: 3, gain });
      if (relu) y = g.relu(y);
      // With a shortcut the branch is scaled down so the sum does not grow block after block.
      y = g.conv(y, { cout: G4_C, gain: shortcut ? 0.5 : gain });
      if (shortcut) y = g.sum(y, x);
      if (relu) y = g.relu(y);
      return y;
    },
  };
}

export const EXPERIMENTS: Record<ExperimentId, Experiment> = {
  g1: {
    id: 'g1',
    guideline: 'G1',
    title: 'Equal channel width minimises memory access cost',
    question:
      'Two 1×1 convolutions per block, c₁ → c₂ → c₁, with the ratio c₁:c₂ growing while FLOPs stay (nearly) equal.',
    paperRef: 'Table 1',
    paperFinding: {
      gpu: 'Speed falls steadily as the ratio moves away from 1:1; 1:1 is the fastest.',
      arm: 'The same trend: 1:1 is the fastest ratio.',
    },
    variants: [
      g1Variant(128, 128),
      g1Variant(90, 180),
      g1Variant(52, 312),
      g1Variant(
        36,
        432,
        'the paper’s pair (36, 432) misses the FLOPs of (128, 128) by more than the other pairs, but downwards: it favours the 1:12 network, so it cannot explain a slowdown.',
      ),
    ],
  },
  g2: {
    id: 'g2',
    guideline: 'G2',
    title: 'Excessive group convolution increases memory access cost',
    question: 'One 1×1 group convolution per block, with more groups and more channels so that FLOPs stay equal.',
    paperRef: 'Table 2',
    paperFinding: {
      gpu: 'More groups are clearly slower; 8 groups are far slower than a dense convolution.',
      arm: 'Also slower with more groups, but by a smaller margin than on the GPU.',
    },
    variants: [g2Variant(1, 128), g2Variant(2, 180), g2Variant(4, 256), g2Variant(8, 360)],
  },
  g3: {
    id: 'g3',
    guideline: 'G3',
    title: 'Network fragmentation reduces the degree of parallelism',
    question: 'The same FLOPs as one 1×1 convolution, split into 2 or 4 smaller convolutions in series or in parallel.',
    paperRef: 'Table 3, Appendix Fig. 1',
    paperFinding: {
      gpu: 'Fragmentation costs a lot of speed, and more fragments cost more.',
      arm: 'The slowdown is comparatively small.',
    },
    variants: [
      {
        id: '1-fragment',
        label: '1-fragment',
        detail: `${G3_BASE} → ${G3_BASE}`,
        channels: G3_BASE,
        block: (g, x) => g.conv(x, { cout: G3_BASE }),
      },
      g3Series(2),
      g3Series(4),
      g3Parallel(2),
      g3Parallel(4),
    ],
  },
  g4: {
    id: 'g4',
    guideline: 'G4',
    title: 'Element-wise operations are non-negligible',
    question: 'A ResNet bottleneck unit with and without its ReLUs and its identity shortcut; FLOPs are identical.',
    paperRef: 'Table 4',
    paperFinding: {
      gpu: 'Removing ReLU and shortcut makes the unit noticeably faster.',
      arm: 'A similar speed-up when both are removed.',
    },
    variants: [
      g4Variant('relu+shortcut', 'ReLU + shortcut', true, true),
      g4Variant('relu', 'ReLU only', true, false),
      g4Variant('shortcut', 'shortcut only', false, true),
      g4Variant('none', 'neither', false, false),
    ],
  },
};

export function isExperimentId(value: unknown): value is ExperimentId {
  return typeof value === 'string' && (EXPERIMENT_IDS as readonly string[]).includes(value);
}

export function isSettingId(value: unknown): value is SettingId {
  return typeof value === 'string' && (SETTING_IDS as readonly string[]).includes(value);
}

/** Seeds depend only on the experiment and the variant's position: the same graph everywhere. */
function seedOf(experiment: ExperimentId, index: number): number {
  return 1009 * (EXPERIMENT_IDS.indexOf(experiment) + 1) + 17 * index;
}

function assemble(experiment: Experiment, index: number, size: number, costOnly: boolean) {
  const variant = experiment.variants[index];
  const input: FeatureShape = { c: variant.channels, h: size, w: size };
  const g = new GraphBuilder(`${experiment.guideline} ${variant.label}`, input, seedOf(experiment.id, index), {
    costOnly,
  });
  let x = g.input;
  for (let b = 0; b < BLOCKS; b++) x = variant.block(g, x);
  return { g, x };
}

/** The ONNX model of one variant at a feature-map size. */
export function buildVariant(experimentId: ExperimentId, variantId: string, size: number): BuiltModel {
  const experiment = EXPERIMENTS[experimentId];
  const index = experiment.variants.findIndex((v) => v.id === variantId);
  if (index < 0) throw new Error(`Experiment ${experimentId} has no variant "${variantId}".`);
  const { g, x } = assemble(experiment, index, size, false);
  return g.build(x);
}

export interface VariantCost {
  id: string;
  label: string;
  detail: string;
  channels: number;
  flops: number;
  mac: number;
  params: number;
  nodes: number;
  /** FLOPs / baseline FLOPs − 1 */
  flopsDelta: number;
  flopsNote?: string;
}

/** Cost of every variant of an experiment (the first variant is the baseline), without weights. */
export function experimentCosts(experimentId: ExperimentId, size: number): VariantCost[] {
  const experiment = EXPERIMENTS[experimentId];
  const rows = experiment.variants.map((v, i) => {
    const { totals } = assemble(experiment, i, size, true).g.cost();
    return { id: v.id, label: v.label, detail: v.detail, channels: v.channels, flopsNote: v.flopsNote, ...totals };
  });
  return rows.map((r) => ({ ...r, flopsDelta: r.flops / rows[0].flops - 1 }));
}
