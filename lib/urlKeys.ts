/**
 * Every query parameter a page's cells keep in the URL, declared once (like tensorflow/playground's
 * state.ts): one table per chapter, key → codec. Cells read their parameter from here, never
 * declare a codec of their own, so two cells that share a key (the basic unit's C in the explorer
 * and in the cost table) cannot disagree about what it means. tests/lib/urlKeys.test.ts fails when
 * one key is declared twice with different codecs, on one page or across pages.
 */
// Only leaf modules: every page with a cell loads this table (see lib/paramDomains.ts).
import {
  FRAGMENT_STRUCTURES,
  G1_RATIOS,
  G2_GROUPS,
  MAX_CHANNELS,
  MAX_SIZE,
  MAX_STAGE_CHANNELS,
  memberParam,
  SETTING_IDS,
  V1_GROUPS,
  WIDTHS as NETWORK_WIDTHS,
  type SettingId,
} from './paramDomains';
import { MODEL_NAMES } from './modelNames';
import { boolParam, enumParam, intParam, stringParam, type Codec } from './urlState';
import { INTERVENTION_DEFAULT_UNIT, INTERVENTION_KINDS, INTERVENTION_NETWORKS } from './interventionKinds';

export interface UrlParam<T> {
  key: string;
  codec: Codec<T>;
}

type Table<C extends Record<string, Codec<unknown>>> = {
  [K in keyof C]: C[K] extends Codec<infer T> ? UrlParam<T> & { codec: C[K] } : never;
};

function table<C extends Record<string, Codec<unknown>>>(codecs: C): Table<C> {
  return Object.fromEntries(Object.entries(codecs).map(([key, codec]) => [key, { key, codec }])) as Table<C>;
}

/** Square feature-map sizes the G1–G4 calculators offer (as in the paper's 56×56 benchmarks). */
export const FEATURE_SIZES = [7, 14, 28, 56] as const;
export type FeatureSize = (typeof FEATURE_SIZES)[number];
export const EQUAL_FLOPS_SIZES = [7, 14, 28, 56] as const;
export const SPLIT_WIDTHS = [8, 24, 116, 232] as const;
export const SPLIT_SIZES = [4, 7, 14, 28] as const;
export const MIXING_SIZES = [4, 8, 12, 16] as const;
export const MIXING_MAX_UNITS = 6;
export const REUSE_MAX_UNITS = 8;
export const G4_WIDTHS = [16, 32, 64, 128] as const;
export const G3_IDS = FRAGMENT_STRUCTURES.map((s) => `${s.layout}-${s.fragments}`);
export const UNIT_METRICS = ['flops', 'params', 'mac'] as const;
export const FEATURE_REUSE_WIDTHS = [8, 16, 32] as const;
export const CONCAT_WIDTHS = [4, 8, 24, 116, 232] as const;
export const DETERMINISM_CHANNELS = [6, 8, 12, 16] as const;
export const DETERMINISM_GROUPS = [2, 3, 4] as const;
export const PIXEL_GROUPS = [2, 3] as const;
export const BREAKDOWN_CHOICES = [...NETWORK_WIDTHS, 'custom'] as const;
export const COMPARE_GROUPS = V1_GROUPS.map(String) as ('1' | '2' | '3' | '4' | '8')[];
export const BOTTLENECK_KEYS = ['1/4', '1/2', '1'] as const;
/** The largest C and g the shuffle widgets accept (they draw at most 32 channels and explain larger C). */
export const SHUFFLE_MAX_CHANNELS = 4096;

/** A held-out sample index (an index beyond the shipped samples falls back in the cell). */
const sample = () => intParam(0, 0, 1_000_000);
const unitField = (defaultValue: number, max: number) => intParam(defaultValue, 1, max);

