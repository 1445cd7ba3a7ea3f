/**
 * The values a reader may set in the book's cells, as constants with no dependencies: the sizes,
 * widths, groups and settings the widgets offer and the largest numbers the calculators accept.
 * They live here, apart from the code that computes with them, because the URL table
 * (lib/urlKeys.ts) that every page with a cell loads needs them: importing them from
 * lib/labExperiments.ts pulled its ONNX graph builder, with protobufjs, into every chapter
 * (21 kB gzipped), and lib/network.ts, lib/units.ts, lib/v1.ts and lib/guidelines.ts their whole
 * arithmetic. Those modules re-export what is theirs, so callers import from them as before.
 */
import type { Codec } from './urlState';

/**
 * Ratios c₁ : c₂ offered by the G1 cell, encoded as one signed integer so a URL stays readable:
 * r > 0 means c₁ : c₂ = 1 : r, r < 0 means |r| : 1; 1 is 1 : 1.
 */
export const G1_RATIOS = [-16, -12, -8, -6, -4, -3, -2, 1, 2, 3, 4, 6, 8, 12, 16] as const;

/** Group counts offered by the G2 cell. */
export const G2_GROUPS = [1, 2, 4, 8, 16, 32] as const;

export type FragmentLayout = 'series' | 'parallel';

/** The five structures of the paper's G3 experiment (Table 3; drawn in its appendix). */
export const FRAGMENT_STRUCTURES: readonly { layout: FragmentLayout; fragments: number }[] = [
  { layout: 'series', fragments: 1 },
  { layout: 'series', fragments: 2 },
  { layout: 'series', fragments: 4 },
  { layout: 'parallel', fragments: 2 },
  { layout: 'parallel', fragments: 4 },
];

/** A URL codec for a number that must be one of `values` (anything else reads as the default). */
export function memberParam(values: readonly number[], defaultValue: number): Codec<number> {
  return {
    defaultValue,
    spec: `one of ${values.join('|')}, default ${defaultValue}`,
    parse(raw) {
      if (raw === undefined || !/^-?\d+$/.test(raw)) return defaultValue;
      const n = Number(raw);
      return values.includes(n) ? n : defaultValue;
    },
    format: (v) => String(v),
  };
}

/** The benchmark lab's two settings (their sizes and run counts: lib/labExperiments.ts). */
export type SettingId = 'quick' | 'full';
export const SETTING_IDS: readonly SettingId[] = ['quick', 'full'];

/** The four widths of the paper (Table 5), as torchvision builds them. */
export const WIDTHS = ['0.5', '1.0', '1.5', '2.0'] as const;
export type Width = (typeof WIDTHS)[number];

/** The widest stage the whole-network calculator accepts. */
export const MAX_STAGE_CHANNELS = 4096;

/** Largest sizes the book's unit calculators accept, so every number stays readable. */
export const MAX_CHANNELS = 4096;
export const MAX_SIZE = 1024;

/** Group counts of ShuffleNet V1 that the comparison offers (those its paper published). */
export const V1_GROUPS = [1, 2, 3, 4, 8] as const;
