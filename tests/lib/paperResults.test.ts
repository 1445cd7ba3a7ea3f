import { describe, expect, it } from 'vitest';
import { COMPLEXITY_LEVELS, TABLE6, TABLE7, TABLE8, table8Row } from '../../lib/paperTables';

/**
 * Table 8, 6 and 7 are typed in from the paper; these tests hold them to what the paper's own
 * prose says about them, so a mistyped figure that changes a claim fails here.
 */
const v2 = (level: (typeof COMPLEXITY_LEVELS)[number]) => table8Row('ShuffleNet v2', level)!;
const pct = (a: number, b: number) => Math.round((100 * a) / b - 100);

describe('Table 8 against the paper’s text', () => {
  it('has ShuffleNet v2 at every level, with the published FLOPs of Table 5', () => {
    expect(COMPLEXITY_LEVELS.map((l) => v2(l).mflops)).toEqual([41, 146, 299, 591]);
  });
  it('at 500 MFLOPs on the GPU: 58 % faster than MobileNet v2, 63 % than ShuffleNet v1, 25 % than Xception', () => {
    const gpu = (family: Parameters<typeof table8Row>[0]) => table8Row(family, 500)!.gpu!;
    expect(pct(v2(500).gpu!, gpu('MobileNet v2'))).toBe(58);
    expect(pct(v2(500).gpu!, gpu('ShuffleNet v1'))).toBe(63);
    expect(pct(v2(500).gpu!, gpu('Xception'))).toBe(25);
  });
  it('MobileNet v1 is faster on the GPU than every other network at each level, and less accurate than v2', () => {
    for (const level of COMPLEXITY_LEVELS) {
      const m1 = table8Row('MobileNet v1', level)!;
      const others = TABLE8.filter((r) => r.level === level && r.family !== 'MobileNet v1' && r.gpu !== null);
      expect(others.every((r) => r.gpu! < m1.gpu!)).toBe(true);
      expect(m1.top1Error).toBeGreaterThan(v2(level).top1Error);
    }
  });
  it('ShuffleNet v2 has the lowest error at each level among the models without SE', () => {
    for (const level of COMPLEXITY_LEVELS) {
      const rows = TABLE8.filter((r) => r.level === level && r.note !== 'with SE');
      expect(Math.min(...rows.map((r) => r.top1Error))).toBe(v2(level).top1Error);
    }
  });
  it('SE improves the 2× model by 0.5 % top-1, at a loss of speed', () => {
    const se = TABLE8.find((r) => r.note === 'with SE')!;
    expect(Math.round((v2(500).top1Error - se.top1Error) * 10) / 10).toBe(0.5);
    expect(se.gpu!).toBeLessThan(v2(500).gpu!);
  });
  it('MobileNet v2 (our impl.) at 500+ MFLOPs has 26.7 % error against the original 25.3 %', () => {
    const rows = TABLE8.filter((r) => r.family === 'MobileNet v2' && r.level === 500);
    expect(rows.map((r) => r.top1Error).sort()).toEqual([25.3, 26.7]);
  });
  it('the ARM speeds of v1 and v2 at 0.5× are comparable (57.0 vs 56.8)', () => {
    expect([v2(40).arm, table8Row('ShuffleNet v1', 40)!.arm]).toEqual([57.0, 56.8]);
  });
});

describe('Tables 6 and 7 against the paper’s text', () => {
  it('ShuffleNet v2-50 beats ResNet-50 with about 40 % fewer FLOPs', () => {
    const [s, , r] = TABLE6;
    expect(s.top1Error).toBeLessThan(r.top1Error);
    expect(Math.round(100 * (1 - s.gflops / r.gflops))).toBe(39);
  });
  it('SE-ShuffleNet v2-164 is more accurate than SENet with fewer FLOPs', () => {
    const se = TABLE6.find((r) => r.model.startsWith('SE-Shuffle'))!;
    const senet = TABLE6.find((r) => r.model === 'SENet')!;
    expect(se.top1Error).toBeLessThan(senet.top1Error);
    expect(se.gflops).toBeLessThan(senet.gflops);
  });
  it('on detection v2 is about 40 % faster than v1 and 16 % faster than MobileNet v2 (at 300 MFLOPs)', () => {
    const row = (b: string) => TABLE7.find((r) => r.backbone === b)!;
    expect(pct(row('ShuffleNet v2').gpu[2], row('ShuffleNet v1').gpu[2])).toBe(43);
    expect(pct(row('ShuffleNet v2').gpu[2], row('MobileNet v2').gpu[2])).toBe(16);
  });
  it('ShuffleNet v2* has the best mmAP at every level', () => {
    const star = TABLE7.find((r) => r.backbone === 'ShuffleNet v2*')!;
    for (let i = 0; i < 4; i++) expect(Math.max(...TABLE7.map((r) => r.mmAP[i]))).toBe(star.mmAP[i]);
  });
});

describe('speedupRange', () => {
  it('puts a range behind Table 4’s "around 20 %": 8–24 % across its six columns', async () => {
    const { PAPER_TABLES, speedupRange } = await import('../../lib/paperTables');
    const { min, max } = speedupRange(PAPER_TABLES.g4, 0, 3);
    expect([Math.round(min), Math.round(max)]).toEqual([8, 24]);
  });
});

describe('torchvision’s pretrained weights beside Table 8', () => {
  it('the two ported models land within 0.3 points of the paper’s accuracy; the retrained ones above it', async () => {
    const { TORCHVISION_WEIGHTS } = await import('../../lib/paperTables');
    const gap = TORCHVISION_WEIGHTS.map((w) => Math.round((w.top1 - (100 - v2(w.level).top1Error)) * 100) / 100);
    // 0.5×: 60.552 vs 60.3; 1×: 69.362 vs 69.4; 1.5×: 72.996 vs 72.6; 2×: 76.23 vs 74.9
    expect(gap).toEqual([0.25, -0.04, 0.4, 1.33]);
    expect(TORCHVISION_WEIGHTS.map((w) => w.origin)).toEqual(['ported', 'ported', 'new-recipe', 'new-recipe']);
  });
});

describe('accuracySpeedPoints (Fig. 1(a)(b))', () => {
  it('gives each Fig. 1 family one point per level, in order of complexity, as accuracy', async () => {
    const { FIG1_FAMILIES, accuracySpeedPoints } = await import('../../lib/paperTables');
    for (const f of FIG1_FAMILIES) {
      const pts = accuracySpeedPoints(f, 'gpu');
      expect(pts.map((p) => p.row.level)).toEqual([40, 140, 300, 500]);
    }
    const v2gpu = accuracySpeedPoints('ShuffleNet v2', 'gpu');
    expect(v2gpu.map((p) => [p.speed, Math.round(p.accuracy * 10) / 10])).toEqual([
      [417, 60.3],
      [341, 69.4],
      [255, 72.6],
      [217, 74.9],
    ]);
  });
  it('skips rows without a speed (CondenseNet) and levels a family lacks (NAS models only at 500+)', async () => {
    const { accuracySpeedPoints } = await import('../../lib/paperTables');
    expect(accuracySpeedPoints('CondenseNet', 'arm')).toEqual([]);
    expect(accuracySpeedPoints('NASNet-A', 'arm').map((p) => p.row.level)).toEqual([500]);
  });
});