export const URL_STATE = {
  'why-shufflenet-v2': table({
    hw: memberParam(EQUAL_FLOPS_SIZES, 28),
    eqc: intParam(128, 16, 512),
    ratio: intParam(6, 1, 16),
  }),
  guidelines: table({
    g1hw: memberParam(FEATURE_SIZES, 56),
    g1c: intParam(128, 16, 512),
    g1r: memberParam(G1_RATIOS, 1),
    g2hw: memberParam(FEATURE_SIZES, 56),
    g2c: intParam(128, 16, 256),
    g2g: memberParam(G2_GROUPS, 2),
    g3s: enumParam(G3_IDS, 'series-4'),
    g3c: intParam(128, 1, 4096),
    g3hw: memberParam(FEATURE_SIZES, 28),
    g4m: memberParam(G4_WIDTHS, 64),
    g4hw: memberParam(FEATURE_SIZES, 56),
    g4relu: boolParam(true),
    g4sc: boolParam(true),
  }),
  'channel-split': table({
    spc: memberParam(SPLIT_WIDTHS, 8),
    sphw: memberParam(SPLIT_SIZES, 4),
    spr: intParam(4, 0, 7),
    rc: intParam(16, 0, 4096),
    rk: intParam(4, 1, REUSE_MAX_UNITS),
    'live-split': sample(),
  }),
  'channel-shuffle': table({
    sc: intParam(8, 1, SHUFFLE_MAX_CHANNELS),
    sg: intParam(2, 1, SHUFFLE_MAX_CHANNELS),
    sv: enumParam(['g', 'cg'] as const, 'g'),
    ic: intParam(12, 1, SHUFFLE_MAX_CHANNELS),
    ig: intParam(3, 1, SHUFFLE_MAX_CHANNELS),
    is: enumParam(['inverse', 'again'] as const, 'inverse'),
    mc: memberParam(MIXING_SIZES, 8),
    // opens after two units, the first where shuffle and no shuffle differ in what the outputs see
    mk: intParam(2, 1, MIXING_MAX_UNITS),
    mv: enumParam(['g', 'cg'] as const, 'g'),
  }),
  'basic-unit': table({
    c: unitField(116, MAX_CHANNELS),
    h: unitField(28, MAX_SIZE),
    w: unitField(28, MAX_SIZE),
    'basic-metric': enumParam(UNIT_METRICS, 'flops'),
    'reuse-c': memberParam(FEATURE_REUSE_WIDTHS, 16),
    'reuse-units': intParam(3, 1, 6),
    'live-digits-s2u2-basic': sample(),
  }),
  'downsampling-unit': table({
    cin: unitField(116, MAX_CHANNELS),
    cout: unitField(232, MAX_CHANNELS),
    h: unitField(28, MAX_SIZE),
    w: unitField(28, MAX_SIZE),
    'down-metric': enumParam(UNIT_METRICS, 'flops'),
    row: intParam(7, 2, 16),
    'live-digits-s3u1-down': sample(),
  }),
  'v1-vs-v2': table({
    unit: enumParam(['basic', 'down'] as const, 'basic'),
    vc: intParam(240, 1, 4096),
    h: unitField(28, MAX_SIZE),
    w: unitField(28, MAX_SIZE),
    g: enumParam(COMPARE_GROUPS, '3'),
    b: enumParam(BOTTLENECK_KEYS, '1/4'),
    // compare at equal FLOPs (V2 as wide as V1's FLOPs allow) or at the same input width
    vm: enumParam(['flops', 'input'] as const, 'flops'),
  }),
  'whole-network': table({
    stage2: intParam(96, 2, MAX_STAGE_CHANNELS),
    stage3: intParam(192, 2, MAX_STAGE_CHANNELS),
    stage4: intParam(384, 2, MAX_STAGE_CHANNELS),
    conv5: intParam(1024, 1, 2 * MAX_STAGE_CHANNELS),
    breakdown: enumParam(BREAKDOWN_CHOICES, '1.0'),
  }),
  explorer: table({
    model: enumParam(MODEL_NAMES, 'digits'),
    step: stringParam('input'),
    sample: sample(),
    'live-digits-s3u2-split': sample(),
  }),
  misconceptions: table({
    dc: memberParam(DETERMINISM_CHANNELS, 12),
    dg: memberParam(DETERMINISM_GROUPS, 3),
    ac: memberParam(CONCAT_WIDTHS, 8),
    pg: memberParam(PIXEL_GROUPS, 3),
  }),
  'shuffle-experiments': table({
    // a unit of the clothing network ('stage3.unit2') or 'every'; a name the network lacks falls back in the cell
    at: stringParam(INTERVENTION_DEFAULT_UNIT),
    edit: enumParam(INTERVENTION_KINDS, 'bypass-shuffle'),
    // which network the interventions act on: the book's, or the V1-units twin
    net: enumParam(INTERVENTION_NETWORKS, 'book'),
    channels: stringParam('0-11'),
    sample: sample(),
  }),
  results: table({
    'fig1-platform': enumParam<'gpu' | 'arm'>(['gpu', 'arm'], 'gpu'),
    'fig1-level': enumParam<'40' | '140' | '300' | '500'>(['40', '140', '300', '500'], '500'),
    'fig1-compare': enumParam<'fig1' | 'caveats' | 'all'>(['fig1', 'caveats', 'all'], 'fig1'),
    'coco-metric': enumParam<'mmAP' | 'gpu'>(['mmAP', 'gpu'], 'mmAP'),
  }),
  'benchmark-lab': table({
    'lab-setting': enumParam<SettingId>(SETTING_IDS, 'quick'),
    'lab-fusion': boolParam(true),
  }),
} as const;

export type PageWithState = keyof typeof URL_STATE;

/** The declared parameter for a key used by a component that several pages share (a live cell's sample). */
export function declaredParam(key: string): UrlParam<unknown> | undefined {
  for (const page of Object.values(URL_STATE) as Record<string, UrlParam<unknown>>[]) if (key in page) return page[key];
  return undefined;
}
