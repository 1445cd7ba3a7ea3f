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
import type { Locale } from './i18n';
import { labExperimentMessages } from './labExperimentMessages';

type Texts = (typeof labExperimentMessages)['en'];

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

const settingsIn = (t: Texts): Record<SettingId, Setting> => ({
  quick: { id: 'quick', label: t.quick, size: 28, warmup: 2, runs: 9, maxRuns: 27 },
  full: { id: 'full', label: t.full, size: 56, warmup: 3, runs: 21, maxRuns: 63 },
});
export const SETTINGS = settingsIn(labExperimentMessages.en);

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
function g2Variant(groups: number, c: number, t: Texts): Variant {
  return {
    id: `g${groups}`,
    label: `g = ${groups}`,
    detail: t.groupsDetail(c, groups),
    channels: c,
    block: (g, x) => g.conv(x, { cout: c, groups }),
  };
}

const G3_BASE = 128;

/** n 1×1 convs in series, each c′ → c′ with c′ = round(c/√n), so n·c′² ≈ c². */
function g3Series(n: number, t: Texts): Variant {
  const c = Math.round(G3_BASE / Math.sqrt(n));
  return {
    id: `${n}-series`,
    label: t.series(n),
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
function g3Parallel(n: number, t: Texts): Variant {
  return {
    id: `${n}-parallel`,
    label: t.parallel(n),
    detail: t.parallelDetail(n, G3_BASE, G3_BASE / n),
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

/** The experiments with their texts in one edition's words (the graphs are the same in both). */
const experimentsIn = (t: Texts): Record<ExperimentId, Experiment> => ({
  g1: {
    id: 'g1',
    guideline: 'G1',
    title: t.g1Title,
    question: t.g1Question,
    paperRef: 'Table 1',
    paperFinding: { gpu: t.g1Gpu, arm: t.g1Arm },
    variants: [g1Variant(128, 128), g1Variant(90, 180), g1Variant(52, 312), g1Variant(36, 432, t.g1Note)],
  },
  g2: {
    id: 'g2',
    guideline: 'G2',
    title: t.g2Title,
    question: t.g2Question,
    paperRef: 'Table 2',
    paperFinding: { gpu: t.g2Gpu, arm: t.g2Arm },
    variants: [g2Variant(1, 128, t), g2Variant(2, 180, t), g2Variant(4, 256, t), g2Variant(8, 360, t)],
  },
  g3: {
    id: 'g3',
    guideline: 'G3',
    title: t.g3Title,
    question: t.g3Question,
    paperRef: 'Table 3, Appendix Fig. 1',
    paperFinding: { gpu: t.g3Gpu, arm: t.g3Arm },
    variants: [
      {
        id: '1-fragment',
        label: t.oneFragment,
        detail: `${G3_BASE} → ${G3_BASE}`,
        channels: G3_BASE,
        block: (g, x) => g.conv(x, { cout: G3_BASE }),
      },
      g3Series(2, t),
      g3Series(4, t),
      g3Parallel(2, t),
      g3Parallel(4, t),
    ],
  },
  g4: {
    id: 'g4',
    guideline: 'G4',
    title: t.g4Title,
    question: t.g4Question,
    paperRef: 'Table 4',
    paperFinding: { gpu: t.g4Gpu, arm: t.g4Arm },
    variants: [
      g4Variant('relu+shortcut', t.reluShortcut, true, true),
      g4Variant('relu', t.reluOnly, true, false),
      g4Variant('shortcut', t.shortcutOnly, false, true),
      g4Variant('none', t.neither, false, false),
    ],
  },
});

export const EXPERIMENTS = experimentsIn(labExperimentMessages.en);
const LOCAL: Record<Locale, { experiments: Record<ExperimentId, Experiment>; settings: Record<SettingId, Setting> }> = {
  en: { experiments: EXPERIMENTS, settings: SETTINGS },
  zh: { experiments: experimentsIn(labExperimentMessages.zh), settings: settingsIn(labExperimentMessages.zh) },
};

/** An experiment with its texts in the page's language (the graphs, ids and numbers are the same). */
export function localExperiment(id: ExperimentId, locale: Locale = 'en'): Experiment {
  return LOCAL[locale].experiments[id];
}

/** A setting with its name in the page's language. */
export function localSetting(id: SettingId, locale: Locale = 'en'): Setting {
  return LOCAL[locale].settings[id];
}

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
export function experimentCosts(experimentId: ExperimentId, size: number, locale: Locale = 'en'): VariantCost[] {
  const experiment = localExperiment(experimentId, locale);
  const rows = experiment.variants.map((v, i) => {
    const { totals } = assemble(EXPERIMENTS[experimentId], i, size, true).g.cost();
    return { id: v.id, label: v.label, detail: v.detail, channels: v.channels, flopsNote: v.flopsNote, ...totals };
  });
  return rows.map((r) => ({ ...r, flopsDelta: r.flops / rows[0].flops - 1 }));
}
