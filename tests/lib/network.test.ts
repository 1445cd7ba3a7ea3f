import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMillions } from '../../lib/format';
import {
  customWidthError,
  imagenetSpec,
  networkError,
  networkTable,
  PAPER_TABLE5,
  shuffleNetV2,
  specFromManifest,
  WIDTH_CHANNELS,
  WIDTHS,
  type ManifestArchitecture,
  type Width,
} from '../../lib/network';
import { basicUnit, downUnit } from '../../lib/units';

interface FixtureModel {
  params: number;
  multiplyAdds: number;
  stageOutChannels: number[];
  stageRepeats: number[];
  torchvisionMetaNumParams: number;
  bnOutputs: number;
  reluOutputs: number;
  layers: { name: string; params: number; multiplyAdds: number; outputShape: number[] }[];
}
const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../fixtures/torchvision/shufflenetv2.json'), 'utf8'),
) as { models: Record<Width, FixtureModel> };

const ROW_OF_LAYER: Record<string, string> = {
  conv1: 'Conv1',
  maxpool: 'MaxPool',
  stage2: 'Stage2',
  stage3: 'Stage3',
  stage4: 'Stage4',
  conv5: 'Conv5',
  fc: 'FC',
};

describe('lib/network against torchvision (tests/fixtures/torchvision/shufflenetv2.json)', () => {
  it('has all four widths in the fixture', () => {
    expect(Object.keys(fixture.models).sort()).toEqual([...WIDTHS].sort());
  });

  for (const width of WIDTHS) {
    describe(`${width}×`, () => {
      const model = fixture.models[width];
      const table = networkTable(shuffleNetV2(width));

      it('has torchvision’s channels and repeats', () => {
        const stages = table.rows.filter((r) => r.kind === 'stage');
        expect([
          24,
          ...stages.map((r) => r.outChannels),
          table.rows.find((r) => r.kind === 'conv5')!.outChannels,
        ]).toEqual(model.stageOutChannels);
        expect(stages.map((r) => r.units.length)).toEqual(model.stageRepeats);
      });

      it('counts exactly torchvision’s parameters and multiply-adds', () => {
        expect(table.params).toBe(model.params);
        expect(table.params).toBe(model.torchvisionMetaNumParams);
        expect(table.flops).toBe(model.multiplyAdds);
      });

      it('counts the values BatchNorm and ReLU write, as torchvision’s hooks saw them', () => {
        expect(table.bnValues).toBe(model.bnOutputs);
        expect(table.reluValues).toBe(model.reluOutputs);
      });

      it('agrees layer by layer: output shape, params, multiply-adds', () => {
        for (const layer of model.layers) {
          const row = table.rows.find((r) => r.name === ROW_OF_LAYER[layer.name]);
          expect(row, layer.name).toBeDefined();
          expect(row!.params, `${layer.name} params`).toBe(layer.params);
          expect(row!.flops, `${layer.name} multiply-adds`).toBe(layer.multiplyAdds);
          const shape = row!.outSize ? [row!.outChannels, row!.outSize.h, row!.outSize.w] : [row!.outChannels];
          expect(shape, `${layer.name} output shape`).toEqual(layer.outputShape);
        }
      });

      it('rounds to the paper’s published number of weights', () => {
        expect(Math.round(table.params / 1e5) / 10).toBe(PAPER_TABLE5[width].params / 1e6);
        // FLOPs differ from the published ones by a little (explained in the chapter), never by much.
        expect(Math.abs(table.flops / PAPER_TABLE5[width].flops - 1)).toBeLessThan(0.02);
      });
    });
  }
});

