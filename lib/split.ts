/**
 * Channel split (chapter 3): what the split ratio does to a basic unit's cost, and how much
 * of a unit's input reaches later units untouched. Costs come from lib/units.ts's op list.
 */
import { basicUnit } from './units';

export interface SplitCost {
  /** C′: channels that skip the branch */
  identity: number;
  /** C − C′: channels that go through the branch; both of its 1×1 convs are branch → branch */
  branch: number;
  params: number;
  flops: number;
  mac: number;
}

export function splitError(c: number, identity: number): string | null {
  if (!Number.isInteger(c) || c < 2) return `C must be a whole number of at least 2 (got ${c}).`;
  if (!Number.isInteger(identity) || identity < 0 || identity >= c) {
    return `The untouched part C′ must be a whole number from 0 to C − 1 = ${c - 1} (got ${identity}); at least one channel has to go through the branch.`;
  }
  return null;
}

/** C′ for a split-ratio control in eighths of C (4 is the paper's C′ = C/2), kept below C. */
export function identityFromEighths(c: number, eighths: number): number {
  return Math.min(c - 1, Math.max(0, Math.round((c * eighths) / 8)));
}

/** Cost of the basic unit on a C×h×w input with C′ = `identity` channels skipping the branch. */
export function splitCost(c: number, h: number, w: number, identity: number): SplitCost {
  const err = splitError(c, identity);
  if (err) throw new RangeError(err);
  const { totals } = basicUnit(c, h, w, identity);
  return { identity, branch: c - identity, ...totals };
}

/** Multiply-adds of the branch's two 1×1 convolutions alone. */
export function branchPointwiseFlops(c: number, h: number, w: number, identity: number): number {
  const err = splitError(c, identity);
  if (err) throw new RangeError(err);
  return basicUnit(c, h, w, identity)
    .ops.filter((op) => op.kind === 'conv1x1')
    .reduce((s, op) => s + op.flops, 0);
}

/** The cost for every C′ from 0 (no split: all channels through the branch) to C − 1. */
export function splitSweep(c: number, h: number, w: number): SplitCost[] {
  return Array.from({ length: c }, (_, identity) => splitCost(c, h, w, identity));
}

/**
 * The paper's feature-reuse argument (its analysis of accuracy, Fig. 4): a fraction `keep` = C′/C of each
 * unit's input passes through untouched, so a fraction keep^k of a unit's input reaches the
 * output of the k-th unit after it without passing through any convolution. With C′ = C/2 that
 * is (1/2)^k. This is the idealised count; lib/mixing.ts's untouchedChannels gives the exact
 * whole-channel count for a given C.
 */
export function reuseFraction(units: number, keep = 0.5): number {
  if (!Number.isInteger(units) || units < 0) throw new RangeError(`units must be a whole number ≥ 0 (got ${units})`);
  return keep ** units;
}
