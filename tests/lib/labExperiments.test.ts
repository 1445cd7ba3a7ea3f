import { describe, expect, it } from 'vitest';
import { conv, convFlops } from '../../lib/cost';
import {
  BLOCKS,
  EXPERIMENTS,
  EXPERIMENT_IDS,
  FLOPS_TOLERANCE,
  SETTINGS,
  buildVariant,
  experimentCosts,
} from '../../lib/labExperiments';

const sizes = [SETTINGS.quick.size, SETTINGS.full.size];

describe.each(EXPERIMENT_IDS)('experiment %s', (id) => {
  it.each(sizes)('holds FLOPs equal across variants at %i×%i (within 2 %, or as the paper rounded)', (size) => {
    const rows = experimentCosts(id, size);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      if (row.flopsNote) {
        // The paper's own rounding misses by more; it must then favour the variant under test.
        expect(row.flopsDelta).toBeLessThan(0);
        expect(Math.abs(row.flopsDelta)).toBeLessThan(0.06);
      } else {
        expect(Math.abs(row.flopsDelta), `${row.id}: ${row.flops} vs ${rows[0].flops}`).toBeLessThanOrEqual(
          FLOPS_TOLERANCE,
        );
      }
    }
  });

  it('counts the same FLOPs and MAC without weights as the built graph', () => {
    const rows = experimentCosts(id, 8);
    for (const row of rows) {
      const built = buildVariant(id, row.id, 8);
      expect(built.totals.flops).toBe(row.flops);
      expect(built.totals.mac).toBe(row.mac);
      expect(built.totals.nodes % BLOCKS).toBe(0);
    }
  });
});

describe('the paper’s settings', () => {
  it('G1 uses the paper’s channel pairs and two 1×1 convs per block', () => {
    const size = 56;
    const rows = experimentCosts('g1', size);
    expect(rows.map((r) => r.detail)).toEqual(['128 → 128 → 128', '90 → 180 → 90', '52 → 312 → 52', '36 → 432 → 36']);
    const pairs = [
      [128, 128],
      [90, 180],
      [52, 312],
      [36, 432],
    ];
    rows.forEach((r, i) => {
      const [c1, c2] = pairs[i];
      const block =
        convFlops(conv({ h: size, w: size, cin: c1, cout: c2 })) +
        convFlops(conv({ h: size, w: size, cin: c2, cout: c1 }));
      expect(r.flops).toBe(BLOCKS * block);
    });
    // Equal FLOPs, but MAC grows with the imbalance: the point of G1.
    for (let i = 1; i < rows.length; i++) expect(rows[i].mac).toBeGreaterThan(rows[i - 1].mac);
  });

  it('G2 uses g = 1, 2, 4, 8 with c = 128, 180, 256, 360 and MAC grows with g', () => {
    const rows = experimentCosts('g2', 56);
    expect(rows.map((r) => r.channels)).toEqual([128, 180, 256, 360]);
    expect(rows.map((r) => r.id)).toEqual(['g1', 'g2', 'g4', 'g8']);
    for (let i = 1; i < rows.length; i++) expect(rows[i].mac).toBeGreaterThan(rows[i - 1].mac);
  });

  it('G3 has one, two and four fragments in series and in parallel', () => {
    const exp = EXPERIMENTS.g3;
    expect(exp.variants.map((v) => v.id)).toEqual(['1-fragment', '2-series', '4-series', '2-parallel', '4-parallel']);
    const convs = (id: string) => buildVariant('g3', id, 4).nodes.filter((n) => n.op === 'Conv').length;
    expect([
      convs('1-fragment'),
      convs('2-series'),
      convs('4-series'),
      convs('2-parallel'),
      convs('4-parallel'),
    ]).toEqual([10, 20, 40, 20, 40]);
  });

  it('G4 variants differ only in ReLU and Add nodes', () => {
    const ops = (id: string) => {
      const counts: Record<string, number> = {};
      for (const n of buildVariant('g4', id, 4).nodes) counts[n.op] = (counts[n.op] ?? 0) + 1;
      return counts;
    };
    expect(ops('relu+shortcut')).toEqual({ Conv: 30, Relu: 30, Add: 10 });
    expect(ops('relu')).toEqual({ Conv: 30, Relu: 30 });
    expect(ops('shortcut')).toEqual({ Conv: 30, Add: 10 });
    expect(ops('none')).toEqual({ Conv: 30 });
  });

  it('the full setting is heavier than the quick one', () => {
    expect(SETTINGS.full.size).toBeGreaterThan(SETTINGS.quick.size);
    expect(SETTINGS.full.runs).toBeGreaterThan(SETTINGS.quick.runs);
    expect(() => buildVariant('g1', 'nope', 4)).toThrow(/no variant/);
  });
});