describe('claims the chapter makes in prose', () => {
  const tables = Object.fromEntries(WIDTHS.map((w) => [w, networkTable(shuffleNetV2(w))]));

  it('computed FLOPs are a little below every published figure, and 0.5× rounds to 40M', () => {
    for (const w of WIDTHS) {
      expect(tables[w].flops).toBeLessThan(PAPER_TABLE5[w].flops);
      expect(tables[w].flops / PAPER_TABLE5[w].flops).toBeGreaterThan(0.98);
    }
    expect(Math.round(tables['0.5'].flops / 1e6)).toBe(40);
  });

  it('counting one op per BN output overshoots the published figure for 0.5× and 1×, undershoots for 1.5× and 2×', () => {
    const withBn = (w: Width) => tables[w].flops + tables[w].bnValues;
    expect(withBn('0.5')).toBeGreaterThan(PAPER_TABLE5['0.5'].flops);
    expect(withBn('1.0')).toBeGreaterThan(PAPER_TABLE5['1.0'].flops);
    expect(withBn('1.5')).toBeLessThan(PAPER_TABLE5['1.5'].flops);
    expect(withBn('2.0')).toBeLessThan(PAPER_TABLE5['2.0'].flops);
  });

  it('the FC layer holds most of 0.5×’s parameters; Stage3 has the most FLOPs at every width', () => {
    const fc = tables['0.5'].rows.find((r) => r.kind === 'fc')!;
    expect(fc.params / tables['0.5'].params).toBeGreaterThan(0.5);
    for (const w of WIDTHS) {
      const top = tables[w].rows.reduce((a, b) => (b.flops > a.flops ? b : a));
      expect(top.name).toBe('Stage3');
    }
  });

  it('every stage doubles the channels of the one before', () => {
    for (const w of WIDTHS) {
      const [s2, s3, s4] = WIDTH_CHANNELS[w].stages;
      expect([s3, s4]).toEqual([2 * s2, 2 * s3]);
    }
  });
});

describe('networkTable by hand', () => {
  const t = networkTable(shuffleNetV2('1.0'));
  const row = (name: string) => t.rows.find((r) => r.name === name)!;

  it('lists the rows of Table 5 with their output sizes', () => {
    expect(t.rows.map((r) => r.name)).toEqual([
      'Image',
      'Conv1',
      'MaxPool',
      'Stage2',
      'Stage3',
      'Stage4',
      'Conv5',
      'GlobalPool',
      'FC',
    ]);
    expect(t.rows.map((r) => r.outSize?.h ?? null)).toEqual([224, 112, 56, 28, 14, 7, 7, 1, null]);
    expect(row('Stage3').stride).toEqual([2, 1]);
    expect(row('Stage3').repeat).toEqual([1, 7]);
    expect(row('GlobalPool').kernel).toBe('7×7');
  });

  it('counts Conv1, Conv5 and FC by hand', () => {
    expect(row('Conv1').params).toBe(3 * 3 * 3 * 24 + 2 * 24);
    expect(row('Conv1').flops).toBe(112 * 112 * 3 * 3 * 3 * 24);
    expect(row('Conv5').params).toBe(464 * 1024 + 2 * 1024);
    expect(row('Conv5').flops).toBe(7 * 7 * 464 * 1024);
    expect(row('FC').params).toBe(1024 * 1000 + 1000);
    expect(row('FC').flops).toBe(1024 * 1000);
    expect(row('MaxPool').params + row('GlobalPool').params + row('MaxPool').flops).toBe(0);
  });

  it('builds a stage from one down-sampling unit and basic units', () => {
    const s2 = row('Stage2');
    expect(s2.units.map((u) => u.type)).toEqual(['down', 'basic', 'basic', 'basic']);
    expect(s2.params).toBe(downUnit(24, 116, 56, 56).totals.params + 3 * basicUnit(116, 28, 28).totals.params);
    expect(s2.flops).toBe(downUnit(24, 116, 56, 56).totals.flops + 3 * basicUnit(116, 28, 28).totals.flops);
  });

  it('sums the rows into the totals', () => {
    expect(t.params).toBe(t.rows.reduce((s, r) => s + r.params, 0));
    expect(t.flops).toBe(t.rows.reduce((s, r) => s + r.flops, 0));
  });

  it('takes any even custom widths, e.g. 0.5× channels with a 2048-wide Conv5', () => {
    const custom = networkTable(imagenetSpec([48, 96, 192], 2048));
    const half = networkTable(shuffleNetV2('0.5'));
    const extraConv5 = 192 * 1024 + 2 * 1024; // the wider Conv5's extra weights and BN
    const extraFc = 1024 * 1000; // the FC sees 1024 more features
    expect(custom.params - half.params).toBe(extraConv5 + extraFc);
    expect(custom.flops - half.flops).toBe(7 * 7 * 192 * 1024 + extraFc);
  });
});

