/**
 * The paper's Tables 1–4 are typed in (they are measurements), so these tests check the
 * transcription against what the paper's own text says about them and against the arithmetic
 * its captions promise: a digit typed wrongly would break one of these.
 */
import { describe, expect, it } from 'vitest';
import { EXPERIMENTS, EXPERIMENT_IDS } from '../../lib/labExperiments';
import { PAPER_TABLES, paperRelative, type Platform } from '../../lib/paperTables';

const PLATFORMS: Platform[] = ['gpu', 'arm'];
const column = (id: keyof typeof PAPER_TABLES, p: Platform, k: number) => PAPER_TABLES[id].rows.map((r) => r[p][k]);
const pairs = (s: string) => s.match(/\d+/g)!.map(Number);

describe("the paper's guideline tables", () => {
  it('has one row per benchmark-lab variant, in the same order', () => {
    for (const id of EXPERIMENT_IDS) expect(PAPER_TABLES[id].rows.length).toBe(EXPERIMENTS[id].variants.length);
    const words = (s: string) => s.replace(/-/g, ' ');
    expect(PAPER_TABLES.g3.rows.map((r) => words(r.label))).toEqual(EXPERIMENTS.g3.variants.map((v) => words(v.label)));
    expect(PAPER_TABLES.g2.rows.map((r) => r.label)).toEqual(EXPERIMENTS.g2.variants.map((v) => v.label));
    expect(PAPER_TABLES.g4.rows.map((r) => r.label)).toEqual(EXPERIMENTS.g4.variants.map((v) => v.label));
    expect(PAPER_TABLES.g1.rows.map((r) => pairs(r.channels!.gpu))).toEqual(
      EXPERIMENTS.g1.variants.map((v) => [v.channels, pairs(v.detail)[1]]),
    );
  });

  it('Table 1: the four channel pairs do (nearly) the same work, and 1 : 1 is fastest in every column', () => {
    for (const p of PLATFORMS) {
      const work = PAPER_TABLES.g1.rows.map((r) => pairs(r.channels![p]).reduce((a, b) => a * b, 1));
      for (const w of work) expect(Math.abs(w / work[0] - 1)).toBeLessThan(0.06);
      for (let k = 0; k < 3; k++) {
        const speeds = column('g1', p, k);
        speeds.slice(1).forEach((s, i) => expect(s).toBeLessThan(speeds[i])); // slower as the ratio grows
      }
    }
  });

  it('Table 2: c²/g is (nearly) constant, and "8 groups are more than two times slower on GPU, up to 30 % on ARM"', () => {
    for (const p of PLATFORMS) {
      const work = PAPER_TABLES.g2.rows.map((r, i) => Number(r.channels![p]) ** 2 / 2 ** i);
      for (const w of work) expect(Math.abs(w / work[0] - 1)).toBeLessThan(0.02);
    }
    expect(column('g2', 'gpu', 0)[0] / column('g2', 'gpu', 0)[3]).toBeGreaterThan(2);
    const armSlowdowns = [0, 1, 2].map((k) => 1 - column('g2', 'arm', k)[3] / column('g2', 'arm', k)[0]);
    expect(Math.max(...armSlowdowns)).toBeCloseTo(0.3, 1);
  });

  it('Table 3: "the 4-fragment structure is 3× slower than 1-fragment" on GPU; on ARM the reduction is small', () => {
    const gpu = column('g3', 'gpu', 0);
    expect(gpu[0] / gpu[2]).toBeGreaterThan(3);
    expect(gpu[0] / gpu[4]).toBeGreaterThan(3);
    for (let k = 0; k < 3; k++) {
      const arm = column('g3', 'arm', k);
      expect(Math.min(...arm) / arm[0]).toBeGreaterThan(0.8);
    }
  });

  it('Table 4: "around 20 % speedup on GPU and ARM after ReLU and shortcut are removed"', () => {
    for (const p of PLATFORMS) {
      const gains = [0, 1, 2].map((k) => column('g4', p, k)[3] / column('g4', p, k)[0] - 1);
      const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
      expect(mean).toBeGreaterThan(0.12);
      expect(mean).toBeLessThan(0.25);
      // removing either one alone never makes it slower
      for (let k = 0; k < 3; k++)
        for (const row of [1, 2]) expect(column('g4', p, k)[row]).toBeGreaterThanOrEqual(column('g4', p, k)[0]);
    }
  });

  it('puts every row relative to the first (100 %)', () => {
    const rel = paperRelative(PAPER_TABLES.g2, 'gpu');
    expect(rel[0]).toBe(100);
    expect(rel[3]).toBeCloseTo((100 * 634) / 2451, 10);
  });
});

describe("ShuffleNet V1's shuffle ablation (Table 3)", () => {
  it('reproduces the paper’s Δ column from the two error columns, and its prose: the shuffle always helps, more with g = 8', async () => {
    const { V1_SHUFFLE_ABLATION, shuffleGain } = await import('../../lib/paperTables');
    // The paper's Δ err. column, row by row: held against the errors it was computed from.
    expect(V1_SHUFFLE_ABLATION.map(shuffleGain)).toEqual([1.9, 5.2, 2.5, 5.8, 1.3, 3.8]);
    for (const scale of [1, 0.5, 0.25] as const) {
      const [g3, g8] = [3, 8].map((g) => V1_SHUFFLE_ABLATION.find((r) => r.scale === scale && r.groups === g)!);
      expect(shuffleGain(g8)).toBeGreaterThan(shuffleGain(g3));
    }
    for (const r of V1_SHUFFLE_ABLATION) expect(r.shuffleError).toBeLessThan(r.noShuffleError);
  });
});