describe('validation', () => {
  it('explains odd and non-positive stage widths', () => {
    expect(customWidthError([116, 233, 464], 1024)).toMatch(/Stage3 has 233 channels, an odd number/);
    expect(customWidthError([0, 232, 464], 1024)).toMatch(/Stage2 channels must be a whole number/);
    expect(customWidthError([116, 232, NaN], 1024)).toMatch(/that is not a number/);
    expect(customWidthError([116, 232, 464], 0)).toMatch(/Conv5/);
    expect(customWidthError([116, 232, 464], 1024)).toBeNull();
    expect(() => networkTable(imagenetSpec([116, 231, 464]))).toThrow(RangeError);
  });

  it('needs at least one stage', () => {
    expect(networkError({ ...shuffleNetV2('1.0'), stages: [] })).toMatch(/at least one stage/);
  });

  it('prints published figures as the paper does', () => {
    expect(formatMillions(PAPER_TABLE5['0.5'].flops)).toBe('41M');
    expect(formatMillions(PAPER_TABLE5['1.0'].params)).toBe('2.3M');
  });

  it('keeps the width table of the paper', () => {
    expect(WIDTH_CHANNELS['2.0']).toEqual({ stages: [244, 488, 976], conv5: 2048 });
  });
});

describe('the book’s small model from a manifest', () => {
  // A manifest-shaped description of a 28×28 grey-scale model: stem 3×3 stride 1, no max pool.
  const small: ManifestArchitecture = {
    name: 'tiny',
    input: { shape: [1, 1, 28, 28] },
    classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    stem: { outChannels: 8, kernel: 3, stride: 1 },
    stages: [
      { name: 'stage2', outChannels: 16, repeats: 2, outSize: [14, 14] },
      { name: 'stage3', outChannels: 32, repeats: 1, outSize: [7, 7] },
    ],
    conv5: { outChannels: 64 },
  };

  it('infers that there is no max pool and counts every layer by hand', () => {
    const spec = specFromManifest(small);
    expect(spec.maxPool).toBeNull();
    const t = networkTable(spec);
    expect(t.rows.map((r) => r.name)).toEqual(['Image', 'Conv1', 'Stage2', 'Stage3', 'Conv5', 'GlobalPool', 'FC']);
    const stem = 9 * 1 * 8 + 2 * 8;
    const stage2 = downUnit(8, 16, 28, 28).totals.params + basicUnit(16, 14, 14).totals.params;
    const stage3 = downUnit(16, 32, 14, 14).totals.params;
    const conv5 = 32 * 64 + 2 * 64;
    const fc = 64 * 10 + 10;
    expect(t.params).toBe(stem + stage2 + stage3 + conv5 + fc);
    expect(t.flops).toBe(
      28 * 28 * 9 * 8 +
        downUnit(8, 16, 28, 28).totals.flops +
        basicUnit(16, 14, 14).totals.flops +
        downUnit(16, 32, 14, 14).totals.flops +
        7 * 7 * 32 * 64 +
        64 * 10,
    );
  });

  it('infers a max pool when the listed sizes need one', () => {
    const pooled = {
      ...small,
      stages: [
        { ...small.stages[0], outSize: [7, 7] },
        { ...small.stages[1], outSize: [4, 4] },
      ],
    };
    expect(specFromManifest(pooled).maxPool).toEqual({ kernel: 3, stride: 2 });
  });

  it('refuses sizes no variant can produce', () => {
    const wrong = { ...small, stages: [{ ...small.stages[0], outSize: [9, 9] }, small.stages[1]] };
    expect(() => specFromManifest(wrong)).toThrow(/cannot produce/);
  });

  const manifestPath = path.join(__dirname, '../../public/models/digits/manifest.json');
  it('agrees with the shipped digits model’s manifest (params and multiply-adds)', () => {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ManifestArchitecture & {
      params: number;
      multiplyAdds: number;
    };
    const t = networkTable(specFromManifest(manifest));
    expect(t.params).toBe(manifest.params);
    expect(t.flops).toBe(manifest.multiplyAdds);
  });
});
